// A real HTTP receiver for webhook tests, on 127.0.0.1 and a free port: it records every
// request with its raw body and answers as the test says (a status per request, or holding the
// request open until released).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedRequest = { headers: http.IncomingHttpHeaders; rawBody: Buffer; body: unknown; answered: boolean };

type Answer = number | 'hang';

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

export async function startWebhookReceiver({ answers = [], otherwise = 200 as Answer, responseBody = 'ok' }: { answers?: Answer[]; otherwise?: Answer; responseBody?: string } = {}) {
  const queue = [...answers];
  const received: ReceivedRequest[] = [];
  const held: http.ServerResponse[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks);
      const entry: ReceivedRequest = { headers: request.headers, rawBody, body: JSON.parse(rawBody.toString('utf8')), answered: false };
      received.push(entry);
      for (const waiter of waiters.filter((candidate) => received.length >= candidate.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      const answer = queue.length ? queue.shift()! : otherwise;
      if (answer === 'hang') {
        held.push(response);
        response.on('close', () => (entry.answered = true));
        return;
      }
      entry.answered = true;
      response.writeHead(answer, { 'content-type': 'text/plain' }).end(responseBody);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/hooks/redline`,
    received,
    /** Resolves once `count` requests have arrived. */
    waitForRequests(count: number): Promise<void> {
      if (received.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    /** Answers every held request with `status`. */
    release(status = 200) {
      for (const response of held.splice(0)) if (!response.writableEnded) response.writeHead(status).end('released');
    },
    async close() {
      for (const response of held.splice(0)) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
