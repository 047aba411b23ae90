// The secret that signs session cookies. Taken from BETTER_AUTH_SECRET; for a single machine
// without one, a random secret is created once beside the SQLite file and reused.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseConfig } from '../lib/server/database-config';

export function ensureAuthSecret(database: DatabaseConfig) {
  if (process.env.BETTER_AUTH_SECRET) return;
  const file = path.join(path.dirname(database.filePath), 'auth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  process.env.BETTER_AUTH_SECRET = readFileSync(file, 'utf8').trim();
}
