// Starts one more app server (`npm start`) on the suite's database, and stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect } from '@playwright/test';
import { sharedEnvironment } from './playwright.config';

export type AppInstance = { url: string; stop: () => Promise<void> };

export async function startInstance(port: string): Promise<AppInstance> {
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, ...sharedEnvironment, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await expect
    .poll(
      async () => {
        if (child.exitCode !== null) throw new Error(`The second instance exited (${child.exitCode}):\n${output}`);
        return fetch(`${url}/login`).then((response) => response.status, () => 0);
      },
      { timeout: 120_000, intervals: [250, 500, 1000] },
    )
    .toBe(200);
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
}
