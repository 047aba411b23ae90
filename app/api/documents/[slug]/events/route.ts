import { followDocumentOperation } from '@/lib/api/live';
import { handle } from '@/lib/server/api-handler';
import { openDocumentEvents } from '@/lib/server/live/open-document-events';
import { actorFromHeaders } from '@/lib/server/session';

// A stream that stays open: never prerendered or cached.
export const dynamic = 'force-dynamic';

export const GET = handle(followDocumentOperation, async ({ request, actor, params: { slug } }) => {
  const stream = await openDocumentEvents({
    slug,
    actor,
    signal: request.signal,
    stillSignedIn: async () => (await actorFromHeaders(request.headers))?.id === actor.id,
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform also keeps Next.js's gzip (and proxies) from buffering the events.
      'Cache-Control': 'no-cache, no-transform',
      // nginx: pass each event on at once.
      'X-Accel-Buffering': 'no',
    },
  });
});
