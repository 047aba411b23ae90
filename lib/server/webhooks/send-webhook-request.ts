import 'server-only';
// One try of one delivery: a POST with a hard time limit for the whole exchange, no redirects
// followed (a 3xx is not a delivery), and at most a short excerpt of the answer kept. Built on
// node:http rather than fetch so that the time limit, the body size and the connection are ours
// to control (Next.js also patches the global fetch).
import http from 'node:http';
import https from 'node:https';

export const RESPONSE_EXCERPT_BYTES = 1024;

export type WebhookAttempt =
  | { ok: true; status: number; excerpt: string }
  | { ok: false; status: number | null; excerpt: string | null; error: string; /** Cut short by `signal`, before any answer. */ interrupted?: true };

export function sendWebhookRequest({
  url,
  headers,
  body,
  timeoutMs,
  signal,
}: {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** Aborts the try (the worker is stopping). */
  signal?: AbortSignal;
}): Promise<WebhookAttempt> {
  return new Promise((resolve) => {
    const target = new URL(url);
    const client = target.protocol === 'https:' ? https : http;
    const payload = Buffer.from(body, 'utf8');
    let status: number | null = null;
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;

    const excerpt = () => (status === null ? null : cleanExcerpt(Buffer.concat(chunks)));
    const finish = (attempt: WebhookAttempt) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      request.destroy();
      resolve(attempt);
    };
    const answered = () => finish(status! >= 200 && status! < 300 ? { ok: true, status: status!, excerpt: excerpt()! } : { ok: false, status, excerpt: excerpt(), error: `The receiver answered ${status}.` });
    const failed = (error: string, interrupted?: true) =>
      status === null ? finish({ ok: false, status: null, excerpt: null, error, ...(interrupted ? { interrupted } : {}) }) : answered();

    const request = client.request(target, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(payload.length), connection: 'close' },
      agent: false,
    });
    const timer = setTimeout(() => failed(`No answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}.`), timeoutMs);
    const onAbort = () => failed('The server stopped before the receiver answered.', true);
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort);

    request.on('response', (response) => {
      status = response.statusCode ?? 0;
      response.on('data', (chunk: Buffer) => {
        if (received < RESPONSE_EXCERPT_BYTES) chunks.push(chunk.subarray(0, RESPONSE_EXCERPT_BYTES - received));
        received += chunk.length;
        // The status is what counts; the rest of a long answer is not worth waiting for.
        if (received >= RESPONSE_EXCERPT_BYTES) answered();
      });
      response.on('end', answered);
      response.on('error', answered);
      response.on('close', answered);
    });
    request.on('error', (error) => failed(describeNetworkError(error)));
    request.end(payload);
  });
}

/** Text to store: UTF-8 (a cut character becomes U+FFFD), without NUL, which PostgreSQL's text refuses. */
function cleanExcerpt(bytes: Buffer): string {
  return bytes.toString('utf8').replaceAll('\u0000', '');
}

function describeNetworkError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'The receiver refused the connection (ECONNREFUSED): nothing listens at that address.';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The host name could not be resolved (${error.code}).`;
    case 'ECONNRESET':
    case 'EPIPE':
      return `The receiver closed the connection before answering (${error.code}).`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ETIMEDOUT':
      return `The receiver could not be reached (${error.code}).`;
    default:
      if (error.code && /CERT|SSL|TLS/.test(error.code)) return `The receiver's TLS certificate was refused (${error.code}).`;
      return `The request failed${error.code ? ` (${error.code})` : ''}: ${error.message.slice(0, 200)}`;
  }
}
