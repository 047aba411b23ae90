// Starts Redline with `npm start` on a free port and its own SQLite file, exactly as a user
// starts it, for the benchmark and the reliability tests. The server runs in its own process
// group so it can be stopped (or killed with SIGKILL) as a whole: npm, tsx, next and the
// next-server worker. It never uses .next: REDLINE_DIST_DIR is .next-bench unless told otherwise.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sourceHash } from '../build-fingerprint';

export const BENCH_SECRET = 'bench-only-secret-0123456789abcdef0123456789abcdef';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A fresh temporary folder for database files; removed by the caller with `rmSync`. */
export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `redline-${prefix}-`));
}

export type AppServer = {
  url: string;
  port: number;
  databaseFile: string;
  /** The id of the process group the server runs in (that of its npm process). */
  pid: number;
  /** Everything the server printed, for error messages. */
  output: () => string;
  /** SIGTERM to the process group, then SIGKILL if it lingers. */
  stop: () => Promise<void>;
  /** SIGKILL to the whole process group at once: a crash. */
  kill: () => Promise<void>;
};

export type StartOptions = {
  databaseFile: string;
  port?: number;
  distDir?: string;
  /** Extra environment; a value of undefined removes the variable. */
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  /** Print the server's output while it starts (the build takes a while). */
  echo?: boolean;
  /**
   * Serve the build already in distDir even if the sources changed since (other people edit this
   * checkout meanwhile): a second server of a test run must not rebuild the folder that the first
   * one is serving from.
   */
  reuseBuild?: boolean;
};

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/**
 * Builds into `distDir` when its build is missing or older than the sources, the way `npm start`
 * would, with one difference: `next build` into a folder other than .next adds that folder's
 * types to tsconfig.json (a file of the project, and an input of the build fingerprint). The
 * file is put back byte for byte afterwards, so the checkout is left as it was, and the
 * fingerprint is recorded for the restored file, so `npm start` then serves without building.
 */
export function ensureBuild(distDir = '.next-bench') {
  if (distDir === '.next') throw new Error('REDLINE_DIST_DIR must not be .next');
  const record = path.join(ROOT, distDir, 'redline-source-hash');
  const current = () =>
    existsSync(path.join(ROOT, distDir, 'BUILD_ID')) && existsSync(record) && readFileSync(record, 'utf8') === inRoot(sourceHash);
  if (current()) return;
  const tsconfig = path.join(ROOT, 'tsconfig.json');
  const original = readFileSync(tsconfig);
  process.stderr.write(`Building the app into ${distDir} (next build)...\n`);
  try {
    const build = spawnSync('npx', ['next', 'build'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, REDLINE_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
  } finally {
    if (!readFileSync(tsconfig).equals(original)) writeFileSync(tsconfig, original);
  }
  writeFileSync(record, inRoot(sourceHash));
}

function inRoot<T>(fn: () => T): T {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    return fn();
  } finally {
    process.chdir(cwd);
  }
}

export async function startApp(options: StartOptions): Promise<AppServer> {
  const port = options.port ?? (await freePort());
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: `file:${options.databaseFile}`,
    BETTER_AUTH_SECRET: BENCH_SECRET,
    REDLINE_SIGN_IN_PER_MINUTE: '100000',
    NEXT_TELEMETRY_DISABLED: '1',
    REDLINE_DIST_DIR: options.distDir ?? '.next-bench',
    ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  // Never .next: the other engineers' end-to-end runs use it.
  if (!env.REDLINE_DIST_DIR || env.REDLINE_DIST_DIR === '.next') throw new Error('REDLINE_DIST_DIR must not be .next');

  if (options.reuseBuild && existsSync(path.join(ROOT, env.REDLINE_DIST_DIR, 'BUILD_ID'))) {
    writeFileSync(path.join(ROOT, env.REDLINE_DIST_DIR, 'redline-source-hash'), inRoot(sourceHash));
  } else {
    ensureBuild(env.REDLINE_DIST_DIR);
  }
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: ROOT,
    env: env as NodeJS.ProcessEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
    if (options.echo) process.stderr.write(chunk);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  for (;;) {
    if (exited) throw new Error(`The server exited while starting:\n${output.slice(-5000)}`);
    if (Date.now() > deadline) {
      killGroup(child.pid!, 'SIGKILL');
      throw new Error(`The server did not answer within the time limit:\n${output.slice(-5000)}`);
    }
    try {
      const response = await fetch(`${url}/login`, { signal: AbortSignal.timeout(5000) });
      if (response.status === 200) {
        await response.arrayBuffer();
        break;
      }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  const waitExit = async (ms: number) => {
    await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, ms))]);
  };
  return {
    url,
    port,
    databaseFile: options.databaseFile,
    pid: child.pid!,
    output: () => output,
    stop: async () => {
      if (exited) return;
      killGroup(child.pid!, 'SIGTERM');
      await waitExit(10_000);
      killGroup(child.pid!, 'SIGKILL');
      await waitExit(5_000);
    },
    kill: async () => {
      killGroup(child.pid!, 'SIGKILL');
      await waitExit(5_000);
      await waitPortFree(port);
    },
  };
}

/** Signals the process group that `startApp` created (its id is the npm process's id). */
function killGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

async function waitPortFree(port: number) {
  for (let i = 0; i < 100; i++) {
    const inUse = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (!inUse) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function removeDatabase(file: string) {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

// ---- a small HTTP client with a cookie, for the API ----

export type ApiClient = {
  cookie: string;
  request: (method: string, pathname: string, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; json: any; text: string }>;
};

export const DEMO_PASSWORD = 'redline-demo';

export async function signIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<ApiClient> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    // Node's fetch says sec-fetch-mode: cors, so better-auth wants the Origin a browser sends.
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`sign-in as ${email}: ${response.status} ${text}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return { cookie, request: (method, pathname, body, headers) => call(baseUrl, cookie, method, pathname, body, headers) };
}

export async function call(baseUrl: string, cookie: string, method: string, pathname: string, body?: unknown, headers: Record<string, string> = {}) {
  const init: RequestInit = { method, headers: { ...(cookie ? { cookie } : {}), ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${baseUrl}${pathname}`, init);
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, json, text };
}

/** The process of the server's group that serves the requests (it calls itself next-server). */
export function nextServerPid(group: number): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' }).split('\n');
  for (const row of rows) {
    const [pid, pgid, ...args] = row.trim().split(/\s+/);
    if (Number(pgid) === group && args.join(' ').startsWith('next-server')) return Number(pid);
  }
  throw new Error(`No next-server process in group ${group}`);
}
