// Backup file names and safe creation: UTC timestamps, the default folder, never overwriting.
import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../lib/app-error';
import type { DatabaseConfig } from '../../lib/server/database-config';

/** `2025-04-24T15-30-12Z`: UTC, sorts by time, and safe in a file name on every system. */
export function backupTimestamp(now = new Date()): string {
  return now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
}

/**
 * Where a backup goes when no file is named. SQLite: `backups/` inside the database's folder
 * (data/backups for the default data/redline.db): the same disk permissions as the database,
 * and covered by the `/data/` line of .gitignore. PostgreSQL has no folder of its own, so
 * `backups/` in the current folder (the checkout, under `npm run`).
 */
export function defaultBackupFile(config: DatabaseConfig, now = new Date()): string {
  const name = `redline-${backupTimestamp(now)}`;
  return config.provider === 'sqlite'
    ? path.join(path.dirname(config.filePath), 'backups', `${name}.db`)
    : path.resolve('backups', `${name}.dump`);
}

/**
 * Creates `file` empty, failing if it exists (O_EXCL, so two backups can never share a name):
 * a backup never overwrites anything, and an unwritable place is found before any copying.
 */
export function reserveFile(file: string) {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new AppError('invalid_input', { message: `${file} cannot be written: part of ${path.dirname(file)} is a file, not a folder.` });
    }
    throw unwritable(file, error);
  }
  try {
    closeSync(openSync(file, 'wx'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new AppError('invalid_input', { message: `${file} already exists; a backup never overwrites a file, so name another one.` });
    }
    throw unwritable(file, error);
  }
}

function unwritable(file: string, error: unknown) {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return new AppError('invalid_input', { message: `${file} cannot be written (${code}); name a file in a writable folder.` });
}

export function removeFile(file: string) {
  rmSync(file, { force: true });
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
