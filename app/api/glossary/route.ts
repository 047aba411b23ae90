import { z } from 'zod';
import { createGlossaryTerm } from '@/lib/server/glossary/create-glossary-term';
import { glossaryTermBody } from '@/lib/server/glossary/glossary-term-input';
import { listGlossaryTerms } from '@/lib/server/glossary/list-glossary-terms';
import { apiRoute, jsonResponse, readJson } from '@/lib/server/http';
import { requireActor } from '@/lib/server/session';

export const GET = apiRoute(async (request: Request) => {
  const actor = await requireActor();
  const targetLang = new URL(request.url).searchParams.get('lang') ?? undefined;
  return jsonResponse(await listGlossaryTerms({ targetLang, actor }));
});

export const POST = apiRoute(async (request: Request) => {
  const actor = await requireActor();
  const body = await readJson(request, glossaryTermBody.extend({ targetLang: z.string().min(2).max(12) }));
  const { targetLang, ...term } = body;
  return jsonResponse(await createGlossaryTerm({ targetLang, term, actor }), { status: 201 });
});
