import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../lib/server/seed/seed-demo';
import { readDemoSeed } from '../../lib/server/seed/read-demo-seed';
import { getDocumentTranslation } from '../../lib/server/documents/get-document-translation';
import { countParagraphStatuses } from '../../lib/server/documents/count-paragraph-statuses';
import { loadParagraphStates } from '../../lib/server/documents/load-paragraph-states';
import { emptyStatusCounts } from '../../lib/paragraph-status';
import { loadActor } from '../../lib/server/session';
import { openTestDatabase } from './test-database';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db);
});
afterAll(() => database.close());

async function counts() {
  const db = database.db;
  return {
    users: await db.user.count(),
    accounts: await db.account.count(),
    documents: await db.document.count(),
    paragraphs: await db.paragraph.count(),
    sourceVersions: await db.sourceVersion.count(),
    translationVersions: await db.translationVersion.count(),
    reviews: await db.review.count(),
    glossaryTerms: await db.glossaryTerm.count(),
  };
}

async function germanWorkbench() {
  const editor = await database.db.user.findUniqueOrThrow({ where: { email: 'editor@example.com' } });
  return getDocumentTranslation({ slug: 'welt-trump-putin', lang: 'de', actor: (await loadActor(editor.id))! });
}

describe('the demo seed', () => {
  it('creates the demo accounts with roles, languages and hashed passwords', async () => {
    const users = await database.db.user.findMany({ include: { accounts: true, languages: true }, orderBy: { email: 'asc' } });
    expect(users.map((u) => [u.email, u.role, u.languages.map((l) => l.languageCode)])).toEqual([
      ['admin@example.com', 'admin', []],
      ['editor@example.com', 'editor', []],
      ['translator.ar@example.com', 'translator', ['ar']],
      ['translator.de@example.com', 'translator', ['de']],
      ['translator.fr@example.com', 'translator', ['fr']],
      ['translator.uk@example.com', 'translator', ['uk']],
    ]);
    for (const user of users) {
      expect(user.accounts[0].password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
      expect(user.accounts[0].password).not.toContain('redline-demo');
    }
  });

  it('imports the WELT article in order with its German translation', async () => {
    const { document, paragraphs } = await germanWorkbench();
    expect(document.title).toBe('Suddenly Trump Sees a "Pretty Big Concession" on Putin\'s Side');
    expect(paragraphs).toHaveLength(25);
    expect(paragraphs[0].source.text).toBe('Thursday, April 24, 2025');
    expect(paragraphs[0].translation?.text).toBe('Donnerstag, 24. April 2025');
    expect(paragraphs.every((p) => p.translation)).toBe(true);
  });

  it('shows every status on first start', async () => {
    const { paragraphs } = await germanWorkbench();
    const statuses = new Set(paragraphs.map((p) => p.status));
    expect([...statuses].sort()).toEqual(['approved', 'in_review', 'outdated', 'rejected']);
    expect(paragraphs[8].status).toBe('rejected');
    expect(paragraphs[8].translation?.rejection?.comment).toBeTruthy();
    expect(paragraphs[13].status).toBe('outdated');
    const arabic = await getDocumentTranslation({ slug: 'welt-trump-putin', lang: 'ar', actor: (await loadActor((await database.db.user.findFirstOrThrow({ where: { role: 'admin' } })).id))! });
    expect(arabic.paragraphs.filter((p) => p.status === 'untranslated')).toHaveLength(0);
    expect(arabic.paragraphs.filter((p) => p.status === 'in_review')).toHaveLength(25);
    expect(arabic.language.direction).toBe('rtl');
  });

  it('counts the statuses (current versions only, in SQL) as the full paragraph states derive them', async () => {
    const document = await database.db.document.findUniqueOrThrow({ where: { slug: 'welt-trump-putin' }, include: { languages: true } });
    const seen = new Set<string>();
    for (const { languageCode } of document.languages) {
      const expected = emptyStatusCounts();
      const states = await loadParagraphStates(database.db, document.id, languageCode);
      for (const state of states) expected[state.status] += 1;
      const needsWork = states.filter((state) => ['untranslated', 'outdated', 'rejected'].includes(state.status)).map((state) => state.position);
      expect(await countParagraphStatuses(database.db, document.id, languageCode)).toEqual({ paragraphs: states.length, counts: expected, needsWork });
      for (const state of states) seen.add(state.status);
    }
    expect([...seen].sort()).toEqual(['approved', 'in_review', 'outdated', 'rejected']);
  });

  it('keeps several versions by different people where the history says so', async () => {
    const { paragraphs } = await germanWorkbench();
    const versions = await database.db.translationVersion.findMany({
      where: { paragraphId: paragraphs[12].id, languageCode: 'de' },
      orderBy: { number: 'asc' },
      include: { author: true },
    });
    expect(versions.map((v) => v.author.email)).toEqual(['translator.de@example.com', 'editor@example.com', 'translator.de@example.com']);
    expect(versions[1].baseVersionId).toBe(versions[0].id);
    expect(versions[2].baseVersionId).toBe(versions[1].id);
  });

  it('seeds the glossary with the article\'s names in every language', async () => {
    const zelensky = await database.db.glossaryTerm.findMany({ where: { source: 'Zelensky' }, orderBy: { targetLang: 'asc' } });
    expect(zelensky.map((term) => [term.targetLang, term.target])).toEqual([
      ['ar', 'زيلينسكي'],
      ['de', 'Selenskyj'],
      ['fr', 'Zelensky'],
      ['uk', 'Зеленський'],
    ]);
    const telegram = await database.db.glossaryTerm.findFirstOrThrow({ where: { source: 'Telegram', targetLang: 'de' } });
    expect(telegram).toMatchObject({ doNotTranslate: true, target: 'Telegram' });
  });

  it('changes nothing when it runs again', async () => {
    const before = await counts();
    const report = await seedDemo(database.db);
    expect(report).toMatchObject({ accountsCreated: 0, documentCreated: false, glossaryTerms: 0 });
    expect(await counts()).toEqual(before);
  });
});

describe('a failing seed', () => {
  it('leaves no half-written document behind', async () => {
    const other = await openTestDatabase();
    try {
      const seed = readDemoSeed();
      seed.history.translations.de['3'] = { drafts: [{ author: 'nobody@example.com', text: 'x' }] };
      await expect(seedDemo(other.db, seed)).rejects.toThrow(/nobody@example\.com/);
      expect(await other.db.document.count()).toBe(0);
      expect(await other.db.paragraph.count()).toBe(0);
      expect(await other.db.translationVersion.count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
