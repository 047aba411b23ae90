// The secret that signs session cookies. Taken from BETTER_AUTH_SECRET; for a single machine
// on SQLite without one, a random secret is created once beside the database file and reused.
// With PostgreSQL there may be several app servers, and all of them must sign with the same
// secret, so it has to come from the environment.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../lib/app-error';
import type { DatabaseConfig } from '../lib/server/database-config';

export function ensureAuthSecret(database: DatabaseConfig) {
  if (process.env.BETTER_AUTH_SECRET) return;
  if (database.provider === 'postgresql') {
    throw new AppError('config_invalid', {
      message:
        'With PostgreSQL, set BETTER_AUTH_SECRET (at least 32 random characters, e.g. `openssl rand -hex 32`), the same on every app server.',
    });
  }
  const file = path.join(path.dirname(database.filePath), 'auth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  process.env.BETTER_AUTH_SECRET = readFileSync(file, 'utf8').trim();
}
