// `npm run bench`: Redline's benchmark. Starts the built app (`npm start`, build folder
// .next-bench) on a free port with a fresh database in the temp folder, adds a synthetic
// 2,000-paragraph document, and measures over HTTP: the workbench page, concurrent saves and the
// XLIFF export, and next-server's CPU time per save against a refused request's; the same read
// and save replayed straight on better-sqlite3 with the SQL the service issues (captured from the
// service code itself); the document list with 1,000 articles on an app of its own
// (scripts/bench/document-list.ts); and the word diff against
// diff-match-patch; and the translation memory's indexed suggestions against scoring every
// approved pair of a year's archive, on SQLite and on a throwaway PostgreSQL
// (scripts/bench/memory-index.ts, scripts/bench/archive/). Writes bench/results.md and prints a summary.
// Not part of `npm test`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import DiffMatchPatch from 'diff-match-patch';
import { wordDiff } from '../../lib/word-diff';
import { signIn, startApp, tempDir, type ApiClient } from './app-server';
import { captureRead, captureSave, closeCapture, replayer } from './capture-sql';
import { documentListReport, documentListTarget, measureDocumentList } from './document-list';
import { generateLargeDocument, LARGE_SLUG } from './generate-large-document';
import { benchMemoryIndex, memoryIndexReport } from './memory-index';
import { EVENT_LOOP_PRELOAD, measureMixedLoad, mixedLoadReport } from './mixed-load';
import { measurePageScripts, modernScriptUrls } from './page-scripts';
import { measureSaves } from './saves';
import { measureFloor, serverCpuReport, serverCpuTarget, withServerCpu } from './server-cpu';
import { ms, stats } from './stats';
import { startThrowawayPostgres } from '../postgres/throwaway-cluster';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const PAGE_RUNS = Number(process.env.BENCH_PAGE_RUNS || 40);
const SAVE_SECONDS = Number(process.env.BENCH_SAVE_SECONDS || 10);
const SAVE_CLIENTS = 32;
const WELT = 'welt-trump-putin';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function timedGet(client: Client, pathname: string) {
  const started = performance.now();
  const response = await fetch(`http://${client.host}${pathname}`, { headers: { cookie: client.cookie } });
  const ttfb = performance.now() - started;
  const body = await response.text();
  return { status: response.status, ttfb, total: performance.now() - started, body };
}

type Client = ApiClient & { host: string };

async function measurePage(client: Client, pathname: string) {
  for (let i = 0; i < 3; i++) await timedGet(client, pathname);
  const ttfb: number[] = [];
  const total: number[] = [];
  const statuses = new Map<number, number>();
  let body = '';
  for (let i = 0; i < PAGE_RUNS; i++) {
    const result = await timedGet(client, pathname);
    statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
    ttfb.push(result.ttfb);
    total.push(result.total);
    body = result.body;
  }
  const scripts = modernScriptUrls(body);
  let jsRaw = 0;
  let jsGzip = 0;
  for (const src of scripts) {
    const response = await fetch(new URL(src, `http://${client.host}`));
    const bytes = Buffer.from(await response.arrayBuffer());
    jsRaw += bytes.length;
    jsGzip += gzipSync(bytes).length;
  }
  return {
    pathname,
    statuses: Object.fromEntries(statuses),
    ttfb: stats(ttfb),
    total: stats(total),
    htmlRaw: Buffer.byteLength(body),
    htmlGzip: gzipSync(body).length,
    scripts: scripts.length,
    jsRaw,
    jsGzip,
  };
}

function timeIt(fn: () => unknown, minMs = 300, minRuns = 5) {
  const times: number[] = [];
  const end = performance.now() + minMs;
  while (times.length < minRuns || performance.now() < end) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
    if (times.length > 2000) break;
  }
  return stats(times);
}

