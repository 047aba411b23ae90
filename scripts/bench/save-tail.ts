// Where the tail of the save latency comes from (issue #15: 32 clients saving, p99 / p50 <= 3).
// 32 clients, each its own session as translator.de, save for BENCH_TAIL_SECONDS; next-server
// records over exactly that time (save-tail-preload.cjs) its GC pauses, the turns of its event loop
// that ran long, its slow SQLite calls, and for each request when it saw it, when it finished and
// how many loop turns lay between; this script reads the WAL file's header meanwhile (a new
// checkpoint sequence number: the WAL was checkpointed and restarted). Then the slowest 1% are set
// against the middle: a request that waited while the server served many more than the other 31
// clients' requests was overtaken; one that saw the usual number served but took long sat in a
// pause. Under this load one turn of the loop serves a step of every request in flight (100-300
// ms), so a request's latency is about its number of turns times that: what adds turns to some
// requests and not to others (a thread-pool job: zlib, crypto.subtle) makes the tail.
//
// Several configurations run side by side, each its own server and fresh database, measured in
// turn in rounds (the order rotates), since this shared 2-core machine is too noisy for runs
// minutes apart to compare:
//
//   npx tsx --conditions=react-server scripts/bench/save-tail.ts [--mode own|shared] [--rounds 3] base semi32 ...
//
// Modes: own (default, the words): client c saves to paragraph c of the 2,000-paragraph
// bench-large document, never a conflict; shared: as the benchmark's saves phase (saves.ts), each client in turn
// to the first 16 paragraphs of the WELT article, a 409 hands the new head.
import { closeSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { nextServerPid, signIn, startApp, tempDir, type ApiClient, type AppServer } from './app-server';
import { generateLargeDocument, LARGE_SLUG } from './generate-large-document';

const PRELOAD = path.join(import.meta.dirname, 'save-tail-preload.cjs');
const SECONDS = Number(process.env.BENCH_TAIL_SECONDS || 10);
const CLIENTS = 32;
const WELT = 'welt-trump-putin';

/** What can be tried without touching the app: next-server's V8 flags, the WAL checkpoint policy, the answers' encoding. */
const CONFIGS: Record<string, { node?: string; env?: Record<string, string>; headers?: Record<string, string> }> = {
  base: {},
  semi16: { node: '--max-semi-space-size=16' },
  semi32: { node: '--max-semi-space-size=32' },
  semi64: { node: '--max-semi-space-size=64' },
  // No checkpoint within a run (the WAL grows): the ceiling of what a checkpoint policy can win.
  nockpt: { env: { REDLINE_WAL_AUTOCHECKPOINT: '0' } },
  // The checkpoints from a worker thread's own connection, every second (save-tail-preload.cjs).
  ckptthread: { env: { REDLINE_WAL_AUTOCHECKPOINT: '0', REDLINE_WAL_CHECKPOINT_THREAD: '1' } },
  // Answers sent uncompressed, as jsonResponse() now sends those under 8 KiB (this measurement is
  // why): a 201's answer, the version and its checks, was just over the 1,024 characters it used to
  // allow, so Next.js gzipped it in a zlib stream whose chunks are done on libuv's thread pool:
  // each costs the request a loop turn.
  identity: { headers: { 'accept-encoding': 'identity' } },
};

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv.splice(at, 2)[1] : fallback;
};
const MODE = option('mode', 'own');
const ROUNDS = Number(option('rounds', '3'));
const NAMES = argv.length ? argv : ['base'];
for (const name of NAMES) if (!CONFIGS[name]) throw new Error(`Unknown configuration ${name}: ${Object.keys(CONFIGS).join(', ')}`);

const now = () => performance.timeOrigin + performance.now();
/** Client times; seen and done are when next-server's HTTP server saw it and finished its answer, turns how many loop turns lay between. */
type Request = { id: number; start: number; end: number; status: number; seen?: number; done?: number; turns?: number };
type Window = {
  from: number;
  to: number;
  cpu: { userMs: number; systemMs: number };
  gc: Array<[at: number, ms: number, kind: number]>;
  stalls: Array<[at: number, ms: number]>;
  slowSql: Array<[at: number, ms: number, sql: string]>;
  sql: { count: number; ms: number };
  requests: Array<[id: string, seen: number, turnsSeen: number, done: number, turnsDone: number, status: number]>;
  delay: { p50: number; p99: number; max: number; mean: number };
  memory: { rss: number; heapTotal: number; heapUsed: number; maxRssKb: number };
};
type Target = { name: string; server: AppServer; dir: string; clients: ApiClient[]; paragraphs: string[]; heads: Map<string, string | null>; saved: number };

