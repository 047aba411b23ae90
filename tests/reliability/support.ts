// Helpers of the reliability suite: the shared server, a fingerprint of the database, test data.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { PrismaClient } from '../../lib/server/generated/prisma/client';
import { createAdapterFactory, readDatabaseConfig } from '../../lib/server/database-config';
import { createDocument, type TestDocument } from '../support/fixtures';

/** The build folder of the suite's servers (REDLINE_DIST_DIR): never .next. */
export const DIST_DIR = process.env.REDLINE_RELIABILITY_DIST_DIR || '.next-reliability';

export function shared() {
  const url = process.env.REDLINE_REL_URL;
  const databaseFile = process.env.REDLINE_REL_DB;
  if (!url || !databaseFile) throw new Error('Run with tests/reliability/playwright.config.ts (its global setup starts the server).');
  return { url, databaseFile, tmp: process.env.REDLINE_REL_TMP! };
}

/** Every table of the domain and the accounts, in a stable order: sessions are left out. */
const TABLES: Array<[string, string]> = [
  ['"user"', 'id'],
  ['"account"', 'id'],
  ['Invitation', 'id'],
  ['ApiToken', 'id'],
  ['UserLanguage', 'userId, languageCode'],
  ['Language', 'code'],
  ['Document', 'id'],
  ['DocumentLanguage', 'documentId, languageCode'],
  ['Paragraph', 'id'],
  ['SourceVersion', 'id'],
  ['TranslationVersion', 'id'],
  ['Review', 'id'],
  ['Comment', 'id'],
  ['Edition', 'id'],
  ['EditionParagraph', 'editionId, position'],
  ['GlossaryTerm', 'id'],
];

/**
 * Like sessions, the record of a sign-in (a person's lastSignInAt, and the updatedAt that comes
 * with it) and of a token's last use are not changes a refused request could make.
 */
function withoutBookkeeping({ lastSignInAt: _signIn, lastUsedAt: _used, updatedAt: _updated, ...row }: Record<string, unknown>) {
  return row;
}

/** A hash of every row of the domain tables: equal before and after means nothing changed. */
export function fingerprint(databaseFile: string): string {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const hash = createHash('sha256');
    for (const [table, order] of TABLES) {
      for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).iterate()) hash.update(JSON.stringify(withoutBookkeeping(row as Record<string, unknown>)));
      hash.update('|');
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

export function prisma(databaseFile: string) {
  return new PrismaClient({ adapter: createAdapterFactory(readDatabaseConfig(`file:${databaseFile}`)) });
}

export async function makeDocument(databaseFile: string, paragraphs: string[], title?: string): Promise<TestDocument> {
  const db = prisma(databaseFile);
  try {
    return await createDocument(db, { paragraphs, title });
  } finally {
    await db.$disconnect();
  }
}

export function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}
