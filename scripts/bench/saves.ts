// Concurrent saves over HTTP, the benchmark's saves phase: for `seconds`, each client (its own
// session) saves in turn to the given paragraphs in German, naming the head it last saw; a 409
// hands it the new head. Latency is per request (201 and 409 alike). Its own module so that
// server-cpu.ts can run the same phase alone.
import type { ApiClient } from './app-server';
import { stats } from './stats';

export type SavesResult = Awaited<ReturnType<typeof measureSaves>>;

export async function measureSaves(clients: ApiClient[], paragraphIds: string[], seconds: number) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const errors: string[] = [];
  const heads = new Map<string, string | null>();
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    clients.map(async (client, c) => {
      for (let s = 0; performance.now() < deadline; s++) {
        const paragraph = paragraphIds[(c + s) % paragraphIds.length];
        const t = performance.now();
        const response = await client.request('POST', `/api/paragraphs/${paragraph}/translations/de/versions`, {
          text: `Benchmark: Client ${c}, Speicherung ${s}, Absatz ${paragraph.slice(-4)}.`,
          baseVersionId: heads.get(paragraph) ?? null,
        });
        latencies.push(performance.now() - t);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status === 201) heads.set(paragraph, response.json.versionId);
        else if (response.status === 409) heads.set(paragraph, response.json.current.versionId);
        else if (errors.length < 5) errors.push(`${response.status} ${response.text.slice(0, 200)}`);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const created = statuses.get(201) ?? 0;
  const total = latencies.length;
  return {
    seconds: elapsed,
    requests: total,
    created,
    conflicts: statuses.get(409) ?? 0,
    errors: total - created - (statuses.get(409) ?? 0),
    errorSamples: errors,
    savesPerSecond: created / elapsed,
    requestsPerSecond: total / elapsed,
    latency: stats(latencies),
  };
}
