// Preloaded with NODE_OPTIONS=--require by scripts/bench/run.ts into every Node process of
// `npm start`: when REDLINE_EVENT_LOOP_DIR is set, it watches the event loop's delay
// (perf_hooks.monitorEventLoopDelay, 1 ms resolution). mixed-load.ts signals only next-server:
// the first SIGUSR2 starts a fresh measurement, the second writes
// REDLINE_EVENT_LOOP_DIR/<pid>.json with its percentiles in milliseconds, so the figures cover
// exactly the measured load.
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const dir = process.env.REDLINE_EVENT_LOOP_DIR;
if (dir) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let measuring = false;
  process.on('SIGUSR2', () => {
    if (!measuring) {
      histogram.reset();
      histogram.enable();
      measuring = true;
      return;
    }
    histogram.disable();
    measuring = false;
    const ms = (ns) => ns / 1e6;
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, `${process.pid}.json`),
      JSON.stringify({ p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max), mean: ms(histogram.mean), samples: histogram.count }),
    );
  });
}
