// What every Playwright config of the project shares: Debian's Chromium, and a free port picked
// synchronously (configs are loaded synchronously, by the runner and again by each worker).
import { execFileSync } from 'node:child_process';

/** Debian's Chromium; the flags keep it from calling Google's hosts on this closed network. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export function freePortSync(): string {
  return execFileSync(process.execPath, [
    '-e',
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ])
    .toString()
    .trim();
}