async function prepare(name: string): Promise<Target> {
  const dir = tempDir('save-tail');
  const databaseFile = path.join(dir, 'tail.db');
  const config = CONFIGS[name];
  const server = await startApp({
    databaseFile,
    reuseBuild: true,
    env: { NODE_OPTIONS: `--require ${PRELOAD} ${config.node ?? ''}`.trim(), REDLINE_SAVE_TAIL_DIR: path.join(dir, 'windows'), ...config.env },
  });
  const clients: ApiClient[] = [];
  for (let i = 0; i < CLIENTS; i++) clients.push(await signIn(server.url, 'translator.de@example.com'));
  const slug = MODE === 'own' ? LARGE_SLUG : WELT;
  if (MODE === 'own') generateLargeDocument(databaseFile, { paragraphs: 2000, versions: 5 });
  const document = (await clients[0].request('GET', `/api/documents/${slug}?lang=de`)).json;
  const rows: Array<{ id: string; translation?: { versionId: string } | null }> = document.paragraphs.slice(0, MODE === 'own' ? CLIENTS : 16);
  return { name, server, dir, clients, paragraphs: rows.map((row) => row.id), heads: new Map(rows.map((row) => [row.id, row.translation?.versionId ?? null])), saved: 0 };
}

async function drive(target: Target, seconds: number): Promise<Request[]> {
  const requests: Request[] = [];
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    target.clients.map(async (client, c) => {
      for (let s = 0; performance.now() < deadline; s++) {
        const paragraph = MODE === 'own' ? target.paragraphs[c] : target.paragraphs[(c + s) % target.paragraphs.length];
        // The answer to this save is 1,010 to 1,040 characters, so most are compressed, as run.ts's
        // (longer text) always are; the id also lets next-server's record be matched to this request.
        const id = target.saved++;
        const start = now();
        const response = await client.request(
          'POST',
          `/api/paragraphs/${paragraph}/translations/de/versions`,
          { text: `Schwanz: Client ${c}, Speicherung ${id}.`, baseVersionId: target.heads.get(paragraph) ?? null },
          { ...CONFIGS[target.name].headers, 'x-save-tail': String(id) },
        );
        requests.push({ id, start, end: now(), status: response.status });
        if (response.status === 201) target.heads.set(paragraph, response.json.versionId);
        else if (response.status === 409) target.heads.set(paragraph, response.json.current.versionId);
        else throw new Error(`save: ${response.status} ${response.text.slice(0, 200)}`);
      }
    }),
  );
  return requests;
}

/** The WAL's checkpoint sequence number (header bytes 12-15) changes each time the WAL restarts after a checkpoint. */
function watchWal(databaseFile: string) {
  const restarts: number[] = [];
  let last = -1;
  const header = Buffer.alloc(16);
  const timer = setInterval(() => {
    let fd: number | null = null;
    try {
      fd = openSync(`${databaseFile}-wal`, 'r');
      if (readSync(fd, header, 0, 16, 0) === 16) {
        const sequence = header.readUInt32BE(12);
        if (last >= 0 && sequence !== last) restarts.push(now());
        last = sequence;
      }
    } catch {
      // no WAL yet
    } finally {
      if (fd !== null) closeSync(fd);
    }
  }, 20);
  return () => (clearInterval(timer), restarts);
}

/** The client's own pauses: this process shares the 2 cores and its latency includes them. */
function watchClient() {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => (gcMs += entry.duration)));
  observer.observe({ entryTypes: ['gc'] });
  delay.enable();
  return () => (delay.disable(), observer.disconnect(), { gcMs, delayP99: delay.percentile(99) / 1e6 });
}

