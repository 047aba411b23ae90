// Two builds side by side, for before/after figures on a shared, noisy machine: serves each build
// (its own database with the 2,000-paragraph document) and measures them in alternation, in the
// same minutes, reporting the server's CPU time per request from /proc beside the latency.
// Build the earlier sources into another folder first, for example:
//   git checkout <commit> -- lib components && npx tsx -e "import('./scripts/bench/app-server.ts').then((m) => m.ensureBuild('.next-before'))"; git checkout HEAD -- lib components
//   npx tsx --conditions=react-server scripts/bench/compare-builds.ts .next-before .next-bench
// Both databases are migrated by this checkout; AB_BEFORE_SQL (statements run on the first build's
// database once it has started) takes back schema changes that the earlier commit did not have,
// for example AB_BEFORE_SQL='DROP INDEX "..."' for an index added since.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { signIn, startApp, tempDir, type ApiClient } from './app-server';
import { generateLargeDocument } from './generate-large-document';
function nextPid(group: number) { for (const row of execFileSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' }).split('\n')) { const [pid, pgid, ...a] = row.trim().split(/\s+/); if (Number(pgid) === group && a.join(' ').startsWith('next-server')) return Number(pid); } throw new Error('no'); }
const cpu = (pid: number) => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
type S = { name: string; url: string; pid: number; editor: ApiClient; savers: ApiClient[]; stop: () => Promise<void>; ids: string[] };
const servers: S[] = [];
const builds = [['before', process.argv[2] ?? '.next-before'], ['after', process.argv[3] ?? '.next-bench']] as const;
for (const [name, distDir] of builds) {
  const dir = tempDir('ab'); const db = path.join(dir, 'ab.db');
  const s = await startApp({ databaseFile: db, distDir, reuseBuild: true });
  if (name === 'before' && process.env.AB_BEFORE_SQL) {
    try { const raw = new Database(db); raw.exec(process.env.AB_BEFORE_SQL); raw.close(); } catch (error) { await s.stop(); throw error; }
  }
  generateLargeDocument(db, { paragraphs: 2000, versions: 5 });
  const editor = await signIn(s.url, 'editor@example.com');
  const savers: ApiClient[] = []; for (let i = 0; i < 32; i++) savers.push(await signIn(s.url, 'translator.de@example.com'));
  const welt = (await editor.request('GET', '/api/documents/welt-trump-putin?lang=de')).json;
  servers.push({ name, url: s.url, pid: nextPid(s.pid), editor, savers, stop: s.stop, ids: welt.paragraphs.slice(0, 16).map((p: any) => p.id) });
}
const results: Record<string, Record<string, { ms: number[]; cpu: number; n: number; extra?: any }>> = {};
const rec = (task: string, s: S) => ((results[task] ??= {})[s.name] ??= { ms: [], cpu: 0, n: 0 });
async function seq(task: string, s: S, pathname: string, n: number) {
  const r = rec(task, s); const c0 = cpu(s.pid);
  for (let i = 0; i < n; i++) { const t = performance.now(); const res = await fetch(s.url + pathname, { headers: { cookie: s.editor.cookie } }); await res.text(); r.ms.push(performance.now() - t); }
  r.cpu += cpu(s.pid) - c0; r.n += n;
}
async function saves(s: S, secs: number) {
  const r = rec('saves (32 clients)', s); const c0 = cpu(s.pid); const heads = new Map<string, string | null>(); let created = 0; const t0 = performance.now(); const end = t0 + secs * 1000;
  await Promise.all(s.savers.map(async (c, k) => { for (let i = 0; performance.now() < end; i++) { const id = s.ids[(k + i) % 16]; const t = performance.now(); const res = await c.request('POST', `/api/paragraphs/${id}/translations/de/versions`, { text: `AB ${k} ${i} ${Math.random()}`, baseVersionId: heads.get(id) ?? null }); r.ms.push(performance.now() - t); r.n++; if (res.status === 201) { created++; heads.set(id, res.json.versionId); } else if (res.status === 409) heads.set(id, res.json.current.versionId); } }));
  r.cpu += cpu(s.pid) - c0; r.extra = { saves: ((r.extra?.saves ?? 0) + created), seconds: (r.extra?.seconds ?? 0) + (performance.now() - t0) / 1000 };
}
/** What Next.js costs around a route that does nothing: 32 clients saving without a cookie (401). */
async function floor(s: S, secs: number) {
  const r = rec('floor (401, 32 clients)', s); const c0 = cpu(s.pid); const end = performance.now() + secs * 1000;
  await Promise.all(Array.from({ length: 32 }, async () => { while (performance.now() < end) { const t = performance.now(); const res = await fetch(s.url + '/api/paragraphs/none/translations/de/versions', { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' }, body: '{}' }); await res.text(); r.ms.push(performance.now() - t); r.n++; } }));
  r.cpu += cpu(s.pid) - c0;
}
try {
  for (const s of servers) { await seq('warm', s, '/documents/welt-trump-putin/de', 3); await seq('warm', s, '/documents/bench-large/de', 2); await saves(s, 2); }
  delete results['warm']; delete results['saves (32 clients)'];
  // AB_ROUNDS (default 3) and AB_TASKS (say "page large,floor") for more samples of fewer loads.
  const tasks = process.env.AB_TASKS?.split(',').map((t) => t.trim());
  const run = (task: string) => !tasks || tasks.includes(task);
  for (let round = 0; round < Number(process.env.AB_ROUNDS ?? 3); round++) {
    for (const s of round % 2 ? [...servers].reverse() : servers) {
      if (run('page WELT')) await seq('page WELT', s, '/documents/welt-trump-putin/de', 10);
      if (run('page large')) await seq('page large', s, '/documents/bench-large/de', 4);
      if (run('API read WELT')) await seq('API read WELT', s, '/api/documents/welt-trump-putin?lang=de', 20);
      if (run('API read large')) await seq('API read large', s, '/api/documents/bench-large?lang=de', 4);
      if (run('floor')) await floor(s, 3);
      if (run('saves')) await saves(s, 4);
    }
  }
  for (const [task, by] of Object.entries(results)) {
    const line = Object.entries(by).map(([name, r]) => `${name}: p50 ${med(r.ms).toFixed(1)} ms, server CPU ${(r.cpu / r.n).toFixed(1)} ms/req${r.extra ? `, ${(r.extra.saves / r.extra.seconds).toFixed(0)} saves/s, ${(r.n / r.extra.seconds).toFixed(0)} req/s, p99 ${[...r.ms].sort((a, b) => a - b)[Math.floor(r.ms.length * 0.99)].toFixed(0)} ms` : ''}`).join(' | ');
    console.log(`${task}: ${line}`);
  }
} finally { for (const s of servers) await s.stop(); }
process.exit(0);
