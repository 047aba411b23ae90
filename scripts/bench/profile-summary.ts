// Summarises a V8 .cpuprofile as text: self time by package and by function, and inclusive time
// by package and by function of Redline's own code. Positions in the minified server chunks of
// the Next.js build are mapped through their .map files to the original source, which names the
// package (node_modules/<name>) or the project file. Also usable alone:
//   npx tsx scripts/bench/profile-summary.ts <file.cpuprofile>
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
export type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

type Frame = { group: string; name: string; where: string };

const maps = new Map<string, SourceMap | null>();

function sourceMap(url: string): SourceMap | null {
  if (!maps.has(url)) {
    let map: SourceMap | null = null;
    try {
      const file = fileURLToPath(url);
      if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url)!;
}

/** The package (or Redline folder) a source path belongs to. */
function groupOf(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1];
  const project = /(?:\[project\]\/|\/work\/[^/]+\/)((?:app|components|lib|scripts|prisma)(?:\/[^/]+)*)\/[^/]+$/.exec(source);
  if (project) return `redline ${project[1].startsWith('lib/server/generated') ? 'prisma client (generated)' : project[1]}`;
  if (source.startsWith('[turbopack]')) return 'next (turbopack runtime)';
  if (source.startsWith('node:')) return 'node';
  if (source.startsWith('wasm://')) return 'wasm';
  return source ? 'other' : '(V8)';
}

function frameOf(callFrame: CallFrame): Frame {
  const { functionName, url, lineNumber, columnNumber } = callFrame;
  if (!url) return { group: functionName.startsWith('(') ? functionName : '(native)', name: functionName || '(anonymous)', where: '' };
  let source = decodeURIComponent(url.replace(/^file:\/\//, ''));
  let line = lineNumber + 1;
  let name = functionName;
  const map = url.startsWith('file://') && url.includes('/.next') ? sourceMap(url) : null;
  if (map) {
    const entry = map.findEntry(lineNumber, columnNumber) as { originalSource?: string; originalLine?: number; name?: string };
    if (entry?.originalSource) {
      source = entry.originalSource.replace(/^turbopack:\/\/\/?/, '');
      // Some maps name sources relative to the chunk (../../../lib/...).
      if (source.startsWith('.')) source = path.resolve(path.dirname(fileURLToPath(url)), source);
      line = (entry.originalLine ?? 0) + 1;
      if (entry.name && (!name || name.length <= 2)) name = entry.name;
    }
  }
  const short = source.replace(/^.*node_modules\//, '').replace(/^\[project\]\//, '').replace(/^\/work\/[^/]+\//, '');
  return { group: groupOf(source), name: name || '(anonymous)', where: `${short}:${line}` };
}

const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1).padStart(5)}%`;

function table(title: string, rows: Map<string, number>, whole: number, limit: number): string {
  const sorted = [...rows.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit);
  return `${title}\n${sorted.map(([key, us]) => `  ${pct(us, whole)} ${(us / 1000).toFixed(0).padStart(7)} ms  ${key}`).join('\n')}\n\n`;
}

export function summarizeProfile(profile: CpuProfile, limit = 30): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const frames = new Map<number, Frame>();
  const frame = (id: number) => {
    if (!frames.has(id)) frames.set(id, frameOf(byId.get(id)!.callFrame));
    return frames.get(id)!;
  };

  const selfGroup = new Map<string, number>();
  const selfFunction = new Map<string, number>();
  const totalGroup = new Map<string, number>();
  const totalRedline = new Map<string, number>();
  const totalAll = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  let all = 0;
  let idle = 0;
  profile.samples.forEach((id, index) => {
    const us = profile.timeDeltas[index + 1] ?? 0;
    // A native leaf (a C++ builtin such as better-sqlite3's Statement#all) counts for the package
    // that called it.
    let leafId = id;
    while (frame(leafId).group === '(native)' && parent.has(leafId) && frame(parent.get(leafId)!).name !== '(root)') leafId = parent.get(leafId)!;
    const leaf = { ...frame(leafId), name: leafId === id ? frame(id).name : `${frame(id).name} < ${frame(leafId).name}` };
    all += us;
    if (leaf.name === '(idle)') {
      idle += us;
      return;
    }
    add(selfGroup, leaf.group, us);
    add(selfFunction, `${leaf.name}  [${leaf.group}] ${leaf.where}`, us);
    const groups = new Set<string>();
    const functions = new Set<string>();
    const everything = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = frame(at);
      if (f.name === '(root)') continue;
      groups.add(f.group);
      everything.add(`${f.name}  [${f.group}] ${f.where}`);
      if (f.group.startsWith('redline ') && !f.group.includes('generated')) functions.add(`${f.name}  ${f.where}`);
    }
    for (const group of groups) add(totalGroup, group, us);
    for (const fn of functions) add(totalRedline, fn, us);
    for (const fn of everything) add(totalAll, fn, us);
  });
  const busy = all - idle;
  return (
    `Profiled ${(all / 1e6).toFixed(1)} s, busy ${(busy / 1e6).toFixed(1)} s (${pct(busy, all).trim()}); percentages below are of the busy time.\n\n` +
    table('Self time by package', selfGroup, busy, limit) +
    table('Inclusive time by package (synchronous stacks: time spent with the package on the stack)', totalGroup, busy, limit) +
    table('Self time by function', selfFunction, busy, limit) +
    table("Inclusive time of Redline's own functions", totalRedline, busy, limit) +
    table('Inclusive time by function (all)', totalAll, busy, 2 * limit)
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(summarizeProfile(JSON.parse(readFileSync(process.argv[2], 'utf8'))));
}
