import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPostgresTool, libpqConnection } from './postgres';

const scratch = mkdtempSync(path.join(tmpdir(), 'redline-pg-tools-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('PostgreSQL tools', () => {
  it('get the password through PGPASSWORD, not the command line, and no Prisma-only parameters', () => {
    expect(libpqConnection('postgresql://redline:s%40cret@db:5432/redline?schema=public&sslmode=require')).toEqual({
      dbname: 'postgresql://redline@db:5432/redline?sslmode=require',
      env: { PGPASSWORD: 's@cret' },
    });
    expect(libpqConnection('postgres://db/redline')).toEqual({ dbname: 'postgres://db/redline', env: {} });
  });

  it('are found on PATH first, then in the newest /usr/lib/postgresql/<version>/bin', () => {
    for (const version of ['9', '13', '16']) {
      const tool = path.join(scratch, version, 'bin', 'pg_dump');
      mkdirSync(path.dirname(tool), { recursive: true });
      writeFileSync(tool, '#!/bin/sh\n');
      chmodSync(tool, 0o755);
    }
    expect(findPostgresTool('pg_dump', '/nonexistent', scratch)).toBe(path.join(scratch, '16', 'bin', 'pg_dump'));
    expect(findPostgresTool('pg_dump', path.join(scratch, '13', 'bin'), scratch)).toBe(path.join(scratch, '13', 'bin', 'pg_dump'));
    expect(() => findPostgresTool('pg_restore', '/nonexistent', scratch)).toThrow(
      "pg_restore was not found; install Debian's postgresql-client package (apt-get install postgresql-client).",
    );
  });
});
