// Decides whether `next build` must run: the build records a hash of everything it was built
// from, and a checkout whose sources hash differently builds again.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['app', 'components', 'lib', 'locales', 'public', 'prisma/models.prisma', 'next.config.ts', 'tsconfig.json', 'package-lock.json'];
const SKIP = new Set(['generated', 'node_modules']);
const DIST_DIR = process.env.REDLINE_DIST_DIR || '.next';
const RECORD = path.join(DIST_DIR, 'redline-source-hash');

function files(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry)
    .filter((name) => !SKIP.has(name) && !name.endsWith('.test.ts') && !name.endsWith('.test.tsx'))
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files)) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

export function buildIsCurrent(): boolean {
  return existsSync(path.join(DIST_DIR, 'BUILD_ID')) && existsSync(RECORD) && readFileSync(RECORD, 'utf8') === sourceHash();
}

export function recordBuild() {
  writeFileSync(RECORD, sourceHash());
}
