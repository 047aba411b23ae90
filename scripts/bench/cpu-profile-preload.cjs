// Preloaded with NODE_OPTIONS=--require by scripts/bench/profile.ts (Node 20 refuses --cpu-prof in
// NODE_OPTIONS) into every Node process of `npm start`; profile.ts signals only next-server. The
// first SIGUSR2 starts the V8 profiler, the second writes REDLINE_CPU_PROFILE_DIR/<pid>.cpuprofile: the profile covers exactly the
// measured load, not the start-up and the warm-up.
const { Session } = require('node:inspector');
const { mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const dir = process.env.REDLINE_CPU_PROFILE_DIR;
if (dir) {
  let session = null;
  process.on('SIGUSR2', () => {
    if (!session) {
      session = new Session();
      session.connect();
      session.post('Profiler.setSamplingInterval', { interval: 200 });
      session.post('Profiler.enable');
      session.post('Profiler.start');
      return;
    }
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
