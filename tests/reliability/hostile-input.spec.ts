// Property-based hostile input (fast-check) against every mutating route of the API: arbitrary
// JSON, wrong types, broken encodings, oversized and non-JSON bodies, odd ids and language codes,
// mangled XLIFF, as an editor, a translator of another language, and signed out. Two properties:
// the server never answers 5xx, and an answer of 4xx leaves the database exactly as it was.
// Mutating routes (grep -rln "export const POST\|export const PATCH\|export const DELETE" app/api):
// translation versions, source versions, approve, reject, comments, resolve a thread, glossary
// create/update/delete, publish an edition, XLIFF import, TMX import, glossary import (TBX and
// CSV), presence, a new document; plus
// better-auth's sign-in.
import fc from 'fast-check';
import { expect, test } from '@playwright/test';
import { call, signIn, type ApiClient } from '../../scripts/bench/app-server';
import { fingerprint, makeDocument, shared } from './support';

const RUNS = Number(process.env.REDLINE_FUZZ_RUNS || 100);

type Fixture = {
  url: string;
  databaseFile: string;
  slug: string;
  paragraphIds: string[];
  versionIds: string[];
  headVersionId: string;
  sourceVersionId: string;
  threadId: string;
  glossaryId: string;
  xliff: string;
  /** The memory's and the glossary's exports, mangled into hostile imports. */
  files: { tmx: string; tbx: string; csv: string };
  actors: Record<'editor' | 'foreign' | 'anonymous', string>;
};

let fixture: Fixture;

test.beforeAll(async () => {
  const { url, databaseFile } = shared();
  const doc = await makeDocument(databaseFile, ['Hostile headline', 'First body paragraph.', 'Second body paragraph.']);
  const editor = await signIn(url, 'editor@example.com');
  const foreign = await signIn(url, 'translator.fr@example.com');
  const p = doc.paragraphs[1].id;
  const v1 = (await editor.request('POST', `/api/paragraphs/${p}/translations/de/versions`, { text: 'Erster Absatz.', baseVersionId: null })).json;
  const v2 = (await editor.request('POST', `/api/paragraphs/${p}/translations/de/versions`, { text: 'Der erste Absatz.', baseVersionId: v1.versionId })).json;
  const thread = (await editor.request('POST', `/api/paragraphs/${p}/translations/de/comments`, { text: 'Check this.' })).json;
  const term = (await editor.request('POST', '/api/glossary', { targetLang: 'de', source: `Hostile-${doc.slug}`, target: 'Feindlich' })).json;
  const xliff = (await editor.request('GET', `/api/documents/${doc.slug}/export?lang=de&format=xliff`)).text;
  const files = {
    tmx: (await editor.request('GET', '/api/memory/export?lang=de&format=tmx')).text,
    tbx: (await editor.request('GET', '/api/glossary/export?lang=de&format=tbx')).text,
    csv: (await editor.request('GET', '/api/glossary/export?lang=de&format=csv')).text,
  };
  expect(v2.versionId && thread.id && term.id && xliff.includes('<xliff')).toBeTruthy();
  expect(files.tmx.includes('<tmx') && files.tbx.includes('<martif') && files.csv.startsWith('source,target,note')).toBeTruthy();
  fixture = {
    url,
    databaseFile,
    slug: doc.slug,
    paragraphIds: doc.paragraphs.map((paragraph) => paragraph.id),
    versionIds: [v1.versionId, v2.versionId],
    headVersionId: v2.versionId,
    sourceVersionId: doc.paragraphs[1].sourceVersionId,
    threadId: thread.id,
    glossaryId: term.id,
    xliff,
    files,
    actors: { editor: editor.cookie, foreign: foreign.cookie, anonymous: '' },
  };
});

// A path segment that is not valid percent-encoding (%E0%A4%A, %ZZ) would make Next.js fail while
// decoding the route's parameters and answer a bare 500; proxy.ts answers 400 instead.
test('a malformed percent-escape in a path segment is a 400, not a 500', async () => {
  for (const path of ['/api/glossary/%ZZ', '/api/paragraphs/%E0%A4%A/translations/de/versions', '/api/documents/%E0%A4%A?lang=de']) {
    const response = await call(fixture.url, fixture.actors.editor, 'POST', path, {});
    expect(response.status, path).toBe(400);
  }
});

