// Preloaded with NODE_OPTIONS=--require by scripts/bench/save-tail.ts into every Node process of
// `npm start`; save-tail.ts signals only next-server. The first SIGUSR2 opens a window, the second
// writes REDLINE_SAVE_TAIL_DIR/<pid>-<n>.json and closes it, so the figures cover exactly one
// measured load. Recorded is what can hold up the server's one thread, each with its time, so that
// the slow requests can be set against it: V8's GC pauses (its own 'gc' performance entries), the
// turns of the event loop that ran long (a 5 ms timer that fires late says when, and how long),
// monitorEventLoopDelay, and the SQLite calls that took long (better-sqlite3 is synchronous: a WAL
// checkpoint inside a commit blocks the loop for its writes and fsyncs).
// Each request that carries an x-save-tail header is recorded too: when next-server's HTTP server
// saw it and when its response finished, and how many turns of the loop that took, so the
// client's latency splits into waiting before the app saw the request, in the app, and after.
// REDLINE_WAL_AUTOCHECKPOINT sets that pragma on every connection the app opens, to try a policy;
// REDLINE_WAL_CHECKPOINT_THREAD=1 (with it at 0) checkpoints from a worker thread's own connection
// every second instead, so that the checkpoint's writes and fsyncs wait off the event loop.
const { PerformanceObserver, monitorEventLoopDelay, performance } = require('node:perf_hooks');
const { mkdirSync, writeFileSync } = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const dir = process.env.REDLINE_SAVE_TAIL_DIR;
const STALL_MS = 20;
const SLOW_SQL_MS = 2;
const epoch = (now) => performance.timeOrigin + now;

let current = null;

if (dir) {
  patchSqlite();
  let count = 0;
  let turns = 0;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, request, response) {
    const id = event === 'request' && current ? request.headers['x-save-tail'] : undefined;
    if (id !== undefined) {
      const seen = [id, epoch(performance.now()), turns];
      response.once('finish', () => current?.requests.push([...seen, epoch(performance.now()), turns, response.statusCode]));
    }
    return emit.apply(this, arguments);
  };
  const observer = new PerformanceObserver((list) => {
    // kind: 1 scavenge, 2 mark-compact minor, 4 mark-sweep-compact, 8 incremental marking, 16 weak callbacks
    if (current) for (const entry of list.getEntries()) current.gc.push([epoch(entry.startTime), entry.duration, entry.detail?.kind ?? entry.kind]);
  });
  const delay = monitorEventLoopDelay({ resolution: 1 });
  let timer = null;
  const tick = (due) => {
    const now = performance.now();
    turns++;
    if (current && now - due > STALL_MS) current.stalls.push([epoch(due), now - due]);
    timer = setTimeout(tick, 5, now + 5);
  };
  process.on('SIGUSR2', () => {
    if (!current) {
      current = { from: epoch(performance.now()), cpu: process.cpuUsage(), gc: [], stalls: [], slowSql: [], requests: [], sql: { count: 0, ms: 0 } };
      observer.observe({ entryTypes: ['gc'] });
      delay.reset();
      delay.enable();
      timer = setTimeout(tick, 5, performance.now() + 5);
      return;
    }
    clearTimeout(timer);
    delay.disable();
    // The observer delivers its entries a moment after the pause: take the pending ones first.
    for (const entry of observer.takeRecords()) current.gc.push([epoch(entry.startTime), entry.duration, entry.detail?.kind ?? entry.kind]);
    observer.disconnect();
    const cpu = process.cpuUsage(current.cpu);
    const ms = (ns) => ns / 1e6;
    const { rss, heapTotal, heapUsed } = process.memoryUsage();
    const done = {
      ...current,
      to: epoch(performance.now()),
      cpu: { userMs: cpu.user / 1000, systemMs: cpu.system / 1000 },
      delay: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max), mean: ms(delay.mean) },
      memory: { rss, heapTotal, heapUsed, maxRssKb: process.resourceUsage().maxRSS },
    };
    current = null;
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${process.pid}-${++count}.json`), JSON.stringify(done));
  });
}

/** Times every statement call of better-sqlite3 (the copy next-server loads from node_modules). */
function patchSqlite() {
  let Database;
  try {
    Database = require(require.resolve('better-sqlite3', { paths: [process.cwd()] }));
  } catch {
    return;
  }
  const autocheckpoint = process.env.REDLINE_WAL_AUTOCHECKPOINT;
  const configured = new WeakSet();
  let patched = false;
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function (...args) {
    if (autocheckpoint !== undefined && !configured.has(this)) {
      configured.add(this);
      this.pragma(`wal_autocheckpoint = ${Number(autocheckpoint)}`);
      if (process.env.REDLINE_WAL_CHECKPOINT_THREAD === '1' && !this.memory) checkpointThread(this.name);
    }
    const statement = prepare.apply(this, args);
    if (!patched) {
      patched = true;
      const proto = Object.getPrototypeOf(statement);
      for (const name of ['run', 'get', 'all']) {
        const original = proto[name];
        proto[name] = function (...callArgs) {
          if (!current) return original.apply(this, callArgs);
          const start = performance.now();
          try {
            return original.apply(this, callArgs);
          } finally {
            const took = performance.now() - start;
            if (current) {
              current.sql.count++;
              current.sql.ms += took;
              if (took >= SLOW_SQL_MS) current.slowSql.push([epoch(start), took, this.source.slice(0, 60)]);
            }
          }
        };
      }
    }
    return statement;
  };
}

const checkpointing = new Set();
function checkpointThread(file) {
  if (checkpointing.has(file)) return;
  checkpointing.add(file);
  const { Worker } = require('node:worker_threads');
  const source = `
    const Database = require(${JSON.stringify(require.resolve('better-sqlite3', { paths: [process.cwd()] }))});
    const db = new Database(${JSON.stringify(file)}, { timeout: 5000 });
    setInterval(() => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {} }, 1000);
  `;
  new Worker(source, { eval: true }).unref();
}
