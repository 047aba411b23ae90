import { z } from 'zod';
import { presenceSeq } from '@/lib/live-events';
import { apiRoute, readJson } from '@/lib/server/http';
import { announcePresence } from '@/lib/server/live/announce-presence';
import { requireActor } from '@/lib/server/session';

const presenceBody = z.strictObject({
  paragraphId: z.string().min(1).max(64),
  /** null: the English of the paragraph. */
  lang: z.string().min(2).max(35).nullable(),
  editing: z.boolean(),
  /** Optional: orders this person's announcements for the box; the server's clock by default. */
  seq: presenceSeq.optional(),
});

export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const actor = await requireActor();
  const { slug } = await params;
  const body = await readJson(request, presenceBody, 1024);
  await announcePresence({ slug, ...body, actor });
  return new Response(null, { status: 204 });
});
