// Test data with unique names, written straight through Prisma, so every test makes what it
// needs and tests run in parallel without a global reset. Used by integration and e2e tests.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../lib/server/generated/prisma/client';
import type { Actor, Role } from '../../lib/roles';
import { LANGUAGES } from '../../lib/server/seed/languages';
import { searchable } from '../../lib/search-text';

export function uniqueName(prefix: string) {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function ensureLanguages(db: PrismaClient) {
  for (const language of LANGUAGES) {
    await db.language.upsert({ where: { code: language.code }, create: language, update: {} });
  }
}

/** A user with no password: for service-level tests, which act as an Actor directly. */
export async function createActor(db: PrismaClient, role: Role, languages: string[] = []): Promise<Actor> {
  const id = randomUUID();
  const email = `${uniqueName(role)}@test.example`;
  await db.user.create({
    data: { id, email, name: `Test ${role} ${id.slice(0, 4)}`, role, languages: { create: languages.map((languageCode) => ({ languageCode })) } },
  });
  return { id, name: `Test ${role} ${id.slice(0, 4)}`, email, role, languages };
}

export type TestDocument = {
  id: string;
  slug: string;
  paragraphs: Array<{ id: string; sourceVersionId: string; text: string }>;
};

/** A document with the given English paragraphs (a headline, then body) and target languages. */
export async function createDocument(
  db: PrismaClient,
  {
    paragraphs,
    languages = ['de', 'fr', 'uk', 'ar'],
    title = 'Test story',
    deadline = null,
    createdAt,
  }: { paragraphs: string[]; languages?: string[]; title?: string; deadline?: Date | null; createdAt?: Date },
): Promise<TestDocument> {
  await ensureLanguages(db);
  const slug = uniqueName('story');
  const document = await db.document.create({
    data: {
      slug,
      title,
      deadline,
      ...(createdAt ? { createdAt } : {}),
      sourceLang: 'en',
      languages: { create: languages.map((languageCode) => ({ languageCode })) },
      paragraphs: {
        create: paragraphs.map((text, index) => ({
          position: index + 1,
          kind: index === 0 ? 'headline' : 'body',
          sourceVersions: { create: { number: 1, ...searchable(text) } },
        })),
      },
    },
    select: {
      id: true,
      paragraphs: { orderBy: { position: 'asc' }, select: { id: true, sourceVersions: { select: { id: true, text: true } } } },
    },
  });
  return {
    id: document.id,
    slug,
    paragraphs: document.paragraphs.map((p) => ({ id: p.id, sourceVersionId: p.sourceVersions[0].id, text: p.sourceVersions[0].text })),
  };
}

/** Appends a translation version as `author` would save it, based on the current one. */
export async function addTranslation(db: PrismaClient, paragraph: { id: string; sourceVersionId: string }, lang: string, text: string, authorId: string) {
  const current = await db.translationVersion.findFirst({
    where: { paragraphId: paragraph.id, languageCode: lang },
    orderBy: { number: 'desc' },
  });
  return db.translationVersion.create({
    data: {
      paragraphId: paragraph.id,
      languageCode: lang,
      number: (current?.number ?? 0) + 1,
      ...searchable(text),
      authorId,
      baseVersionId: current?.id ?? null,
      sourceVersionId: paragraph.sourceVersionId,
    },
  });
}
