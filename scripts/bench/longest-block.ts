// How long an operation holds the event loop in one piece: a timer loop beside it (a turn every
// millisecond or so) notes the longest gap between its turns. Whatever an operation holds the
// loop for, every other request of the process waits. Not a setImmediate loop: that spins a core
// for as long as the operation waits on a worker thread, a core the worker may need on 2.
// Used by longest-blocks.ts and memory-index.ts.

/** The longest gap between two turns of a 1 ms timer loop while `operation` runs (at least 1 ms), and the operation's time. */
export async function longestBlock<T>(operation: () => Promise<T>): Promise<{ block: number; total: number; value: T }> {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const turn = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(turn, 1);
  };
  setTimeout(turn, 1);
  const started = performance.now();
  const value = await operation();
  running = false;
  longest = Math.max(longest, performance.now() - last);
  return { block: longest, total: performance.now() - started, value };
}
