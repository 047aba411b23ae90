// The document list with a newsroom's 1,000 articles. `generateDocuments` writes them (25
// paragraphs each in four languages, in every state) into a migrated database; it serves
// scripts/measure-document-list.ts too. `measureDocumentList` starts the app on a database of its
// own with them beside the demo seed and times the page at `/` and GET /api/documents over HTTP,
// with listDocuments called in this process on the same file as the baseline.
//
// An app of its own rather than the benchmark's main one: 1,000 more articles there would change
// what the main phases measure and their comparison with earlier runs (the mixed load reads the
// document list and asks the memory, which searches the whole database); generated at the end of
// those phases instead, the WELT article after thousands of saves would be on the list's first
// page. The second app costs its start, about 7 s; writing the articles (6 to 8 s) costs the
// same either way.
//
// Alone: npx tsx --conditions=react-server scripts/bench/document-list.ts
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { readDocumentListFilters, type DocumentListFilters } from '../../lib/document-list-filters';
import { searchFold } from '../../lib/search-text';
import { getDb, type Db } from '../../lib/server/db';
import { listDocuments } from '../../lib/server/documents/list-documents';
import { Prisma } from '../../lib/server/generated/prisma/client';
import { LANGUAGES } from '../../lib/server/seed/languages';
import { signIn, startApp, tempDir } from './app-server';
import { withServerCpu } from './server-cpu';
import { ms, stats } from './stats';

export const GENERATED_PARAGRAPHS = 25;
const DOCUMENTS = 1000;
const RUNS = 30;
const WARM_UP = 3;
const HOUR = 3_600_000;

/** Documents in every state: German approved, in review, half done or untouched; Ukrainian sometimes approved; French never started. */
export async function generateDocuments(db: Db, documents = DOCUMENTS) {
  for (const language of LANGUAGES) await db.language.upsert({ where: { code: language.code }, create: language, update: {} });
  const userId = randomUUID();
  await db.user.create({ data: { id: userId, email: 'generator@example.com', name: 'Generator', role: 'editor' } });
  const now = Date.now();
  const rows = { documents: [] as Prisma.Sql[], languages: [] as Prisma.Sql[], paragraphs: [] as Prisma.Sql[], sources: [] as Prisma.Sql[], versions: [] as Prisma.Sql[], reviews: [] as Prisma.Sql[] };
  for (let d = 0; d < documents; d++) {
    const id = randomUUID();
    const createdAt = new Date(now - (documents - d) * 60_000);
    const deadline = [new Date(now - 5 * HOUR), new Date(now + 5 * HOUR), new Date(now + 72 * HOUR), null, null][d % 5];
    rows.documents.push(Prisma.sql`(${id}, ${`story-${d}`}, ${`Generated story ${d}`}, 'en', ${createdAt}, ${deadline})`);
    for (const lang of ['de', 'fr', 'uk', 'ar']) rows.languages.push(Prisma.sql`(${id}, ${lang})`);
    for (let p = 1; p <= GENERATED_PARAGRAPHS; p++) {
      const paragraphId = randomUUID();
      const sourceId = randomUUID();
      rows.paragraphs.push(Prisma.sql`(${paragraphId}, ${id}, ${p}, 'body', ${createdAt})`);
      const source = `Paragraph ${p} of generated story ${d}, a sentence of some length.`;
      rows.sources.push(Prisma.sql`(${sourceId}, ${paragraphId}, 1, ${source}, ${searchFold(source)}, ${createdAt})`);
      const german = d % 4 === 0 ? 'approved' : d % 4 === 1 ? 'review' : d % 4 === 2 && p % 2 ? 'review' : null;
      const ukrainian = d % 10 === 0 ? 'approved' : null;
      for (const [lang, state] of [['de', german], ['uk', ukrainian]] as const) {
        if (!state) continue;
        const versionId = randomUUID();
        const text = `Übersetzung ${p}`;
        rows.versions.push(Prisma.sql`(${versionId}, ${paragraphId}, ${lang}, 1, ${text}, ${searchFold(text)}, ${userId}, ${sourceId}, ${createdAt})`);
        if (state === 'approved') rows.reviews.push(Prisma.sql`(${randomUUID()}, ${versionId}, ${sourceId}, ${userId}, 'approved', ${createdAt})`);
      }
    }
  }
  const insert = async (table: string, columns: string, values: Prisma.Sql[]) => {
    for (let i = 0; i < values.length; i += 1000) {
      await db.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} ${Prisma.raw(columns)} VALUES ${Prisma.join(values.slice(i, i + 1000))}`;
    }
  };
  await insert('Document', '("id", "slug", "title", "sourceLang", "createdAt", "deadline")', rows.documents);
  await insert('DocumentLanguage', '("documentId", "languageCode")', rows.languages);
  await insert('Paragraph', '("id", "documentId", "position", "kind", "createdAt")', rows.paragraphs);
  await insert('SourceVersion', '("id", "paragraphId", "number", "text", "searchText", "createdAt")', rows.sources);
  await insert('TranslationVersion', '("id", "paragraphId", "languageCode", "number", "text", "searchText", "authorId", "sourceVersionId", "createdAt")', rows.versions);
  await insert('Review', '("id", "translationVersionId", "sourceVersionId", "reviewerId", "decision", "createdAt")', rows.reviews);
}

export type DocumentListBench = Awaited<ReturnType<typeof measureDocumentList>>;

/** RUNS sequential GETs of `pathname` after WARM_UP, with next-server's CPU time over the timed ones. */
async function timeRequests(baseUrl: string, cookie: string, pathname: string, serverGroup: number) {
  const get = async () => {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${pathname}`, { headers: { cookie } });
    const ttfb = performance.now() - started;
    const body = await response.text();
    return { status: response.status, ttfb, total: performance.now() - started, bytes: Buffer.byteLength(body) };
  };
  for (let i = 0; i < WARM_UP; i++) await get();
  return withServerCpu(serverGroup, async () => {
    const results = [];
    for (let i = 0; i < RUNS; i++) results.push(await get());
    const statuses: Record<number, number> = {};
    for (const { status } of results) statuses[status] = (statuses[status] ?? 0) + 1;
    return { pathname, statuses, ttfb: stats(results.map((r) => r.ttfb)), total: stats(results.map((r) => r.total)), bytes: results[RUNS - 1].bytes };
  });
}

