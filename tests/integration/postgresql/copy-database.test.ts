// `npm run db:copy`: a newsroom's SQLite database, demo history and all, copied into PostgreSQL
// row for row, after which the app goes on from where it was (version numbers continue).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatabaseConfig } from '../../../lib/server/database-config';
import { createPrismaClient, type PrismaClient } from '../../../lib/server/prisma-client';
import { seedDemo } from '../../../lib/server/seed/seed-demo';
import { saveTranslationVersion } from '../../../lib/server/translations/save-translation-version';
import { loadActor } from '../../../lib/server/session';
import { migrateDatabase } from '../../../prisma/migrate';
import { COPIED_MODELS, copyDatabase } from '../../../scripts/db-copy';
import { openTestDatabase, type TestDatabase } from '../test-database';
import { searchable } from '../../../lib/search-text';

const MODELS = COPIED_MODELS;

let scratch: string;
let sqlite: PrismaClient;
let postgres: TestDatabase;

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'redline-copy-'));
  const config = readDatabaseConfig(`file:${path.join(scratch, 'newsroom.db')}`);
  await migrateDatabase(config);
  sqlite = createPrismaClient(config);
  await seedDemo(sqlite);
  // A webhook with a delivery still waiting for a retry: it goes on from PostgreSQL.
  await sqlite.webhook.create({
    data: {
      url: 'https://cms.newsroom.example/hook',
      events: 'translation.approved',
      secret: 'whsec_copied',
      deliveries: { create: { status: 'failed', attempts: 2, nextAttemptAt: new Date(), responseCode: 502, event: { create: { event: 'translation.approved', data: '{}' } } } },
    },
  });
  const admin = await sqlite.user.findFirstOrThrow({ where: { role: 'admin' } });
  await sqlite.apiToken.create({ data: { userId: admin.id, name: 'CMS', tokenHash: 'a'.repeat(64), lastUsedAt: new Date() } });
  await sqlite.invitation.create({ data: { userId: admin.id, tokenHash: 'b'.repeat(64), expiresAt: new Date(Date.now() + 86_400_000), createdById: admin.id } });
  postgres = await openTestDatabase();
});

afterAll(async () => {
  await sqlite?.$disconnect();
  await postgres?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Columns PostgreSQL alone has (`// postgresql only` in prisma/models.prisma), which it fills itself: the order English versions were written in. */
const POSTGRESQL_ONLY = new Set(['seq']);

async function rows(db: PrismaClient, model: string) {
  const all = (await (db as unknown as Record<string, { findMany: () => Promise<object[]> }>)[model].findMany()) as Array<Record<string, unknown>>;
  return all.map((row) => JSON.stringify(row, Object.keys(row).filter((key) => !POSTGRESQL_ONLY.has(key)).sort())).sort();
}

describe('copying a SQLite database into PostgreSQL', () => {
  it('copies every row of every table with its ids, and the app goes on from there', async () => {
    await addCarriedApproval(sqlite);
    const copied = await copyDatabase(sqlite, postgres.db);
    expect(copied.translationVersion).toBeGreaterThan(80);
    expect(copied.review).toBeGreaterThan(10);
    for (const model of MODELS) {
      expect(await rows(postgres.db, model), model).toEqual(await rows(sqlite, model));
    }

    const head = await postgres.db.translationVersion.findFirstOrThrow({
      where: { languageCode: 'de', number: { gt: 1 } },
      orderBy: [{ number: 'desc' }, { id: 'asc' }],
    });
    const user = await postgres.db.user.findUniqueOrThrow({ where: { email: 'translator.de@example.com' } });
    const actor = (await loadActor(user.id))!;
    const saved = await saveTranslationVersion({ paragraphId: head.paragraphId, lang: 'de', text: `${head.text} (nach dem Umzug)`, baseVersionId: head.id, actor });
    expect(saved.version.number).toBe(head.number + 1);
    await expect(
      saveTranslationVersion({ paragraphId: head.paragraphId, lang: 'de', text: 'Veraltet.', baseVersionId: head.baseVersionId, actor }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('from PostgreSQL into another PostgreSQL database the target numbers the English versions itself, and new ones follow', async () => {
    const target = await openTestDatabase();
    try {
      await copyDatabase(postgres.db, target.db);
      expect(await rows(target.db, 'sourceVersion')).toEqual(await rows(postgres.db, 'sourceVersion'));
      const latest = await target.db.sourceVersion.findFirstOrThrow({ orderBy: [{ number: 'desc' }, { id: 'asc' }] });
      const next = await target.db.sourceVersion.create({ data: { paragraphId: latest.paragraphId, number: latest.number + 1, ...searchable('Written after the copy.') } });
      expect(next.number).toBe(latest.number + 1);
    } finally {
      await target.close();
    }
  });
});

/**
 * An approval carried over to a new version with the approved text (a review naming another
 * review), under an id that sorts before the review it carries.
 */
async function addCarriedApproval(db: PrismaClient) {
  const approval = await db.review.findFirstOrThrow({ where: { decision: 'approved' }, include: { translationVersion: true }, orderBy: { id: 'asc' } });
  const { paragraphId, languageCode, text, authorId, sourceVersionId } = approval.translationVersion;
  const head = await db.translationVersion.findFirstOrThrow({ where: { paragraphId, languageCode }, orderBy: { number: 'desc' } });
  const version = await db.translationVersion.create({
    data: { paragraphId, languageCode, number: head.number + 1, ...searchable(text), authorId, baseVersionId: head.id, sourceVersionId },
  });
  await db.review.create({
    data: {
      id: '0-carried-approval',
      translationVersionId: version.id,
      sourceVersionId: approval.sourceVersionId,
      reviewerId: approval.reviewerId,
      decision: 'approved',
      carriedFromReviewId: approval.id,
    },
  });
}
