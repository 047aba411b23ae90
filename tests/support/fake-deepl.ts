// A stand-in for DeepL's REST API (v2) on 127.0.0.1, for the integration tests and, run as a
// script (`tsx tests/support/fake-deepl.ts`, PORT and FAKE_DEEPL_KEY from the environment), for
// the end-to-end tests. It speaks what Redline uses: POST /v2/translate, GET
// /v2/glossary-language-pairs, GET /v2/glossaries and POST /v2/glossaries, with DeepL's statuses (403 for a wrong
// key, 400 for a bad request, 404 for an unknown glossary). Its "translation" is recognisable:
// "[DE] " and the English, with the glossary's entries put in. A test can make the next translate
// calls fail: an HTTP status, a body that is not JSON, or an answer that comes too late.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';

type Glossary = { id: string; name: string; source: string; target: string; entries: Array<[string, string]>; created: string };
export type FakeDeeplFailure = { status: number } | 'malformed' | { slowMs: number };
export type FakeDeeplRequest = { method: string; path: string; body: Record<string, unknown> | null };

/** DeepL's glossary pairs, a part of them: English with German and French, not Ukrainian or Arabic. */
const GLOSSARY_PAIRS = [
  ['en', 'de'],
  ['de', 'en'],
  ['en', 'fr'],
  ['fr', 'en'],
];

export type FakeDeepl = Awaited<ReturnType<typeof startFakeDeepl>>;

export async function startFakeDeepl({ key = 'fake-key:fx', port = 0 }: { key?: string; port?: number } = {}) {
  const glossaries = new Map<string, Glossary>();
  const requests: FakeDeeplRequest[] = [];
  const failures: FakeDeeplFailure[] = [];
  const sockets = new Set<import('node:net').Socket>();

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      let body: Record<string, unknown> | null = null;
      const send = (status: number, json: unknown) => {
        if (!response.writableEnded) response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      };
      if (raw) {
        try {
          body = JSON.parse(raw) as Record<string, unknown>;
        } catch {
          return send(400, { message: 'Bad request. Reason: body is not JSON' });
        }
      }
      requests.push({ method: request.method ?? '', path, body });
      if (request.headers.authorization !== `DeepL-Auth-Key ${key}`) return send(403, { message: 'Wrong endpoint' });

      if (request.method === 'GET' && path === '/v2/glossary-language-pairs') {
        return send(200, { supported_languages: GLOSSARY_PAIRS.map(([source_lang, target_lang]) => ({ source_lang, target_lang })) });
      }
      if (request.method === 'GET' && path === '/v2/glossaries') {
        const list = [...glossaries.values()].map((glossary) => ({
          glossary_id: glossary.id,
          name: glossary.name,
          ready: true,
          source_lang: glossary.source,
          target_lang: glossary.target,
          creation_time: glossary.created,
          entry_count: glossary.entries.length,
        }));
        return send(200, { glossaries: list });
      }
      if (request.method === 'POST' && path === '/v2/glossaries') {
        const { name, source_lang, target_lang, entries, entries_format } = body ?? {};
        if (typeof name !== 'string' || typeof source_lang !== 'string' || typeof target_lang !== 'string' || typeof entries !== 'string' || entries_format !== 'tsv') {
          return send(400, { message: 'Bad request. Reason: missing or invalid parameter' });
        }
        if (!GLOSSARY_PAIRS.some(([s, t]) => s === source_lang && t === target_lang)) return send(400, { message: 'Unsupported glossary language pair' });
        const lines = entries.split('\n').map((line) => line.split('\t'));
        if (lines.some((line) => line.length !== 2 || !line[0] || !line[1])) return send(400, { message: 'Invalid glossary entries' });
        const id = `glossary-${glossaries.size + 1}`;
        const created = new Date().toISOString();
        glossaries.set(id, { id, name, source: source_lang, target: target_lang, entries: lines as Array<[string, string]>, created });
        return send(201, { glossary_id: id, name, ready: true, source_lang, target_lang, creation_time: created, entry_count: lines.length });
      }
      if (request.method === 'POST' && path === '/v2/translate') {
        const failure = failures.shift();
        if (failure === 'malformed') return response.writeHead(200, { 'content-type': 'application/json' }).end('{"translations": [');
        if (failure && 'status' in failure) return send(failure.status, { message: `Fake failure ${failure.status}` });
        const { text, source_lang, target_lang, glossary_id } = body ?? {};
        if (!Array.isArray(text) || text.some((item) => typeof item !== 'string') || typeof target_lang !== 'string') {
          return send(400, { message: 'Bad request. Reason: Value for text or target_lang not supported' });
        }
        let entries: Array<[string, string]> = [];
        if (glossary_id !== undefined) {
          const glossary = glossaries.get(String(glossary_id));
          if (!glossary) return send(404, { message: 'Glossary not found' });
          if (typeof source_lang !== 'string' || glossary.source !== source_lang.toLowerCase() || glossary.target !== target_lang.split('-')[0].toLowerCase()) {
            return send(400, { message: 'Glossary does not match the language pair' });
          }
          entries = glossary.entries;
        }
        const translate = (english: string) => entries.reduce((out, [from, to]) => out.split(from).join(to), `[${target_lang}] ${english}`);
        const answer = { translations: (text as string[]).map((item) => ({ detected_source_language: 'EN', text: translate(item) })) };
        if (failure && 'slowMs' in failure) {
          const timer = setTimeout(() => send(200, answer), failure.slowMs);
          response.on('close', () => clearTimeout(timer));
          return;
        }
        return send(200, answer);
      }
      send(404, { message: 'Not found' });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${bound}`,
    key,
    /** Every request, in order (a bad key's included). */
    requests,
    glossaries,
    /** The next translate calls fail this way, one each. */
    failNext(...next: FakeDeeplFailure[]) {
      failures.push(...next);
    },
    translateCalls: () => requests.filter((request) => request.path === '/v2/translate'),
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// As a script, for Playwright's webServer: listens until stopped.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const fake = await startFakeDeepl({ key: process.env.FAKE_DEEPL_KEY ?? 'fake-key:fx', port: Number(process.env.PORT ?? 0) });
  console.log(`Fake DeepL listening on ${fake.url}`);
}