/**
 * listDocuments in this process: wall and CPU time per call, after WARM_UP calls. The first page
 * without filters, as `/` asks it, unless `filters` say otherwise (scripts/measure-document-list.ts
 * times each kind of filter).
 */
export async function timeListDocuments(filters: Partial<DocumentListFilters> = {}, { runs = RUNS, now = new Date() } = {}) {
  const actor = { id: 'bench', name: 'Bench', email: 'bench@example.com', role: 'editor' as const, languages: [] };
  const all = { ...readDocumentListFilters({}), ...filters };
  const call = () => listDocuments({ actor, filters: all, now });
  for (let i = 0; i < WARM_UP; i++) await call();
  const wall: number[] = [];
  const cpu: number[] = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    total = (await call()).total;
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  return { total, perPage: all.perPage, wall: stats(wall), cpu: stats(cpu) };
}

export async function measureDocumentList(log: (line: string) => void) {
  const dir = tempDir('document-list');
  const databaseFile = path.join(dir, 'list.db');
  const server = await startApp({ databaseFile, distDir: '.next-bench' });
  // listDocuments asks getDb(), which is built from DATABASE_URL once and cached (lib/server/db.ts).
  const previous = process.env.DATABASE_URL;
  const cache = globalThis as unknown as { redlinePrisma?: Db };
  process.env.DATABASE_URL = `file:${databaseFile}`;
  delete cache.redlinePrisma;
  let db: Db | undefined;
  try {
    db = getDb();
    const started = performance.now();
    await generateDocuments(db);
    const generateMs = performance.now() - started;
    log(`  ${DOCUMENTS} documents of ${GENERATED_PARAGRAPHS} paragraphs in 4 languages generated in ${generateMs.toFixed(0)} ms`);
    const editor = await signIn(server.url, 'editor@example.com');
    const page = await timeRequests(server.url, editor.cookie, '/', server.pid);
    const api = await timeRequests(server.url, editor.cookie, '/api/documents', server.pid);
    return { generated: DOCUMENTS, generateMs, page, api, raw: await timeListDocuments() };
  } finally {
    await db?.$disconnect();
    delete cache.redlinePrisma;
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The row of the targets table. */
export function documentListTarget(r: DocumentListBench): [string, string, string, boolean] {
  const name = `Document list with ${r.generated.toLocaleString('en')} articles p50 (page \`/\`)`;
  if (r.page.statuses[200] !== RUNS) return [name, '< 100 ms', `fails: HTTP ${Object.keys(r.page.statuses).join('/')}`, false];
  return [name, '< 100 ms', ms(r.page.total.p50), r.page.total.p50 < 100];
}

/** The section of bench/results.md. */
export function documentListReport(r: DocumentListBench): string[] {
  const row = (label: string, t: Awaited<ReturnType<typeof timeRequests>>) =>
    `| ${label} | ${JSON.stringify(t.statuses)} | ${ms(t.ttfb.p50)} | ${ms(t.total.p50)} | ${ms(t.total.p95)} | ${ms(t.serverCpuMs / RUNS)} | ${(t.bytes / 1024).toFixed(1)} KiB | ${(t.total.p50 / r.raw.wall.p50).toFixed(1)} |`;
  return [
    `## Document list with ${r.generated.toLocaleString('en')} articles (${RUNS} sequential requests after ${WARM_UP} warm-up, signed in as the editor)`,
    '',
    `An app of its own on its own SQLite file: the demo seed and ${r.generated.toLocaleString('en')} articles of ${GENERATED_PARAGRAPHS} paragraphs in four languages in`,
    'every state (German approved, in review, half done or untouched; Ukrainian approved in a tenth; French never started),',
    `written by \`generateDocuments\` (scripts/bench/document-list.ts, as scripts/measure-document-list.ts writes them) in ${r.generateMs.toFixed(0)} ms:`,
    `${r.raw.total.toLocaleString('en')} documents in all. Both requests ask the first page (the ${r.raw.perPage} newest, no filter); the page adds the session,`,
    "the languages and the rendering, the API the session and the JSON. Raw: `listDocuments` with the page's filters called in",
    'this process on the same file (its three statements through Prisma; no HTTP, no session). Server CPU: next-server\'s own',
    '(/proc), per request.',
    '',
    '| request | HTTP | TTFB p50 | full p50 | full p95 | server CPU per request | size | app/raw p50 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    row('page `/`', r.page),
    row('`GET /api/documents`', r.api),
    `| listDocuments in process (raw) | n/a | n/a | ${ms(r.raw.wall.p50)} | ${ms(r.raw.wall.p95)} | ${ms(r.raw.cpu.p50)} (p50, this process) | n/a | 1.0 |`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const result = await measureDocumentList(log);
  const [name, target, value] = documentListTarget(result);
  console.log([...documentListReport(result), '', `${name}: ${value} (target ${target})`].join('\n'));
  process.exit(0);
}
