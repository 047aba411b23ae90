import { apiRoute } from '@/lib/server/http';
import { openDocumentEvents } from '@/lib/server/live/open-document-events';
import { requireActor } from '@/lib/server/session';

// A stream that stays open: never prerendered or cached.
export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const actor = await requireActor();
  const { slug } = await params;
  const stream = await openDocumentEvents({ slug, actor, signal: request.signal });
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
