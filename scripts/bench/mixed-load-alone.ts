// The mixed load of scripts/bench/mixed-load.ts without the rest of `npm run bench`, on one build
// or on two side by side: each checkout's app is started (its own database with the
// 2,000-paragraph document) and the load runs on them in turn, ROUNDS times, so both are measured
// in the same minutes of a noisy machine. A checkout is a folder with Redline built into
// .next-bench or built there on start (a `git worktree` of an earlier commit, for example: its
// scripts start its own app).
//
//   npx tsx --conditions=react-server scripts/bench/mixed-load-alone.ts [checkout ...]   # default: this one
//   BENCH_MIXED_ROUNDS=3 BENCH_MIXED_SECONDS=10
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type AppServerModule = typeof import('./app-server');
type MixedLoadModule = typeof import('./mixed-load');
type LargeDocumentModule = typeof import('./generate-large-document');

const HERE = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const ROUNDS = Number(process.env.BENCH_MIXED_ROUNDS || 2);
const checkouts = process.argv.slice(2).length > 0 ? process.argv.slice(2).map((folder) => path.resolve(folder)) : [HERE];

/** Each checkout's own bench modules: its app-server starts its own build. */
const load = async <T>(checkout: string, file: string) => (await import(pathToFileURL(path.join(checkout, 'scripts/bench', file)).href)) as T;

const apps = [];
try {
  for (const checkout of checkouts) {
    const server = await load<AppServerModule>(checkout, 'app-server.ts');
    const mixed = await load<MixedLoadModule>(checkout, 'mixed-load.ts');
    const large = await load<LargeDocumentModule>(checkout, 'generate-large-document.ts');
    const dir = server.tempDir('mixed');
    const databaseFile = path.join(dir, 'mixed.db');
    const eventLoopDir = path.join(dir, 'event-loop');
    const app = await server.startApp({
      databaseFile,
      env: { NODE_OPTIONS: `--require ${mixed.EVENT_LOOP_PRELOAD}`, REDLINE_EVENT_LOOP_DIR: eventLoopDir },
    });
    apps.push({ checkout, app, mixed, eventLoopDir, clients: { translators: [] as Awaited<ReturnType<AppServerModule['signIn']>>[], editors: [] as Awaited<ReturnType<AppServerModule['signIn']>>[] } });
    large.generateLargeDocument(databaseFile, { paragraphs: 2000, versions: 5 });
    const entry = apps[apps.length - 1];
    for (let i = 0; i < 8; i++) entry.clients.translators.push(await server.signIn(app.url, 'translator.de@example.com'));
    for (let i = 0; i < 6; i++) entry.clients.editors.push(await server.signIn(app.url, 'editor@example.com'));
  }
  for (let round = 1; round <= ROUNDS; round++) {
    for (const { checkout, app, mixed, eventLoopDir, clients } of round % 2 ? apps : [...apps].reverse()) {
      const current = (await clients.editors[0].request('GET', '/api/documents/welt-trump-putin?lang=de')).json;
      const paragraphs: Array<{ id: string; translation?: { versionId: string } | null }> = current.paragraphs.slice(0, 8);
      const measured = await mixed.measureMixedLoad({
        serverGroup: app.pid,
        eventLoopDir,
        ...clients,
        paragraphIds: paragraphs.map((paragraph) => paragraph.id),
        initialHeads: paragraphs.map((paragraph) => paragraph.translation?.versionId ?? null),
        weltSlug: 'welt-trump-putin',
        largeSlug: 'bench-large',
      });
      const kinds = Object.entries(measured.kinds).map(([name, kind]) => `${name} ${kind.n} p50 ${kind.p50.toFixed(0)} ms`).join(', ');
      console.log(`round ${round}, ${path.relative(process.cwd(), checkout) || '.'}: event-loop delay p50 ${measured.delay.p50.toFixed(1)} ms, p99 ${measured.delay.p99.toFixed(1)} ms, max ${measured.delay.max.toFixed(1)} ms, server CPU ${(measured.busy * 100).toFixed(0)}% of a core; ${kinds}`);
    }
  }
} finally {
  for (const { app } of apps) await app.stop();
}
process.exit(0);