// ---- arbitraries ----

const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\uFEFF',
  '\u202E',
  'null',
  '../../etc/passwd',
  "' OR 1=1 --",
  '%00',
  '<script>alert(1)</script>',
  'x'.repeat(65),
  'x'.repeat(20_001),
  '😀'.repeat(300),
);
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), nasty, fc.string({ unit: 'grapheme', maxLength: 50 }));
const anyJson = fc.jsonValue({ maxDepth: 3 });
const id = () =>
  fc.oneof(
    fc.constantFrom(...fixture.paragraphIds, ...fixture.versionIds, fixture.threadId, fixture.glossaryId, fixture.sourceVersionId),
    anyText,
    fc.integer(),
    fc.constant(null),
  );
const segment = () =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...fixture.paragraphIds, ...fixture.versionIds, fixture.threadId, fixture.glossaryId) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => encodeURIComponent(s) || 'x') },
    { weight: 1, arbitrary: fc.constantFrom('%00', '..', '%2e%2e', 'a%2Fb', '%EF%BF%BF', '%F0%9F%98%80', 'x'.repeat(300)) },
  );
const lang = fc.oneof(fc.constantFrom('de', 'fr', 'uk', 'ar', 'en', 'xx', 'DE', 'de-DE', '%00', '..'), fc.string({ unit: 'grapheme', maxLength: 8 }).map((s) => encodeURIComponent(s) || 'x'));
const actor = fc.constantFrom<'editor' | 'foreign' | 'anonymous'>('editor', 'editor', 'foreign', 'anonymous');

/** A body: arbitrary JSON, a record of the route's own fields with hostile values, or raw bytes. */
function body(shape: Record<string, fc.Arbitrary<unknown>>) {
  return fc.oneof(
    { weight: 4, arbitrary: fc.record(shape, { requiredKeys: [] }).chain((r) => fc.oneof(fc.constant(r), fc.record({ extra: anyJson }).map((e) => ({ ...r, ...e })))) },
    { weight: 2, arbitrary: anyJson },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.string({ unit: 'binary', maxLength: 200 }).map((s) => ({ raw: s })),
        fc.constantFrom('{', '[]', '{"text":', 'null', '"x"', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{}}}').map((s) => ({ raw: s })),
        fc.constant({ raw: 'HUGE' }),
      ),
    },
  );
}

