// Versions written before the search form existed: the search_text migration keeps every row
// (with an empty searchText) on both databases, and the backfill that runs after the migrations
// fills it in with the app's folding, so old texts are found like new ones.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readDatabaseConfig, type DatabaseConfig } from '../../lib/server/database-config';
import { createPrismaClient } from '../../lib/server/prisma-client';
import { backfillSearchText } from '../../prisma/backfill-search-text';
import { migrateDatabase } from '../../prisma/migrate';
import { migrationsDir } from '../../prisma/providers';
import { onServer, withDatabase } from '../support/postgres-server';

const MIGRATION = 'search_text';
const serverUrl = inject('postgresServerUrl');
const provider = serverUrl ? 'postgresql' : 'sqlite';

/** The SQL of each committed migration, in order, split where the search form arrives. */
function migrationSql() {
  const dir = migrationsDir(provider);
  const names = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const at = names.findIndex((name) => name.endsWith(`_${MIGRATION}`));
  expect(at).toBeGreaterThan(0);
  const sql = (name: string) => readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
  return { before: names.slice(0, at).map(sql), migration: sql(names[at]) };
}

let scratch = '';
let databaseName = '';
const created: string[] = [];
let url = '';
let run: (sql: string) => Promise<void>;

beforeAll(async () => {
  if (serverUrl) {
    databaseName = `redline_backfill_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    created.push(databaseName);
    await onServer(serverUrl, `CREATE DATABASE ${databaseName}`);
    url = withDatabase(serverUrl, databaseName);
    run = async (sql) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    };
  } else {
    scratch = mkdtempSync(path.join(tmpdir(), 'redline-backfill-'));
    url = `file:${path.join(scratch, 'old.db')}`;
    run = async (sql) => {
      const db = new Database(path.join(scratch, 'old.db'));
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
    };
  }
});
afterAll(async () => {
  if (serverUrl) for (const name of created) await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  else rmSync(scratch, { recursive: true, force: true });
});

const q = (value: string) => `'${value.replaceAll("'", "''")}'`;

describe('the search form of versions older than it', () => {
  it('is kept empty by the migration and filled by the backfill, as the app writes it', async () => {
    const { before, migration } = migrationSql();
    for (const sql of before) await run(sql);
    const texts = { english: 'Attack on KYIV', ukrainian: 'Атака на КИЇВ', german: 'Die STRAẞE', empty: '' };
    await run(`
      INSERT INTO "user" (id, name, email, "emailVerified", role, "createdAt", "updatedAt") VALUES ('u1', 'U', 'u@example.com', false, 'editor', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
      INSERT INTO "Language" (code, "englishName", "nativeName", direction) VALUES ('uk', 'Ukrainian', 'Українська', 'ltr');
      INSERT INTO "Document" (id, slug, title, "sourceLang", "createdAt") VALUES ('d1', 'old', 'Old', 'en', CURRENT_TIMESTAMP);
      INSERT INTO "Paragraph" (id, "documentId", position, kind, "createdAt") VALUES ('p1', 'd1', 1, 'body', CURRENT_TIMESTAMP);
      INSERT INTO "SourceVersion" (id, "paragraphId", number, text, "createdAt") VALUES ('s1', 'p1', 1, ${q(texts.english)}, CURRENT_TIMESTAMP);
      INSERT INTO "TranslationVersion" (id, "paragraphId", "languageCode", number, text, "authorId", "sourceVersionId", "createdAt") VALUES
        ('t1', 'p1', 'uk', 1, ${q(texts.ukrainian)}, 'u1', 's1', CURRENT_TIMESTAMP),
        ('t2', 'p1', 'uk', 2, ${q(texts.german)}, 'u1', 's1', CURRENT_TIMESTAMP),
        ('t3', 'p1', 'uk', 3, ${q(texts.empty)}, 'u1', 's1', CURRENT_TIMESTAMP);
    `.replaceAll('false', provider === 'sqlite' ? '0' : 'false'));
    await run(migration);

    const config: DatabaseConfig = readDatabaseConfig(url);
    const db = createPrismaClient(config);
    try {
      const searchTexts = async () => [
        ...(await db.sourceVersion.findMany({ orderBy: { id: 'asc' }, select: { id: true, text: true, searchText: true } })),
        ...(await db.translationVersion.findMany({ orderBy: { id: 'asc' }, select: { id: true, text: true, searchText: true } })),
      ];
      // Every row is still there, with its text; none has a search form yet.
      expect(await searchTexts()).toEqual([
        { id: 's1', text: texts.english, searchText: '' },
        { id: 't1', text: texts.ukrainian, searchText: '' },
        { id: 't2', text: texts.german, searchText: '' },
        { id: 't3', text: texts.empty, searchText: '' },
      ]);
      expect(await backfillSearchText(config)).toEqual({ sourceVersion: 1, translationVersion: 2 });
      expect(await searchTexts()).toEqual([
        { id: 's1', text: texts.english, searchText: 'attack on kyiv' },
        { id: 't1', text: texts.ukrainian, searchText: 'атака на київ' },
        { id: 't2', text: texts.german, searchText: 'die strasse' },
        { id: 't3', text: texts.empty, searchText: '' },
      ]);
      // Once done, there is nothing left to fill.
      expect(await backfillSearchText(config)).toEqual({ sourceVersion: 0, translationVersion: 0 });
    } finally {
      await db.$disconnect();
    }
  });

  it('runs with every migration, so a backfill cut short is finished on the next start', async () => {
    const fresh = serverUrl ? `redline_backfill_${randomUUID().replaceAll('-', '').slice(0, 12)}` : path.join(scratch, 'fresh.db');
    if (serverUrl) created.push(fresh);
    const config = readDatabaseConfig(serverUrl ? withDatabase(serverUrl, fresh) : `file:${fresh}`);
    await migrateDatabase(config);
    const db = createPrismaClient(config);
    try {
      const document = await db.document.create({
        data: {
          slug: 'cut-short',
          title: 'Cut short',
          sourceLang: 'en',
          paragraphs: { create: { position: 1, kind: 'body', sourceVersions: { create: { number: 1, text: 'ВІДКЛАДЕНО', searchText: '' } } } },
        },
        select: { paragraphs: { select: { sourceVersions: { select: { id: true } } } } },
      });
      await migrateDatabase(config);
      const id = document.paragraphs[0].sourceVersions[0].id;
      expect((await db.sourceVersion.findUniqueOrThrow({ where: { id } })).searchText).toBe('відкладено');
    } finally {
      await db.$disconnect();
    }
  });
});
