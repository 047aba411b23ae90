import 'server-only';
// Gives the event loop to whatever else waits (other requests' sockets, timers) before going on.
// SQLite answers through better-sqlite3 synchronously, on the event loop, so a long read or a long
// loop is one block for every other request of the process unless it is cut into parts with this
// between them (the benchmark's mixed load measures the delay: scripts/bench/mixed-load.ts).
// Never inside a transaction: on SQLite, other requests' statements would run in it.
export function letOthersIn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Work between two turns for others: well under the 50 ms an event-loop delay may take. */
const SLICE_MS = 10;

/**
 * For a long loop: a function to await between its steps that lets others in once a slice of
 * work has gone by since the last time, and otherwise goes straight on.
 */
export function betweenSlices(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since <= SLICE_MS) return;
    await letOthersIn();
    since = performance.now();
  };
}

/**
 * Joins a long text's parts (a file written a unit at a time by a generator), letting others in
 * whenever a slice of work has gone by: writing a 2,000-paragraph XLIFF file at once took 50 to 90 ms.
 */
export async function joinLettingOthersIn(parts: Iterable<string>, separator: string): Promise<string> {
  const done: string[] = [];
  const pause = betweenSlices();
  for (const part of parts) {
    done.push(part);
    await pause();
  }
  return done.join(separator);
}