const contentType = fc.constantFrom('application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '');

type Request = { method: string; path: string; body: unknown; actor: 'editor' | 'foreign' | 'anonymous'; contentType: string };

async function send(request: Request) {
  const cookie = fixture.actors[request.actor];
  const raw =
    request.body !== null && typeof request.body === 'object' && 'raw' in (request.body as object) && Object.keys(request.body as object).length === 1
      ? (request.body as { raw: string }).raw === 'HUGE'
        ? JSON.stringify({ text: 'y'.repeat(300_000), baseVersionId: null, comment: 'y', source: 'y' })
        : String((request.body as { raw: string }).raw)
      : JSON.stringify(request.body);
  const headers: Record<string, string> = {};
  if (request.contentType) headers['content-type'] = request.contentType;
  if (request.path.startsWith('/api/auth/')) headers.origin = fixture.url;
  const response = await fetch(`${fixture.url}${request.path}`, {
    method: request.method,
    headers: { ...headers, ...(cookie ? { cookie } : {}) },
    body: raw === undefined ? undefined : raw,
  });
  return { status: response.status, text: await response.text() };
}

/** The two properties, checked for every generated request. */
async function check(request: Request) {
  const before = fingerprint(fixture.databaseFile);
  const response = await send(request);
  const where = `${request.method} ${request.path} as ${request.actor}: ${response.status} ${response.text.slice(0, 300)}`;
  expect(response.status, where).toBeLessThan(500);
  if (response.status >= 400) expect(fingerprint(fixture.databaseFile), `changed on ${where}`).toBe(before);
  return response;
}

function route(name: string, make: () => fc.Arbitrary<Request>) {
  test(`hostile input: ${name}`, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(make(), async (request) => {
        const response = await check(request);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    test.info().annotations.push({ type: 'statuses', description: JSON.stringify(Object.fromEntries(statuses)) });
  });
}

const request = (method: string, path: fc.Arbitrary<string>, shape: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record({ method: fc.constant(method), path, body: body(shape), actor, contentType });

route('POST /api/paragraphs/{id}/translations/{lang}/versions', () =>
  request('POST', fc.tuple(segment(), lang).map(([p, l]) => `/api/paragraphs/${p}/translations/${l}/versions`), {
    text: fc.oneof(anyText, anyJson),
    baseVersionId: id(),
    clear: fc.oneof(fc.boolean(), anyJson),
  }),
);

route('POST /api/paragraphs/{id}/source-versions', () =>
  request('POST', segment().map((p) => `/api/paragraphs/${p}/source-versions`), { text: fc.oneof(anyText, anyJson), baseVersionId: id() }),
);

route('POST /api/translation-versions/{id}/approve', () =>
  request('POST', segment().map((v) => `/api/translation-versions/${v}/approve`), { comment: fc.oneof(anyText, anyJson), overrideReason: fc.oneof(anyText, anyJson) }),
);

route('POST /api/translation-versions/{id}/reject', () =>
  request('POST', segment().map((v) => `/api/translation-versions/${v}/reject`), { comment: fc.oneof(anyText, anyJson) }),
);

route('POST /api/paragraphs/{id}/translations/{lang}/comments', () =>
  request('POST', fc.tuple(segment(), lang).map(([p, l]) => `/api/paragraphs/${p}/translations/${l}/comments`), {
    text: fc.oneof(anyText, anyJson),
    threadId: id(),
  }),
);

route('POST /api/comment-threads/{id}/resolve', () => request('POST', segment().map((t) => `/api/comment-threads/${t}/resolve`), { anything: anyJson }));

route('POST /api/glossary', () =>
  request('POST', fc.constant('/api/glossary'), {
    targetLang: fc.oneof(lang, anyJson),
    source: fc.oneof(anyText, anyJson),
    target: fc.oneof(anyText, anyJson),
    note: fc.oneof(anyText, anyJson),
    doNotTranslate: fc.oneof(fc.boolean(), anyJson),
  }),
);

route('PATCH /api/glossary/{id}', () =>
  request('PATCH', segment().map((g) => `/api/glossary/${g}`), {
    source: fc.oneof(anyText, anyJson),
    target: fc.oneof(anyText, anyJson),
    note: fc.oneof(anyText, anyJson),
    doNotTranslate: fc.oneof(fc.boolean(), anyJson),
  }),
);

route('DELETE /api/glossary/{id}', () =>
  fc.record({
    method: fc.constant('DELETE'),
    // The real term only for someone who may not delete it, so the property stays meaningful.
    path: segment().map((g) => `/api/glossary/${g}`),
    body: fc.oneof(fc.constant(undefined), anyJson),
    actor: fc.constantFrom<'foreign' | 'anonymous'>('foreign', 'anonymous'),
    contentType,
  }),
);

route('POST /api/documents/{slug}/editions', () =>
  request(
    'POST',
    fc.tuple(fc.oneof(fc.constant(fixture.slug), fc.constant('welt-trump-putin'), segment()), fc.option(lang)).map(([s, l]) => `/api/documents/${s}/editions${l === null ? '' : `?lang=${l}`}`),
    { anything: anyJson },
  ),
);

route('PUT /api/documents/{slug}/source', () =>
  request('PUT', fc.tuple(fc.oneof(fc.constant(fixture.slug), segment()), fc.option(fc.constantFrom('1', '0', 'yes', '%00'))).map(([s, d]) => `/api/documents/${s}/source${d === null ? '' : `?dryRun=${d}`}`), {
    format: fc.oneof(fc.constantFrom('text', 'markdown', 'html', 'pdf', ''), anyJson),
    content: fc.oneof(anyText, anyJson, fc.constant('<p onclick="x()">One.</p><script>alert(1)</script>')),
    baseRevision: fc.oneof(fc.constant(1), fc.integer(), anyJson),
  }),
);

route('POST /api/documents/{slug}/presence (stores nothing: any answer leaves the database as it was)', () =>
  request('POST', fc.oneof(fc.constant(fixture.slug), segment()).map((s) => `/api/documents/${s}/presence`), {
    paragraphId: fc.oneof(fc.constantFrom(...fixture.paragraphIds), id()),
    lang: fc.oneof(lang, fc.constant(null), anyJson),
    editing: fc.oneof(fc.boolean(), anyJson),
    seq: fc.oneof(fc.nat(), fc.integer(), fc.double(), anyJson),
  }),
);

route('POST /api/documents/{slug}/import (mangled XLIFF)', () =>
  fc.record({
    method: fc.constant('POST'),
    path: fc
      .tuple(fc.oneof(fc.constant(fixture.slug), segment()), fc.option(lang), fc.option(fc.constantFrom('1', '0', 'true', 'yes', '')))
      .map(([s, l, d]) => `/api/documents/${s}/import${l === null ? '' : `?lang=${l}`}${d === null ? '' : `${l === null ? '?' : '&'}dryRun=${d}`}`),
    body: fc.oneof(
      fc.tuple(fc.nat(), fc.nat({ max: 200 }), fc.string({ unit: 'binary', maxLength: 60 })).map(([at, cut, insert]) => {
        const i = at % fixture.xliff.length;
        return { raw: fixture.xliff.slice(0, i) + insert + fixture.xliff.slice(i + cut) };
      }),
      fc.constantFrom(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><xliff>&b;</xliff>',
        '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"><file id="f"><unit id="u"><segment><source>x</source><target>y</target></segment></unit></file></xliff>',
        '\uFEFF<xliff/>',
        '',
      ).map((raw) => ({ raw })),
      anyJson,
    ),
    actor,
    contentType: fc.constantFrom('application/xliff+xml', 'application/xml', 'text/plain', 'multipart/form-data; boundary=x', ''),
  }),
);

/** A file cut and spliced at random, or one of a few files that must be refused whole. */
function mangled(file: () => string, refused: string[]) {
  return fc.oneof(
    fc.tuple(fc.nat(), fc.nat({ max: 200 }), fc.string({ unit: 'binary', maxLength: 60 })).map(([at, cut, insert]) => {
      const text = file();
      const i = at % Math.max(1, text.length);
      return { raw: text.slice(0, i) + insert + text.slice(i + cut) };
    }),
    fc.constantFrom(...refused, '\uFEFF', '').map((raw) => ({ raw })),
    anyJson,
  );
}

/** A file name as a query parameter: path parts, control and bidi characters, any script. */
const fileName = fc.oneof(fc.constantFrom('agency.tmx', '../../etc/passwd', '\u202Eevil.tmx', 'a\u0000b', ''), fc.string({ unit: 'grapheme', maxLength: 40 }));

const ENTITY_BOMB = '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><tmx version="1.4">&b;</tmx>';

route('POST /api/memory/import (mangled TMX)', () =>
  fc.record({
    method: fc.constant('POST'),
    path: fc
      .tuple(fc.option(fc.constantFrom('tmx', 'xliff', '')), fc.option(fc.constantFrom('1', '0', 'true', '')), fc.option(fileName))
      .map(([f, d, n]) => `/api/memory/import?${[f === null ? '' : `format=${f}`, d === null ? '' : `dryRun=${d}`, n === null ? '' : `name=${encodeURIComponent(n)}`].filter(Boolean).join('&')}`),
    body: mangled(() => fixture.files.tmx, [ENTITY_BOMB, '<tmx version="1.4"><header srclang="en"/><body/></tmx>', '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>x</seg></tuv><tuv xml:lang="xx"><seg>y</seg></tuv></tu></body></tmx>']),
    actor,
    contentType: fc.constantFrom('application/x-tmx+xml', 'application/xml', 'text/plain', ''),
  }),
);

route('POST /api/glossary/import (mangled TBX and CSV)', () =>
  fc.record({
    method: fc.constant('POST'),
    path: fc
      .tuple(fc.option(lang), fc.option(fc.constantFrom('tbx', 'csv', 'xlsx', '')), fc.option(fc.constantFrom('1', '0', 'true', '')))
      .map(([l, f, d]) => `/api/glossary/import?${[l === null ? '' : `lang=${l}`, f === null ? '' : `format=${f}`, d === null ? '' : `dryRun=${d}`].filter(Boolean).join('&')}`),
    body: fc.oneof(
      mangled(() => fixture.files.tbx, [ENTITY_BOMB.replaceAll('tmx', 'martif'), '<martif type="TBX"><text><body/></text></martif>']),
      mangled(() => fixture.files.csv, ['source,target\n"unterminated,x\n', 'no header at all\n', 'source,target,note\n']),
    ),
    actor,
    contentType: fc.constantFrom('application/x-tbx+xml', 'text/csv', 'application/xml', 'text/plain', ''),
  }),
);

route('POST /api/documents (a new article in any format; HTML with the OWASP payloads)', () =>
  request(
    'POST',
    fc.option(fc.constantFrom('1', '0', 'true', 'yes', '')).map((d) => `/api/documents${d === null ? '' : `?dryRun=${d}`}`),
    {
      title: fc.oneof(anyText, anyJson),
      slug: fc.oneof(anyText, fc.constantFrom('welt-trump-putin', 'new', 'ok-slug'), anyJson),
      format: fc.oneof(fc.constantFrom('text', 'markdown', 'html'), anyJson),
      content: fc.oneof(
        anyText,
        anyJson,
        fc.constantFrom(
          '<h1>Head</h1><script>alert(1)</script><img src=x onerror=alert(2)><p>Body</p>',
          '# Head\n\n<iframe src="javascript:alert(3)"></iframe>\n\n<svg/onload=alert(4)>',
          '\u0000Head\u0000\nBody\u0007',
          '<p>\uD800</p>',
        ),
        fc.nat({ max: 6000 }).map((n) => Array.from({ length: n }, (_, i) => `Line ${i}`).join('\n')),
      ),
      languages: fc.oneof(fc.array(lang, { maxLength: 4 }), anyJson),
      deadline: fc.oneof(anyText, fc.constantFrom('2030-01-15T18:00:00+01:00', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z'), anyJson),
      kinds: fc.oneof(anyJson, fc.dictionary(fc.oneof(fc.constantFrom('1', '2', '9999', '0'), anyText), fc.oneof(fc.constantFrom('body', 'headline', 'nope'), anyJson))),
    },
  ),
);

route('POST /api/auth/sign-in/email', () =>
  fc.record({
    method: fc.constant('POST'),
    path: fc.constant('/api/auth/sign-in/email'),
    body: body({ email: fc.oneof(anyText, anyJson, fc.constant('editor@example.com')), password: fc.oneof(anyText, anyJson), rememberMe: anyJson, callbackURL: fc.oneof(anyText, fc.constant('javascript:alert(1)')) }),
    actor: fc.constant<'anonymous'>('anonymous'),
    contentType,
  }),
);

test('hostile input: the generated requests reach the service (valid ones still work)', async () => {
  // Guards against a fuzz that only ever hits the JSON parser: a valid save through the same path is accepted.
  const editor: ApiClient = { cookie: fixture.actors.editor, request: (m, p, b, h) => call(fixture.url, fixture.actors.editor, m, p, b, h) };
  const paragraph = fixture.paragraphIds[2];
  const first = await editor.request('POST', `/api/paragraphs/${paragraph}/translations/de/versions`, { text: 'Zweiter Absatz.', baseVersionId: null });
  expect([201, 409]).toContain(first.status);
});