async function main() {
  const benchStarted = Date.now();
  const dir = tempDir('bench');
  const databaseFile = path.join(dir, 'bench.db');
  log(`Starting the app (build folder .next-bench, database ${databaseFile})...`);
  const eventLoopDir = path.join(dir, 'event-loop');
  const server = await startApp({
    databaseFile,
    distDir: '.next-bench',
    env: { NODE_OPTIONS: `--require ${EVENT_LOOP_PRELOAD}`, REDLINE_EVENT_LOOP_DIR: eventLoopDir },
  });
  const host = new URL(server.url).host;
  const results: Record<string, unknown> = {};
  try {
    const generated = Date.now();
    generateLargeDocument(databaseFile, { paragraphs: 2000, versions: 5 });
    results.generateMs = Date.now() - generated;
    log(`Generated ${LARGE_SLUG}: 2,000 paragraphs x 4 languages x 5 versions in ${results.generateMs} ms`);

    const editorApi = await signIn(server.url, 'editor@example.com');
    const editor: Client = { ...editorApi, host };

    // ---- pages ----
    log('Workbench pages...');
    const pages = {
      welt: await measurePage(editor, `/documents/${WELT}/de`),
      large: await measurePage(editor, `/documents/${LARGE_SLUG}/de`),
    };
    results.pages = pages;

    // ---- reads: app over HTTP vs the same SQL on better-sqlite3 ----
    log('Reads: app vs raw SQL...');
    const reads: Record<string, unknown> = {};
    for (const slug of [WELT, LARGE_SLUG]) {
      const api = await measureApi(editor, `/api/documents/${slug}?lang=de`);
      const captured = await captureRead(databaseFile, editor.cookie, slug, 'de');
      let raw = null;
      let rawHttp = null;
      if (!captured.error) {
        const replay = replayer(databaseFile, captured.statements);
        raw = timeIt(() => replay.run(), 500, 20);
        rawHttp = await measureRawOverHttp(replay, editor.cookie);
        replay.close();
      }
      reads[slug] = {
        api,
        statements: captured.statements.length,
        error: captured.error,
        raw,
        rawHttp,
        ratio: rawHttp ? api.total.p50 / rawHttp.total.p50 : null,
        inProcessRatio: raw ? api.total.p50 / raw.p50 : null,
      };
    }
    results.reads = reads;

    // ---- where the large document stops working (parameter limit) ----
    const sizes: Record<number, number> = {};
    for (const size of [200, 400, 500, 998, 999, 1000]) {
      const slug = `bench-size-${size}`;
      generateLargeDocument(databaseFile, { paragraphs: size, versions: 2, slug });
      sizes[size] = (await editor.request('GET', `/api/documents/${slug}?lang=de`)).status;
    }
    results.sizes = sizes;

    // ---- saves: 32 clients over HTTP ----
    log(`Saves: ${SAVE_CLIENTS} clients for ${SAVE_SECONDS} s...`);
    const clients: Client[] = [];
    for (let i = 0; i < SAVE_CLIENTS; i++) clients.push({ ...(await signIn(server.url, 'translator.de@example.com')), host });
    const welt = (await editor.request('GET', `/api/documents/${WELT}?lang=de`)).json;
    const paragraphIds: string[] = welt.paragraphs.slice(0, 16).map((p: { id: string }) => p.id);
    // One client alone first: the cost of a save without any queueing.
    const single: number[] = [];
    {
      let base: string | null = welt.paragraphs[22].translation?.versionId ?? null;
      for (let i = 0; i < 30; i++) {
        const t = performance.now();
        const response = await clients[0].request('POST', `/api/paragraphs/${welt.paragraphs[22].id}/translations/de/versions`, { text: `Allein ${i}.`, baseVersionId: base });
        single.push(performance.now() - t);
        base = response.json.versionId;
      }
    }
    results.singleSave = stats(single.slice(5));
    results.saves = await withServerCpu(server.pid, () => measureSaves(clients, paragraphIds, SAVE_SECONDS));
    log(`Floor: ${SAVE_CLIENTS} clients refused (401)...`);
    results.floor = await measureFloor(server.url, server.pid);

    // ---- the same save straight on the database ----
    log('Saves: raw SQL...');
    const target = welt.paragraphs[20];
    const head = (await editor.request('GET', `/api/paragraphs/${target.id}/translations/de/versions`)).json[0] ?? null;
    const captured = await captureSave(databaseFile, clients[0].cookie, target.id, 'de', head?.versionId ?? null, 'Rohes SQL: erste Fassung.');
    let rawSaves = null;
    if (!captured.error) {
      const created = (captured.result as { version: { versionId: string; number: number } }).version;
      const replay = replayer(databaseFile, captured.statements);
      let previousId = created.versionId;
      let number = created.number;
      let i = 0;
      const runs: number[] = [];
      const end = performance.now() + 3000;
      while (performance.now() < end) {
        const id = `raw${(i++).toString(36).padStart(10, '0')}`;
        number += 1;
        const t = performance.now();
        replay.run((params) =>
          params.map((value) => (value === created.versionId ? id : value === created.number ? number : value === (head?.versionId ?? null) && value !== null ? previousId : value)),
        );
        runs.push(performance.now() - t);
        previousId = id;
      }
      replay.close();
      const seconds = runs.reduce((a, b) => a + b, 0) / 1000;
      rawSaves = { statements: captured.statements.length, saves: runs.length, savesPerSecond: runs.length / seconds, latency: stats(runs) };
    }
    results.rawSaves = rawSaves ?? { error: captured.error };
    results.saveSql = captured.statements.map((statement) => statement.sql);

    // ---- XLIFF export ----
    log('XLIFF export...');
    results.xliff = {
      welt: await measureApi(editor, `/api/documents/${WELT}/export?lang=de&format=xliff`, 10),
      large: await measureApi(editor, `/api/documents/${LARGE_SLUG}/export?lang=de&format=xliff`, 5),
    };

    // ---- the JavaScript of each page ----
    log('Page scripts...');
    results.pageScripts = [await measurePageScripts(server.url, '', '/login')];
    for (const pathname of ['/', `/documents/${WELT}/de`, `/documents/${WELT}/de/review`, `/documents/${WELT}/de/export`, `/documents/${WELT}/compare`, `/read/${WELT}/de`, '/glossary', '/memory', '/admin/users']) {
      (results.pageScripts as unknown[]).push(await measurePageScripts(server.url, editor.cookie, pathname));
    }

    // ---- the event loop under a mixed load ----
    log('Mixed load...');
    const editors: ApiClient[] = [];
    for (let i = 0; i < 6; i++) editors.push(await signIn(server.url, 'editor@example.com'));
    const current = (await editor.request('GET', `/api/documents/${WELT}?lang=de`)).json;
    results.mixed = await measureMixedLoad({
      serverGroup: server.pid,
      eventLoopDir,
      translators: clients.slice(0, 8),
      editors,
      paragraphIds: current.paragraphs.slice(0, 8).map((paragraph: { id: string }) => paragraph.id),
      initialHeads: current.paragraphs.slice(0, 8).map((paragraph: { translation?: { versionId: string } | null }) => paragraph.translation?.versionId ?? null),
      weltSlug: WELT,
      largeSlug: LARGE_SLUG,
    });
  } finally {
    await closeCapture();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  // ---- the document list with 1,000 articles (its own app and database) ----
  log('Document list with 1,000 articles...');
  results.documentList = await measureDocumentList(log);

  // ---- translation memory (in process, its own database) ----
  log('Translation memory, indexed against brute force...');
  const memoryDir = tempDir('memory-bench');
  try {
    results.memory = [await benchMemoryIndex(`file:${path.join(memoryDir, 'redline.db')}`, log)];
  } finally {
    rmSync(memoryDir, { recursive: true, force: true });
  }
  const postgres = await startThrowawayPostgres();
  try {
    (results.memory as unknown[]).push(await benchMemoryIndex(postgres.urlFor('redline_memory_bench'), log));
  } finally {
    postgres.stop();
  }

  // ---- diffs (in process) ----
  log('Diffs...');
  results.diffs = measureDiffs();
  results.durationS = (Date.now() - benchStarted) / 1000;
  const markdown = report(results);
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench/results.md'), markdown);
  process.stdout.write(summary(results));
  process.stdout.write('\nWrote bench/results.md\n');
}

/**
 * The raw side of the read comparison served the way the app is: a plain node:http server in
 * this process that answers each GET by replaying the captured statements and sending what they
 * returned as JSON, measured with the same client, cookie and number of requests as the app.
 * Against the statements alone, in process, a 25-paragraph read compares an HTTP round trip
 * with half a millisecond of SQLite, and the ratio says more about HTTP than about the app.
 */
async function measureRawOverHttp(replay: ReturnType<typeof replayer>, cookie: string) {
  const server = http.createServer((request, response) => {
    request.resume();
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(replay.results()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await measureApi({ host: `127.0.0.1:${port}`, cookie } as Client, '/');
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

async function measureApi(client: Client, pathname: string, runs = PAGE_RUNS) {
  for (let i = 0; i < 2; i++) await timedGet(client, pathname);
  const total: number[] = [];
  const ttfb: number[] = [];
  let status = 0;
  let bytes = 0;
  let error = '';
  for (let i = 0; i < runs; i++) {
    const result = await timedGet(client, pathname);
    total.push(result.total);
    ttfb.push(result.ttfb);
    status = result.status;
    bytes = Buffer.byteLength(result.body);
    if (status >= 400) error = result.body.slice(0, 200);
  }
  return { status, bytes, error, total: stats(total), ttfb: stats(ttfb) };
}

function measureDiffs() {
  const pool = 'Trump sieht plötzlich ein ziemlich großes Zugeständnis auf Putins Seite der Krieg in der Ukraine Waffenstillstand Verhandlungen Kiew Moskau Washington Präsident Selenskyj Krim Gebiete Frieden Sanktionen'.split(' ');
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0; // exact, like the word diff: no time cut-off
  const out: Record<string, unknown> = {};
  for (const words of [50, 500, 5000]) {
    const before = Array.from({ length: words }, () => pool[Math.floor(next() * pool.length)]);
    const after = before.map((word) => (next() < 0.1 ? pool[Math.floor(next() * pool.length)] : word));
    // A few insertions and deletions too, not only substitutions.
    for (let i = 0; i < Math.max(1, words / 50); i++) after.splice(Math.floor(next() * after.length), next() < 0.5 ? 1 : 0, 'neu');
    const a = before.join(' ');
    const b = after.join(' ');
    let granularity = '';
    const redline = timeIt(() => (granularity = wordDiff(a, b, 'de').granularity), 500, 5);
    const library = timeIt(() => {
      const diffs = dmp.diff_main(a, b);
      dmp.diff_cleanupSemantic(diffs);
    }, 500, 5);
    out[words] = { redline, dmp: library, ratio: redline.p50 / library.p50, granularity };
  }
  return out;
}

// ---- reporting ----

/**
 * What the figures mean where targets are missed, what was measured and done, and what comes
 * next: written by hand after reading a run and its profiles, kept in bench/misses.md, and
 * copied into results.md by every run.
 */
const MISSES = readFileSync(new URL('../../bench/misses.md', import.meta.url), 'utf8').trim();

type R = any;

function targets(r: R) {
  const rows: Array<[string, string, string, boolean | null]> = [];
  rows.push(['WELT workbench p50 (full response)', '< 50 ms', ms(r.pages.welt.total.p50), r.pages.welt.total.p50 < 50]);
  const largeOk = r.pages.large.statuses['200'] === PAGE_RUNS;
  rows.push(['Large document first screen p50', '< 300 ms', largeOk ? ms(r.pages.large.total.p50) : `fails: HTTP ${Object.keys(r.pages.large.statuses).join('/')}`, largeOk ? r.pages.large.total.p50 < 300 : false]);
  rows.push(documentListTarget(r.documentList));
  rows.push(['Saves per second (32 clients)', '>= 300', r.saves.savesPerSecond.toFixed(0), r.saves.savesPerSecond >= 300]);
  rows.push(['Save p99', '< 150 ms', ms(r.saves.latency.p99), r.saves.latency.p99 < 150]);
  rows.push(['Save errors other than 409', '0', String(r.saves.errors), r.saves.errors === 0]);
  const welt = r.reads[WELT];
  rows.push(['App/raw read ratio (WELT, API, raw over HTTP)', '< 3', welt.ratio ? welt.ratio.toFixed(1) : 'n/a', welt.ratio ? welt.ratio < 3 : null]);
  const large = r.reads[LARGE_SLUG];
  rows.push(['App/raw read ratio (large, API, raw over HTTP)', '< 3', large.ratio ? large.ratio.toFixed(1) : `fails: ${large.error ?? large.api.status}`, large.ratio ? large.ratio < 3 : false]);
  rows.push(['32 clients saving: p99 / p50', '<= 3', (r.saves.latency.p99 / r.saves.latency.p50).toFixed(1), r.saves.latency.p99 / r.saves.latency.p50 <= 3]);
  rows.push(serverCpuTarget(r.saves, r.floor));
  for (const memory of r.memory) {
    rows.push([`Memory suggestions p95 (${memory.provider}, archive)`, '< 50 ms', ms(memory.indexed.p95), memory.indexed.p95 < 50]);
    rows.push([`Memory: brute force p95 / indexed p95 (${memory.provider})`, '>= 20x', `${(memory.scan.p95 / memory.indexed.p95).toFixed(1)}x`, memory.scan.p95 / memory.indexed.p95 >= 20]);
    rows.push([`Memory: recall of the brute-force top 3 (${memory.provider})`, '>= 0.95', memory.recall.toFixed(2), memory.recall >= 0.95]);
  }
  rows.push(['Event-loop delay p99 under the mixed load', '< 50 ms', ms(r.mixed.delay.p99), r.mixed.delay.p99 < 50]);
  const workbenchScripts = r.pageScripts.find((page: R) => page.pathname === `/documents/${WELT}/de`);
  rows.push(['Workbench JavaScript, gzipped (modern browsers)', '<= 150 KB', kb(workbenchScripts.gzip), workbenchScripts.gzip <= 150 * 1024]);
  const largestOther = r.pageScripts.filter((page: R) => page !== workbenchScripts).sort((a: R, b: R) => b.gzip - a.gzip)[0];
  rows.push([`Largest other page's JavaScript (\`${largestOther.pathname}\`)`, '<= 130 KB', kb(largestOther.gzip), largestOther.gzip <= 130 * 1024]);
  // The earlier definition (raw statements in process, no HTTP), shown for comparison, not judged.
  for (const [label, read] of [['WELT', welt], ['large', large]] as const) {
    rows.push([`App/raw read ratio (${label}, API, raw in process; earlier definition)`, '(< 3)', read.inProcessRatio ? read.inProcessRatio.toFixed(1) : 'n/a', null]);
  }
  return rows;
}

function report(r: R): string {
  const cpus = os.cpus();
  const lines: string[] = [];
  const p = (line = '') => lines.push(line);
  p('# Redline benchmark');
  p();
  p(`Generated by \`npm run bench\` (scripts/bench/run.ts) on ${new Date().toISOString().slice(0, 10)} in ${r.durationS.toFixed(0)} s.`);
  p();
  p(`Machine: ${cpus.length} cores (${cpus[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.type()} ${os.release()}, Node ${process.version}.`);
  p('The app runs as `npm start` serves it (next start, production build in .next-bench) with SQLite in WAL mode on the local disk; the');
  p('load generator runs on the same 2 cores, so every HTTP figure includes the client\'s own CPU time.');
  p();
  p('## Targets');
  p();
  p('| figure | target | measured | met |');
  p('| --- | --- | --- | --- |');
  for (const [name, target, value, met] of targets(r)) p(`| ${name} | ${target} | ${value} | ${met === null ? 'n/a' : met ? 'yes' : '**no**'} |`);
  p();
  p('## Data');
  p();
  p(`The WELT article (25 paragraphs, the demo seed) and \`${LARGE_SLUG}\`: 2,000 paragraphs in German, French, Ukrainian and`);
  p(`Arabic with 5 versions each (40,000 translation versions, half approved, a tenth rejected), written by`);
  p(`\`scripts/bench/generate-large-document.ts\` in ${r.generateMs} ms.`);
  p();
  p(`## Workbench page (${PAGE_RUNS} sequential requests after 3 warm-up, signed in as the editor)`);
  p();
  p('| page | HTTP | TTFB p50 | TTFB p95 | full p50 | full p95 | HTML (gzip) | JS (gzip, scripts) |');
  p('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const page of [r.pages.welt, r.pages.large]) {
    p(`| \`${page.pathname}\` | ${JSON.stringify(page.statuses)} | ${ms(page.ttfb.p50)} | ${ms(page.ttfb.p95)} | ${ms(page.total.p50)} | ${ms(page.total.p95)} | ${kb(page.htmlRaw)} (${kb(page.htmlGzip)}) | ${kb(page.jsRaw)} (${kb(page.jsGzip)}, ${page.scripts}) |`);
  }
  p();
  for (const line of documentListReport(r.documentList)) p(line);
  p();
  p('## Reads: app over HTTP against the same SQL on better-sqlite3');
  p();
  p('App: `GET /api/documents/{slug}?lang=de` over HTTP (session check, actor, paragraphs with status, JSON). Raw: the statements');
  p('that exact service code issued (captured from a Prisma client with query logging, session lookup included when the');
  p('session is read from the database), prepared once and replayed in order on one better-sqlite3 connection: in process,');
  p('and served over HTTP by a plain node:http server that answers with the rows as JSON (same client, same number of');
  p('requests). The target is app/raw over HTTP: like against like; the in-process ratio is kept for comparison with');
  p('earlier runs.');
  p();
  p('| document | HTTP | app p50 | app p95 | statements | raw in process p50 | raw over HTTP p50 | raw over HTTP p95 | app/raw (HTTP) | app/raw (in process) |');
  p('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [slug, read] of Object.entries<R>(r.reads)) {
    const failed = `fails: ${read.error ?? read.api.error}`;
    p(
      `| ${slug} | ${read.api.status} | ${ms(read.api.total.p50)} | ${ms(read.api.total.p95)} | ${read.statements} | ${read.raw ? ms(read.raw.p50) : 'n/a'} | ${read.rawHttp ? ms(read.rawHttp.total.p50) : 'n/a'} | ${read.rawHttp ? ms(read.rawHttp.total.p95) : 'n/a'} | ${read.ratio ? read.ratio.toFixed(1) : failed} | ${read.inProcessRatio ? read.inProcessRatio.toFixed(1) : failed} |`,
    );
  }
  p();
  p('Documents that load, by length (status of `GET /api/documents/{slug}?lang=de`):');
  p(Object.entries(r.sizes).map(([size, status]) => `${size} paragraphs: ${status}`).join(' · '));
  p();
  p(`## Saves: ${SAVE_CLIENTS} concurrent clients over HTTP, ${SAVE_SECONDS} s`);
  p();
  p('Each client (its own session, translator.de) saves in turn to the first 16 paragraphs of the WELT article in German,');
  p('naming the head it last saw; a 409 hands it the new head. Latency is per request (201 and 409 alike).');
  p();
  p('| requests | 201 | 409 | other | saves/s | requests/s | p50 | p95 | p99 | max |');
  p('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const s = r.saves;
  p(`| ${s.requests} | ${s.created} | ${s.conflicts} | ${s.errors} | ${s.savesPerSecond.toFixed(0)} | ${s.requestsPerSecond.toFixed(0)} | ${ms(s.latency.p50)} | ${ms(s.latency.p95)} | ${ms(s.latency.p99)} | ${ms(s.latency.max)} |`);
  p();
  p(`One client alone (25 sequential saves after 5 warm-up): p50 ${ms(r.singleSave.p50)}, p95 ${ms(r.singleSave.p95)}. With one Node process`);
  p(`serving, ${SAVE_CLIENTS} clients queue behind each other: the throughput is about 1 / (server CPU time per save).`);
  if (s.errorSamples.length) p(`\nErrors: ${s.errorSamples.map((e: string) => `\`${e}\``).join(', ')}`);
  p();
  if (r.rawSaves.error) p(`Raw save: could not capture (${r.rawSaves.error}).`);
  else {
    p(`Raw: the ${r.rawSaves.statements} statements of one save (session, actor, paragraph and language, head, insert, quality-check`);
    p('data), replayed sequentially on one connection with a new id and number each time, autocommit:');
    p();
    p(`| saves | saves/s | p50 | p99 | app/raw saves per second |`);
    p('| --- | --- | --- | --- | --- |');
    p(`| ${r.rawSaves.saves} | ${r.rawSaves.savesPerSecond.toFixed(0)} | ${ms(r.rawSaves.latency.p50)} | ${ms(r.rawSaves.latency.p99)} | ${(r.rawSaves.savesPerSecond / s.savesPerSecond).toFixed(1)}x slower |`);
  }
  p();
  for (const line of serverCpuReport(r.saves, r.floor, SAVE_CLIENTS)) p(line);
  p();
  p('## Word diff against diff-match-patch');
  p();
  p('Pairs of German text of 50, 500 and 5,000 words with about 10% of the words changed plus some insertions. Redline:');
  p('`wordDiff` (lib/word-diff.ts: jsdiff over lib/text-tokens.ts tokens). diff-match-patch: `diff_main` + `diff_cleanupSemantic`,');
  p('no timeout (character-level, as Weblate and Pontoon use it).');
  p();
  p('| words | Redline p50 | Redline p95 | granularity | diff-match-patch p50 | p95 | Redline/dmp |');
  p('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [words, d] of Object.entries<R>(r.diffs)) {
    p(`| ${words} | ${ms(d.redline.p50)} | ${ms(d.redline.p95)} | ${d.granularity} | ${ms(d.dmp.p50)} | ${ms(d.dmp.p95)} | ${d.ratio.toFixed(1)} |`);
  }
  p();
  for (const line of memoryIndexReport(r.memory)) p(line);
  p();
  for (const line of mixedLoadReport(r.mixed)) p(line);
  p();
  p('## JavaScript each page downloads (modern browsers)');
  p();
  p('Its `<script src>` without `nomodule` and the scripts it preloads (the chunks of what the server rendered, such as the');
  p('interface language\'s messages), gzipped; signed in as the editor, the sign-in page signed out, English interface.');
  p('Targets: the workbench <= 150 KB, every other page <= 130 KB.');
  p();
  p('| page | HTTP | files | raw | gzip |');
  p('| --- | --- | --- | --- | --- |');
  for (const page of r.pageScripts) p(`| \`${page.pathname}\` | ${page.status} | ${page.files} | ${kb(page.raw)} | ${kb(page.gzip)} |`);
  p();
  p('## Misses: causes and plans');
  p();
  p(MISSES);
  p();
  p('## XLIFF export');
  p();
  p('| document | HTTP | p50 | p95 | size |');
  p('| --- | --- | --- | --- | --- |');
  for (const [name, x] of Object.entries<R>(r.xliff)) p(`| ${name} | ${x.status} | ${ms(x.total.p50)} | ${ms(x.total.p95)} | ${x.status === 200 ? kb(x.bytes) : x.error} |`);
  p();
  return lines.join('\n');
}

function summary(r: R): string {
  return (
    '\nRedline benchmark\n' +
    targets(r)
      .map(([name, target, value, met]) => `  ${met === null ? '  ' : met ? 'ok' : '!!'} ${name}: ${value} (target ${target})`)
      .join('\n') +
    '\n'
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
