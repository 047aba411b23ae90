// The event loop under a newsroom's mixed load: for BENCH_MIXED_SECONDS, at once, translators
// saving to their own paragraphs, editors opening the WELT workbench, memory suggestions asked,
// the large document exported as XLIFF and the document list read, each by its own clients in a
// loop. next-server's event-loop delay (perf_hooks.monitorEventLoopDelay, in the server process,
// event-loop-preload.cjs) is measured over exactly that time; a request that blocks the loop
// shows there as the delay every other request waited.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { nextServerPid, type ApiClient } from './app-server';
import { cpuMs } from './server-cpu';

export const EVENT_LOOP_PRELOAD = path.join(path.dirname(new URL(import.meta.url).pathname), 'event-loop-preload.cjs');
const SECONDS = Number(process.env.BENCH_MIXED_SECONDS || 10);

export type LoopDelay = { p50: number; p99: number; max: number; mean: number; samples: number };
type Stats = { n: number; p50: number; p95: number; p99: number };
/** `busy`: next-server's CPU time over the load's wall time (1 = one core all the time: a saturated event loop). */
export type MixedLoad = { seconds: number; busy: number; delay: LoopDelay; kinds: Record<string, Stats & { clients: number; failed: number }> };

const percentiles = (values: number[]): Stats => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99) };
};

type Kind = { name: string; clients: ApiClient[]; request: (client: ApiClient, c: number, i: number) => Promise<number> };

export async function measureMixedLoad(options: {
  serverGroup: number;
  eventLoopDir: string;
  translators: ApiClient[];
  editors: ApiClient[];
  /** Paragraphs of the WELT article, one per translator; the memory is asked for them too. */
  paragraphIds: string[];
  /** The current German version of each of those paragraphs, which the first saves start from. */
  initialHeads: Array<string | null>;
  weltSlug: string;
  largeSlug: string;
}): Promise<MixedLoad> {
  const { translators, editors, paragraphIds } = options;
  const heads = new Map<number, string | null>(options.initialHeads.map((head, c) => [c, head]));
  const kinds: Kind[] = [
    {
      name: 'save (own paragraph)',
      clients: translators,
      request: async (client, c, i) => {
        const response = await client.request('POST', `/api/paragraphs/${paragraphIds[c]}/translations/de/versions`, { text: `Gemischte Last: Übersetzer ${c}, Fassung ${i}.`, baseVersionId: heads.get(c) ?? null });
        if (response.status === 201) heads.set(c, response.json.versionId);
        return response.status;
      },
    },
    { name: 'workbench page (WELT)', clients: editors.slice(0, 2), request: async (client) => (await client.request('GET', `/documents/${options.weltSlug}/de`)).status },
    {
      name: 'memory suggestions',
      clients: editors.slice(2, 4),
      request: async (client, c, i) => (await client.request('GET', `/api/paragraphs/${paragraphIds[(c * 7 + i) % paragraphIds.length]}/translations/fr/suggestions`)).status,
    },
    { name: 'XLIFF export (2,000 paragraphs)', clients: editors.slice(4, 5), request: async (client) => (await client.request('GET', `/api/documents/${options.largeSlug}/export?lang=de&format=xliff`)).status },
    { name: 'document list', clients: editors.slice(5, 6), request: async (client) => (await client.request('GET', '/api/documents')).status },
  ];
  const serving = nextServerPid(options.serverGroup);
  process.kill(serving, 'SIGUSR2');
  const cpuBefore = cpuMs(serving);
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  const measured = await Promise.all(
    kinds.map(async (kind) => {
      const latencies: number[] = [];
      let failed = 0;
      await Promise.all(
        kind.clients.map(async (client, c) => {
          for (let i = 0; performance.now() < deadline; i++) {
            const t = performance.now();
            const status = await kind.request(client, c, i);
            latencies.push(performance.now() - t);
            if (status >= 400) failed++;
          }
        }),
      );
      return [kind.name, { ...percentiles(latencies), clients: kind.clients.length, failed }] as const;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const busy = (cpuMs(serving) - cpuBefore) / 1000 / seconds;
  const file = path.join(options.eventLoopDir, `${serving}.json`);
  // The figures of a round before are in the same file (the same server): gone before it writes this round's.
  rmSync(file, { force: true });
  process.kill(serving, 'SIGUSR2');
  let delay: LoopDelay | null = null;
  for (let tries = 0; tries < 50 && delay === null; tries++) {
    try {
      delay = JSON.parse(readFileSync(file, 'utf8')) as LoopDelay;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  if (!delay) throw new Error(`next-server wrote no event-loop figures to ${file}`);
  return { seconds, busy, delay, kinds: Object.fromEntries(measured) };
}

/** The section of bench/results.md. */
export function mixedLoadReport(load: MixedLoad): string[] {
  const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)} ms` : 'n/a');
  const lines = [
    `## Event loop under a mixed load (${load.seconds.toFixed(1)} s)`,
    '',
    'At once, each kind by its own clients in a loop (scripts/bench/mixed-load.ts); the delay is next-server\'s own',
    '(`perf_hooks.monitorEventLoopDelay`, 1 ms resolution) over exactly that time. Target: p99 < 50 ms.',
    '',
    `Event-loop delay: p50 ${ms(load.delay.p50)}, p99 ${ms(load.delay.p99)}, max ${ms(load.delay.max)}, mean ${ms(load.delay.mean)}. next-server's CPU time over`,
    `the same seconds: ${(load.busy * 100).toFixed(0)}% of a core (its JavaScript runs on one; near 100% the loop is saturated and every request waits its turn).`,
    '',
    '| requests | clients | done | failed | p50 | p95 | p99 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [name, kind] of Object.entries(load.kinds)) lines.push(`| ${name} | ${kind.clients} | ${kind.n} | ${kind.failed} | ${ms(kind.p50)} | ${ms(kind.p95)} | ${ms(kind.p99)} |`);
  return lines;
}