async function measure(target: Target) {
  const serving = nextServerPid(target.server.pid);
  const windows = path.join(target.dir, 'windows');
  rmSync(windows, { recursive: true, force: true });
  process.kill(serving, 'SIGUSR2');
  const wal = watchWal(target.server.databaseFile);
  const client = watchClient();
  const requests = await drive(target, SECONDS);
  const walRestarts = wal();
  const own = client();
  process.kill(serving, 'SIGUSR2');
  let window: Window | null = null;
  for (let tries = 0; tries < 50 && !window; tries++) {
    try {
      window = JSON.parse(await readFile(path.join(windows, readdirSync(windows)[0]), 'utf8'));
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  if (!window) throw new Error(`next-server wrote no window to ${windows}`);
  const byId = new Map(window.requests.map((row) => [Number(row[0]), row]));
  requests.forEach((request) => {
    const row = byId.get(request.id);
    if (row) Object.assign(request, { seen: row[1], done: row[3], turns: row[4] - row[2] });
  });
  return analyse(target.name, requests, window, walRestarts, own);
}

const at = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

function analyse(name: string, requests: Request[], w: Window, walRestarts: number[], client: { gcMs: number; delayP99: number }) {
  const latency = requests.map((r) => r.end - r.start).sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => at(latency, p));
  const wall = w.to - w.from;
  const ends = requests.map((r) => r.end).sort((a, b) => a - b);
  const servedDuring = (r: Request) => ends.filter((end) => end > r.start && end < r.end).length;
  const pausedDuring = (r: Request, spans: Array<[number, number, ...unknown[]]>) => spans.reduce((sum, [t, ms]) => sum + overlap(r.start, r.end, t, t + ms), 0);
  // The slowest 1% against the middle fifth: how many others were served meanwhile, how much GC they sat through.
  const group = (lo: number, hi: number) => {
    const chosen = requests.filter((r) => r.end - r.start >= lo && r.end - r.start <= hi);
    const mean = (f: (r: Request) => number) => chosen.reduce((sum, r) => sum + f(r), 0) / Math.max(1, chosen.length);
    return {
      n: chosen.length,
      ms: mean((r) => r.end - r.start),
      before: mean((r) => (r.seen ?? r.start) - r.start),
      inApp: mean((r) => (r.done ?? r.end) - (r.seen ?? r.start)),
      turns: mean((r) => r.turns ?? 0),
      served: mean(servedDuring), gcMs: mean((r) => pausedDuring(r, w.gc)), sqlMs: mean((r) => pausedDuring(r, w.slowSql)) };
  };
  const byKind = new Map<number, { n: number; ms: number; max: number }>();
  for (const [, ms, kind] of w.gc) {
    const k = byKind.get(kind) ?? { n: 0, ms: 0, max: 0 };
    byKind.set(kind, { n: k.n + 1, ms: k.ms + ms, max: Math.max(k.max, ms) });
  }
  const kindName: Record<number, string> = { 1: 'scavenge', 2: 'minor-mc', 4: 'mark-compact', 8: 'incremental', 16: 'weak-cb' };
  // A long turn of the loop "has" a GC pause or a slow SQL call when one falls inside it.
  const long = w.stalls.filter(([, ms]) => ms >= 50);
  const inside = (spans: Array<[number, number, ...unknown[]]>, min: number) => long.filter(([t, ms]) => spans.some(([s, d]) => d >= min && s >= t - 1 && s < t + ms)).length;
  const statuses: Record<number, number> = {};
  for (const r of requests) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const byStatus = Object.keys(statuses).map((status) => {
    const own = requests.filter((r) => r.status === Number(status));
    const sorted = own.map((r) => r.end - r.start).sort((a, b) => a - b);
    const turns = own.reduce((sum, r) => sum + (r.turns ?? 0), 0) / own.length;
    return `${status}: ${own.length} p50 ${at(sorted, 50).toFixed(0)} p99 ${at(sorted, 99).toFixed(0)}, ${turns.toFixed(1)} loop turns in the app`;
  });
  return {
    name,
    requests: requests.length,
    perSecond: requests.length / (wall / 1000),
    p50,
    p95,
    p99,
    max: latency[latency.length - 1],
    ratio: p99 / p50,
    byStatus: byStatus.join(', '),
    cpuShare: (w.cpu.userMs + w.cpu.systemMs) / wall,
    gc: [...byKind].map(([kind, k]) => `${kindName[kind] ?? kind} ${k.n}x ${k.ms.toFixed(0)} ms (max ${k.max.toFixed(1)})`).join(', '),
    gcShare: w.gc.reduce((sum, [, ms]) => sum + ms, 0) / wall,
    delay: w.delay,
    longTurns: `${long.length} turns >= 50 ms (max ${Math.max(0, ...long.map(([, ms]) => ms)).toFixed(0)}), ${inside(w.gc, 10)} with a GC pause >= 10 ms, ${inside(w.slowSql, 10)} with an SQL call >= 10 ms`,
    sql: `${w.sql.count} calls ${w.sql.ms.toFixed(0)} ms, ${w.slowSql.length} >= 2 ms (max ${Math.max(0, ...w.slowSql.map(([, ms]) => ms)).toFixed(1)}: ${[...w.slowSql].sort((a, b) => b[1] - a[1])[0]?.[2] ?? '-'})`,
    walRestarts: `${walRestarts.length} (after ${w.slowSql.filter(([t, ms, sql]) => ms >= 20 && !sql.startsWith('SELECT') && walRestarts.some((r) => r > t && r - t < 2000)).length} writes >= 20 ms)`,
    slowest: group(p99, Infinity),
    middle: group(at(latency, 40), at(latency, 60)),
    rssMb: w.memory.rss / 2 ** 20,
    heapMb: w.memory.heapTotal / 2 ** 20,
    client,
  };
}

type Result = ReturnType<typeof analyse>;
const f = (value: number, digits = 0) => value.toFixed(digits);

function printWindow(round: number, r: Result) {
  const g = (x: Result['slowest']) =>
    `n ${x.n}, ${f(x.ms)} ms (${f(x.before)} before the app saw it, ${f(x.inApp)} in it over ${f(x.turns)} loop turns), ${f(x.served)} served meanwhile, GC ${f(x.gcMs, 1)} ms, slow SQL ${f(x.sqlMs, 1)} ms`;
  console.log(
    [
      `[round ${round + 1}] ${r.name}: ${r.requests} requests (${f(r.perSecond)}/s; ${r.byStatus}) p50 ${f(r.p50)} p95 ${f(r.p95)} p99 ${f(r.p99)} max ${f(r.max)} ms, p99/p50 ${f(r.ratio, 2)}`,
      `  server CPU ${f(r.cpuShare * 100)}% of the time, GC ${f(r.gcShare * 100, 1)}%: ${r.gc}`,
      `  loop delay p50 ${f(r.delay.p50, 1)} p99 ${f(r.delay.p99, 1)} max ${f(r.delay.max, 1)} ms; ${r.longTurns}`,
      `  SQLite ${r.sql}; WAL restarts ${r.walRestarts}; rss ${f(r.rssMb)} MiB, heap ${f(r.heapMb)} MiB`,
      `  slowest 1%: ${g(r.slowest)} | middle 20%: ${g(r.middle)}`,
      `  client: GC ${f(r.client.gcMs)} ms, loop delay p99 ${f(r.client.delayP99, 1)} ms`,
    ].join('\n'),
  );
}

async function main() {
  console.log(`Mode ${MODE}, ${CLIENTS} clients, ${SECONDS} s a window, ${ROUNDS} rounds of ${NAMES.join(', ')}`);
  const targets: Target[] = [];
  try {
    for (const name of NAMES) targets.push(await prepare(name));
    // Warm-up: the routes compiled and the JIT settled before anything is measured.
    for (const target of targets) await drive(target, 3);
    const results: Result[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < targets.length; i++) {
        const result = await measure(targets[(i + round) % targets.length]);
        printWindow(round, result);
        results.push(result);
      }
    }
    console.log('\nMedian over the rounds:\n| config | requests/s | p50 | p99 | max | p99/p50 | GC share | loop delay p99 | rss |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const name of NAMES) {
      const own = results.filter((r) => r.name === name);
      const median = (f: (r: Result) => number) => at(own.map(f).sort((a, b) => a - b), 50);
      console.log(
        `| ${name} | ${f(median((r) => r.perSecond))} | ${f(median((r) => r.p50))} ms | ${f(median((r) => r.p99))} ms | ${f(median((r) => r.max))} ms | ${f(median((r) => r.ratio), 2)} (${own.map((r) => f(r.ratio, 2)).join(', ')}) | ${f(median((r) => r.gcShare) * 100, 1)}% | ${f(median((r) => r.delay.p99))} ms | ${f(median((r) => r.rssMb))} MiB |`,
      );
    }
  } finally {
    for (const target of targets) {
      await target.server.stop();
      rmSync(target.dir, { recursive: true, force: true });
    }
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
