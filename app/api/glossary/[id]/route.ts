import { NextResponse } from 'next/server';
import { deleteGlossaryTerm } from '@/lib/server/glossary/delete-glossary-term';
import { updateGlossaryTerm } from '@/lib/server/glossary/update-glossary-term';
import { apiRoute, jsonResponse, readJson } from '@/lib/server/http';
import { requireActor } from '@/lib/server/session';
import { glossaryTermBody } from '@/lib/server/glossary/glossary-term-input';

type Context = { params: Promise<{ id: string }> };

export const PATCH = apiRoute(async (request: Request, { params }: Context) => {
  const actor = await requireActor();
  const { id } = await params;
  return jsonResponse(await updateGlossaryTerm({ id, term: await readJson(request, glossaryTermBody), actor }));
});

export const DELETE = apiRoute(async (_request: Request, { params }: Context) => {
  const actor = await requireActor();
  const { id } = await params;
  await deleteGlossaryTerm({ id, actor });
  return new NextResponse(null, { status: 204 });
});
