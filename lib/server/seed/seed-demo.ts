// Seeds the demo database: languages, the demo accounts and the WELT article with its
// translations and history, so every status shows on first start. Idempotent: what exists is
// left alone. The article is written in one transaction, so a failure leaves nothing half-done.
import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { PrismaClient } from '../generated/prisma/client';
import { searchable } from '../../search-text';
import type { Tx } from '../db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { LANGUAGES } from './languages';
import { seedGlossary } from './seed-glossary';
import { DEMO_DOCUMENT, readDemoSeed, type DemoSeed, type ParagraphHistory } from './read-demo-seed';

export type SeedReport = { languages: number; accountsCreated: number; documentCreated: boolean; glossaryTerms: number };

export async function seedDemo(db: PrismaClient, seed: DemoSeed = readDemoSeed()): Promise<SeedReport> {
  for (const language of LANGUAGES) {
    await db.language.upsert({ where: { code: language.code }, create: language, update: {} });
  }
  const accountsCreated = await createMissingAccounts(db);
  const glossaryTerms = await seedGlossary(db);
  const exists = await db.document.findUnique({ where: { slug: DEMO_DOCUMENT.slug }, select: { id: true } });
  if (!exists) {
    await db.$transaction((tx) => writeDocument(tx, seed), { timeout: 60_000, maxWait: 10_000 });
  }
  return { languages: LANGUAGES.length, accountsCreated, documentCreated: !exists, glossaryTerms };
}

async function createMissingAccounts(db: PrismaClient): Promise<number> {
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (await db.user.findUnique({ where: { email: account.email }, select: { id: true } })) continue;
    const password = await hashPassword(DEMO_PASSWORD);
    const id = randomUUID();
    await db.user.create({
      data: {
        id,
        email: account.email,
        name: account.name,
        role: account.role,
        emailVerified: true,
        accounts: { create: { id: randomUUID(), accountId: id, providerId: 'credential', password } },
        languages: { create: account.languages.map((languageCode) => ({ languageCode })) },
      },
    });
    created += 1;
  }
  return created;
}

/** Hands out increasing timestamps, so the history reads as a morning's work on the story. */
function clock(start: Date) {
  let minutes = 0;
  return () => new Date(start.getTime() + (minutes += 3) * 60_000);
}

async function writeDocument(tx: Tx, { article, translations, history }: DemoSeed) {
  const now = clock(new Date('2025-04-24T05:30:00Z'));
  const users = new Map((await tx.user.findMany({ select: { id: true, email: true } })).map((u) => [u.email, u.id]));
  const userId = (email: string) => {
    const id = users.get(email);
    if (!id) throw new Error(`The seed names ${email}, who is not a demo account.`);
    return id;
  };
  const translatorOf = (lang: string) =>
    DEMO_ACCOUNTS.find((account) => account.role === 'translator' && account.languages.includes(lang))!.email;

  const document = await tx.document.create({
    data: {
      slug: DEMO_DOCUMENT.slug,
      title: article.title,
      sourceLang: DEMO_DOCUMENT.sourceLang,
      createdAt: now(),
      languages: { create: DEMO_DOCUMENT.languages.map((languageCode) => ({ languageCode })) },
    },
  });

  const updates = new Map(history.sourceUpdates.map((update) => [update.paragraph, update]));
  const paragraphs: Array<{ id: string; sourceVersionId: string }> = [];
  for (const paragraph of article.paragraphs) {
    const firstText = updates.get(paragraph.position)?.before ?? paragraph.text;
    const created = await tx.paragraph.create({
      data: {
        documentId: document.id,
        position: paragraph.position,
        kind: paragraph.kind,
        createdAt: document.createdAt,
        sourceVersions: { create: { number: 1, ...searchable(firstText), createdAt: document.createdAt } },
      },
      select: { id: true, sourceVersions: { select: { id: true } } },
    });
    paragraphs.push({ id: created.id, sourceVersionId: created.sourceVersions[0].id });
  }

  const writeLanguage = async (lang: string) => {
    const lines = translations[lang] ?? [];
    for (const [index, text] of lines.entries()) {
      if (!text) continue;
      const entry: ParagraphHistory = history.translations[lang]?.[String(index + 1)] ?? {};
      const { id: paragraphId, sourceVersionId } = paragraphs[index];
      const versions = [...(entry.drafts ?? []), { author: entry.currentAuthor ?? translatorOf(lang), text }];
      let baseVersionId: string | null = null;
      let current = { id: '' };
      for (const [number, version] of versions.entries()) {
        current = await tx.translationVersion.create({
          data: {
            paragraphId,
            languageCode: lang,
            number: number + 1,
            ...searchable(version.text),
            authorId: userId(version.author),
            baseVersionId,
            sourceVersionId,
            createdAt: now(),
          },
          select: { id: true },
        });
        baseVersionId = current.id;
      }
      if (entry.review) {
        await tx.review.create({
          data: {
            translationVersionId: current.id,
            sourceVersionId,
            reviewerId: userId('editor@example.com'),
            decision: entry.review.decision,
            comment: entry.review.decision === 'rejected' ? entry.review.comment : null,
            createdAt: now(),
          },
        });
      }
    }
  };

  // The German desk translated the first version of the story; then the editor updated the
  // English (history.sourceUpdates), which leaves those German paragraphs outdated; the other
  // desks translated the updated story.
  await writeLanguage('de');
  for (const update of history.sourceUpdates) {
    const paragraph = paragraphs[update.paragraph - 1];
    const created = await tx.sourceVersion.create({
      data: {
        paragraphId: paragraph.id,
        number: 2,
        ...searchable(article.paragraphs[update.paragraph - 1].text),
        authorId: userId(update.editor),
        createdAt: now(),
      },
    });
    paragraph.sourceVersionId = created.id;
  }
  for (const lang of DEMO_DOCUMENT.languages.filter((code) => code !== 'de')) await writeLanguage(lang);
}
