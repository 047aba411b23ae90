import 'server-only';
// Route-handler plumbing: turns AppErrors into the API's JSON error shape, reads bounded JSON
// bodies and validates them with zod. Every API route goes through `apiRoute`.
import { randomUUID } from 'node:crypto';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { AppError, isAppError } from '../app-error';
import { readBearerHeader } from '../bearer-token';
import { publicUrl } from './env';

/**
 * A JSON answer. What it holds is one person's view of the newsroom's texts, so no cache on the
 * way (a reverse proxy, a shared one) may keep it: `private, no-store`.
 *
 * Next.js compresses every response it streams, a 60-byte error included (a zlib stream each
 * time, most of the CPU time of a small answer's compression), and drops a route's
 * Content-Length, so its compression's own "under 1 KiB" rule never applies. `no-transform` (which
 * that compression honours) marks the small ones to be sent as they are; longer ones are still
 * compressed.
 */
export function jsonResponse(data: unknown, init?: ResponseInit): NextResponse {
  const body = JSON.stringify(data);
  const headers = new Headers(init?.headers);
  headers.set('content-type', 'application/json');
  if (!headers.has('cache-control')) headers.set('cache-control', body.length < UNCOMPRESSED_JSON ? 'private, no-store, no-transform' : 'private, no-store');
  return new NextResponse(body, { ...init, headers });
}

/**
 * Answers shorter than this (in UTF-16 units, at most 3 bytes each) are not worth a zlib stream.
 * The stream's work runs on the thread pool and each of its chunks costs the request a turn of
 * the event loop: a save's 201 (about 1,030 characters: the version and its checks) took 4 to 6
 * turns where a 409 took 2 to 3, and made the tail of 32 clients saving (p99 / p50 2.1 to 3.6;
 * 1.4 to 2.0 with these answers sent as they are, scripts/bench/save-tail.ts). A few KiB more on
 * the wire cost less than that. The WELT document's read (19 KB) is still compressed.
 */
const UNCOMPRESSED_JSON = 8 * 1024;

/**
 * The API's JSON error. A 4xx says what was wrong with the request (the error's user message and
 * details). A 5xx says nothing about the server (its message may name a path, a setting, a
 * query): a generic sentence and a new request id, which the log line has with the whole error.
 * A failed outside service (upstream_failed, 502) is the exception: its user message is written
 * for a person ("DeepL refused the key") and says nothing about the server.
 */
export function errorResponse(error: unknown): NextResponse {
  if (isAppError(error) && (error.status < 500 || error.code === 'upstream_failed')) {
    return jsonResponse({ error: error.code, message: error.userMessage, ...error.details }, { status: error.status });
  }
  const requestId = randomUUID();
  console.error(`Request ${requestId} failed:`, error);
  return jsonResponse(
    { error: 'internal', message: `Something went wrong on the server. Reference: ${requestId}`, requestId },
    { status: isAppError(error) ? error.status : 500 },
  );
}

export function apiRoute<Context>(handler: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    try {
      refuseCrossSite(request);
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * Browsers send Origin with every cross-site POST; a request whose Origin is not this host was
 * made by another site with the user's cookie, and is refused. Scripts send no Origin.
 *
 * A bearer call is not checked: it is authenticated by its token alone (a cookie sent with it
 * counts for nothing, lib/server/session.ts), and another site cannot make a browser send an
 * Authorization header without a CORS preflight, which Redline never grants.
 */
function refuseCrossSite(request: Request) {
  if (request.method === 'GET' || request.method === 'HEAD') return;
  if (readBearerHeader(request.headers.get('authorization')).kind !== 'none') return;
  const origin = request.headers.get('origin');
  if (!origin) return;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = '';
  }
  if (originHost !== host) {
    throw new AppError('forbidden', { message: `Cross-site request from ${origin} refused.` });
  }
}

/**
 * The app's own origin as the caller reached it, for links it hands out (invitations):
 * BETTER_AUTH_URL when set (behind a proxy), else the request's host, as the cross-site check
 * reads it.
 */
export function requestOrigin(request: Request): string {
  const configured = publicUrl();
  if (configured) return new URL(configured).origin;
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host;
  const protocol = request.headers.get('x-forwarded-proto')?.split(',')[0].trim() ?? url.protocol.replace(/:$/, '');
  return `${protocol === 'https' ? 'https' : 'http'}://${host}`;
}

/** Reads a JSON body of at most `maxBytes` and checks it against `schema`. */
export async function readJson<T>(request: Request, schema: z.ZodType<T>, maxBytes = 64 * 1024): Promise<T> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const raw = await request.text();
  if (Buffer.byteLength(raw) > maxBytes) throw tooLarge(maxBytes);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new AppError('invalid_input', { message: 'The request body is not valid JSON.' });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    throw new AppError('invalid_input', { message: `${where}${issue.message}` });
  }
  return parsed.data;
}

/** Like readJson, for endpoints whose body may be left out: an empty body means `fallback`. */
export async function readOptionalJson<T>(request: Request, schema: z.ZodType<T>, fallback: T, maxBytes?: number): Promise<T> {
  if (request.headers.get('content-length') === '0' || !request.body) return fallback;
  const clone = request.clone();
  if ((await clone.text()).trim() === '') return fallback;
  return readJson(request, schema, maxBytes);
}

/**
 * Reads a file sent as the request body (an import), counting bytes as they arrive, so a larger
 * upload is refused without being held in memory. A form upload is refused with how to send it.
 */
export async function readRawBody(request: Request, maxBytes: number): Promise<Buffer> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge(maxBytes);
  if (/^multipart\//i.test(request.headers.get('content-type') ?? '')) {
    throw new AppError('invalid_input', {
      message: 'Send the file itself as the request body (curl --data-binary @file), not as a form.',
    });
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  if (size === 0) throw new AppError('invalid_input', { message: 'The request has no body: send the file as the body.' });
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number) {
  return new AppError('too_large', { message: `The request body is larger than ${sizeText(maxBytes)}.` });
}

/** 5 MB, 64 KB or 1000 bytes: a limit as people read it. */
function sizeText(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / 1024 / 1024} MB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}
