import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatabaseConfig } from '../../lib/server/database-config';
import { backupTimestamp, defaultBackupFile, formatSize } from './files';

describe('backup file names', () => {
  const at = new Date('2025-04-24T15:30:12.345Z');

  it('use the UTC time without characters that file systems refuse', () => {
    expect(backupTimestamp(at)).toBe('2025-04-24T15-30-12Z');
  });

  it('go to backups/ inside the SQLite database folder, or backups/ here for PostgreSQL', () => {
    expect(defaultBackupFile(readDatabaseConfig('file:/srv/redline/data/redline.db'), at)).toBe('/srv/redline/data/backups/redline-2025-04-24T15-30-12Z.db');
    expect(defaultBackupFile(readDatabaseConfig('postgresql://redline@db:5432/redline'), at)).toBe(path.resolve('backups/redline-2025-04-24T15-30-12Z.dump'));
  });

  it('come with a readable size', () => {
    expect([formatSize(512), formatSize(258048), formatSize(5 * 1024 * 1024)]).toEqual(['512 bytes', '252.0 kB', '5.0 MB']);
  });
});
