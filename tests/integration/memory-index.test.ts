// The translation memory asks the memory's thread's index of the English (lib/memory-english-index.ts,
// on both databases) for the texts most like the paragraph and scores only their approved pairs:
// its suggestions must be the ones that scoring every approved pair gives
// (suggestTranslationsByScan), on a memory much larger than the texts the index gives at first,
// and it must leave out what is not approved memory in the language.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_TEXTS } from '../../lib/memory-english-index';
import type { Actor } from '../../lib/roles';
import { searchable } from '../../lib/search-text';
import { dbProvider } from '../../lib/server/db';
import { approvedPairsWithout, loadApprovedPairs, loadLanguageApprovals } from '../../lib/server/memory/load-approved-pairs';
import { MEMORY_CANDIDATES } from '../../lib/server/memory/suggest-from-index';
import { suggestTranslations } from '../../lib/server/memory/suggest-translations';
import { suggestTranslationsByScan } from '../../lib/server/memory/suggest-translations-by-scan';
import { reviewTranslationVersion } from '../../lib/server/reviews/review-translation-version';
import { updateDocumentSource } from '../../lib/server/sources/update-document-source';
import { updateSourceText } from '../../lib/server/sources/update-source-text';
import { saveTranslationVersion } from '../../lib/server/translations/save-translation-version';
import { createActor, createDocument, type TestDocument } from '../support/fixtures';
import { memoryCorpus, partlyOverlapping, seededRandom } from '../support/memory-corpus';
import { openTestDatabase } from './test-database';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let editor: Actor;
let reader: Actor;

const CORPUS = memoryCorpus(600);
const germanOf = (english: string, index: number) => `[de ${index}] ${english}`;
const frenchOf = (english: string, index: number) => `[fr ${index}] ${english}`;

const REJECTED = 'The Kremlin described the proposal for a naval ceasefire in the Black Sea as premature.';
const OWN = 'The port of Izmail was attacked by drones for the third night in a row, the governor said.';
const FRENCH_ONLY = 'Hungary blocked the decision on the new sanctions package in Brussels on Friday.';

/** Approved translations of `english` into `lang`, written in bulk (the index reads the English, which the fixture writes as the app does). */
async function approveInBulk(docs: TestDocument[], lang: string, translate: (english: string, index: number) => string, every = 1) {
  const start = Date.UTC(2026, 0, 1);
  let index = 0;
  for (const doc of docs) {
    const versions = [];
    const reviews = [];
    for (const paragraph of doc.paragraphs) {
      const at = new Date(start + index * 60_000);
      if (index % every === 0) {
        const id = randomUUID();
        versions.push({ id, paragraphId: paragraph.id, languageCode: lang, number: 1, ...searchable(translate(paragraph.text, index)), authorId: editor.id, sourceVersionId: paragraph.sourceVersionId, createdAt: at });
        reviews.push({ translationVersionId: id, sourceVersionId: paragraph.sourceVersionId, reviewerId: editor.id, decision: 'approved', createdAt: at });
      }
      index++;
    }
    await database.db.translationVersion.createMany({ data: versions });
    await database.db.review.createMany({ data: reviews });
  }
}

async function saveAndApprove(paragraphId: string, lang: string, text: string) {
  const { version } = await saveTranslationVersion({ paragraphId, lang, text, baseVersionId: null, actor: editor });
  await reviewTranslationVersion({ versionId: version.versionId, decision: 'approved', overrideReason: 'test text', actor: editor });
  return version.versionId;
}

const random = seededRandom(2025);
const sampled = Array.from({ length: 24 }, () => Math.floor(random.next() * CORPUS.length));
const overlapping = sampled.map((index) => ({ origin: index, text: partlyOverlapping(CORPUS[index], random) }));
const withCafe = CORPUS.findIndex((sentence) => sentence.includes('café'));
const withZelensky = CORPUS.findIndex((sentence) => sentence.startsWith('President Zelensky'));
const restyled = [
  { origin: sampled[0], text: CORPUS[sampled[0]].toUpperCase() },
  { origin: sampled[1], text: CORPUS[sampled[1]].replace(/[.,']/g, '') + ' —' },
  { origin: sampled[2], text: `“${CORPUS[sampled[2]].replace(/\.$/, '')}!”` },
  { origin: withCafe, text: CORPUS[withCafe].replace('café', 'cafe') },
  { origin: withZelensky, text: CORPUS[withZelensky].replace('Zelensky', 'Zelenský') },
];

let queries: TestDocument;

beforeAll(async () => {
  database = await openTestDatabase();
  editor = await createActor(database.db, 'editor');
  reader = await createActor(database.db, 'reader');
  expect(withCafe).toBeGreaterThanOrEqual(0);
  expect(withZelensky).toBeGreaterThanOrEqual(0);
  const docs: TestDocument[] = [];
  for (let start = 0; start < CORPUS.length; start += 100) {
    docs.push(await createDocument(database.db, { paragraphs: CORPUS.slice(start, start + 100), languages: ['de', 'fr'], title: `Corpus ${start}` }));
  }
  await approveInBulk(docs, 'de', germanOf);
  await approveInBulk(docs, 'fr', frenchOf, 4);
  const french = await createDocument(database.db, { paragraphs: ['Sanctions', FRENCH_ONLY], languages: ['de', 'fr'] });
  await saveAndApprove(french.paragraphs[1].id, 'fr', 'La Hongrie a bloqué la décision sur le nouveau paquet de sanctions à Bruxelles vendredi.');
  queries = await createDocument(database.db, {
    paragraphs: [...overlapping.map((query) => query.text), ...restyled.map((query) => query.text), REJECTED, OWN, FRENCH_ONLY],
    languages: ['de', 'fr'],
  });
});
afterAll(() => database.close());

const paragraphOf = (text: string) => queries.paragraphs.find((paragraph) => paragraph.text === text)!;
const indexed = (paragraphId: string, lang = 'de') => suggestTranslations({ paragraphId, lang, actor: reader });
const scanned = (paragraphId: string, lang = 'de') => suggestTranslationsByScan({ paragraphId, lang });

describe('memory suggestions from the index', () => {
  it('the memory is larger than the texts the index gives at first, and than the imported units ranked', () => {
    expect(CORPUS.length).toBeGreaterThan(10 * FIRST_TEXTS);
    expect(CORPUS.length).toBeGreaterThan(2 * MEMORY_CANDIDATES);
  });

  it('a paragraph whose words partly overlap an approved one: the same suggestions as scoring every pair, the overlapping one first', async () => {
    for (const query of overlapping) {
      const id = paragraphOf(query.text).id;
      const [fromIndex, fromScan] = await Promise.all([indexed(id), scanned(id)]);
      expect(fromIndex.suggestions, query.text).toEqual(fromScan.suggestions);
      expect(fromIndex.suggestions[0]?.target, query.text).toBe(germanOf(CORPUS[query.origin], query.origin));
      expect(fromIndex.suggestions[0].score).toBeGreaterThanOrEqual(50);
      expect(fromIndex.suggestions[0].score).toBeLessThan(100);
    }
  });

  it('punctuation, case and diacritics do not hide the approved sentence', async () => {
    for (const query of restyled) {
      const id = paragraphOf(query.text).id;
      const [fromIndex, fromScan] = await Promise.all([indexed(id), scanned(id)]);
      expect(fromIndex.suggestions, query.text).toEqual(fromScan.suggestions);
      expect(fromIndex.suggestions[0]?.target, query.text).toBe(germanOf(CORPUS[query.origin], query.origin));
    }
  });

  it('an approval that a later rejection revoked is not suggested', async () => {
    const story = await createDocument(database.db, { paragraphs: ['Black Sea', REJECTED], languages: ['de'] });
    const versionId = await saveAndApprove(story.paragraphs[1].id, 'de', 'Der Kreml nannte den Vorschlag einer Waffenruhe im Schwarzen Meer verfrüht.');
    const query = paragraphOf(REJECTED).id;
    expect((await indexed(query)).suggestions[0]).toMatchObject({ versionId, score: 100 });
    await reviewTranslationVersion({ versionId, decision: 'rejected', comment: 'Not what the Kremlin said.', actor: editor });
    const [fromIndex, fromScan] = await Promise.all([indexed(query), scanned(query)]);
    expect(fromIndex.suggestions.map((suggestion) => suggestion.versionId)).not.toContain(versionId);
    expect(fromIndex.suggestions).toEqual(fromScan.suggestions);
  });

  it('a version rejected first and approved later is memory: the latest decision counts', async () => {
    const english = 'The Kremlin called the proposal for a naval ceasefire in the Black Sea premature and one-sided.';
    const story = await createDocument(database.db, { paragraphs: ['Black Sea', english], languages: ['de'] });
    const { version } = await saveTranslationVersion({ paragraphId: story.paragraphs[1].id, lang: 'de', text: 'Der Kreml nannte den Vorschlag verfrüht und einseitig.', baseVersionId: null, actor: editor });
    await reviewTranslationVersion({ versionId: version.versionId, decision: 'rejected', comment: 'Say what the Kremlin said.', actor: editor });
    await reviewTranslationVersion({ versionId: version.versionId, decision: 'approved', overrideReason: 'test text', actor: editor });
    const probe = await createDocument(database.db, { paragraphs: ['Probe', english], languages: ['de'] });
    const [fromIndex, fromScan] = await Promise.all([indexed(probe.paragraphs[1].id), scanned(probe.paragraphs[1].id)]);
    expect(fromIndex.suggestions[0]).toMatchObject({ versionId: version.versionId, score: 100 });
    expect(fromIndex.suggestions).toEqual(fromScan.suggestions);
  });

  it("a paragraph's own approved translation is not suggested for it, but is for the same English elsewhere", async () => {
    const own = paragraphOf(OWN).id;
    const versionId = await saveAndApprove(own, 'de', 'Der Hafen von Ismajil wurde die dritte Nacht in Folge von Drohnen angegriffen, sagte der Gouverneur.');
    const [fromIndex, fromScan] = await Promise.all([indexed(own), scanned(own)]);
    expect(fromIndex.suggestions.map((suggestion) => suggestion.versionId)).not.toContain(versionId);
    expect(fromIndex.suggestions).toEqual(fromScan.suggestions);
    const elsewhere = await createDocument(database.db, { paragraphs: ['Izmail', OWN], languages: ['de'] });
    expect((await indexed(elsewhere.paragraphs[1].id)).suggestions[0]).toMatchObject({ versionId, score: 100 });
  });

  it('an approved text is found behind more unapproved copies of the paragraph than the index gives at first', async () => {
    const english = 'The city council of Lviv approved a new budget for the repair of schools damaged by shelling.';
    const close = 'The city council of Lviv approved a new budget for the repair of hospitals damaged by shelling.';
    const copies = await createDocument(database.db, { paragraphs: Array.from({ length: 120 }, () => english), languages: ['de'] });
    const story = await createDocument(database.db, { paragraphs: ['Lviv', close], languages: ['de'] });
    const versionId = await saveAndApprove(story.paragraphs[1].id, 'de', 'Der Stadtrat von Lwiw beschloss einen neuen Haushalt für die Reparatur beschossener Krankenhäuser.');
    const [fromIndex, fromScan] = await Promise.all([indexed(copies.paragraphs[0].id), scanned(copies.paragraphs[0].id)]);
    expect(fromIndex.suggestions[0]).toMatchObject({ versionId, source: close });
    expect(fromIndex.suggestions).toEqual(fromScan.suggestions);
  });

  it('a translation into another language is not suggested', async () => {
    const id = paragraphOf(FRENCH_ONLY).id;
    const german = await indexed(id, 'de');
    expect(german.suggestions.every((suggestion) => !suggestion.target.startsWith('La Hongrie') && !suggestion.target.startsWith('[fr'))).toBe(true);
    expect(german.suggestions).toEqual((await scanned(id, 'de')).suggestions);
    const french = await indexed(id, 'fr');
    expect(french.suggestions[0]).toMatchObject({ score: 100, target: expect.stringMatching(/^La Hongrie/) });
    expect(french.suggestions).toEqual((await scanned(id, 'fr')).suggestions);
  });

  it('an approval stays memory when the English changes later or the update of the story removes the paragraph', async () => {
    const before = 'Grain exports through the Danube ports rose sharply in March.';
    const after = 'Grain exports through the Danube ports rose sharply in March and April.';
    const story = await createDocument(database.db, { paragraphs: ['Grain', before, 'Kyiv welcomed the figures.'], languages: ['de'] });
    const versionId = await saveAndApprove(story.paragraphs[1].id, 'de', 'Die Getreideexporte über die Donauhäfen stiegen im März stark an.');
    await updateSourceText({ paragraphId: story.paragraphs[1].id, text: after, baseVersionId: story.paragraphs[1].sourceVersionId, actor: editor });
    const probe = await createDocument(database.db, { paragraphs: ['Probe', before, after], languages: ['de'] });
    expect((await indexed(probe.paragraphs[1].id)).suggestions[0]).toMatchObject({ versionId, score: 100, source: before });
    expect((await indexed(probe.paragraphs[2].id)).suggestions[0]).toMatchObject({ versionId, source: before });

    await updateDocumentSource({ slug: story.slug, article: { format: 'text', content: 'Grain\nKyiv welcomed the figures.' }, actor: editor });
    const removed = await database.db.paragraph.findUniqueOrThrow({ where: { id: story.paragraphs[1].id }, select: { removedAt: true } });
    expect(removed.removedAt).not.toBeNull();
    const [fromIndex, fromScan] = await Promise.all([indexed(probe.paragraphs[1].id), scanned(probe.paragraphs[1].id)]);
    expect(fromIndex.suggestions[0]).toMatchObject({ versionId, score: 100 });
    expect(fromIndex.suggestions).toEqual(fromScan.suggestions);
  });

  it('a deleted document and a deleted imported unit leave the index with them (the app deletes neither; a person may, by hand)', async () => {
    const english = 'The ferry between Helsinki and Tallinn resumed service after the storm on Wednesday.';
    const imported = 'The railway bridge over the Dnipro in Zaporizhzhia reopened for freight trains.';
    const story = await createDocument(database.db, { paragraphs: ['Ferry', english], languages: ['de'] });
    const versionId = await saveAndApprove(story.paragraphs[1].id, 'de', 'Die Fähre zwischen Helsinki und Tallinn nahm nach dem Sturm am Mittwoch den Betrieb wieder auf.');
    const unit = await database.db.importedMemoryUnit.create({
      data: {
        languageCode: 'de',
        source: imported,
        searchText: searchable(imported).searchText,
        target: 'Die Eisenbahnbrücke über den Dnipro in Saporischschja wurde für Güterzüge wieder geöffnet.',
        targetSearchText: searchable('Die Eisenbahnbrücke über den Dnipro in Saporischschja wurde für Güterzüge wieder geöffnet.').searchText,
        pairHash: randomUUID(),
        origin: 'agency.tmx',
        importedById: editor.id,
      },
      select: { id: true },
    });
    const probe = await createDocument(database.db, { paragraphs: ['Probe', english, imported], languages: ['de'] });
    expect((await indexed(probe.paragraphs[1].id)).suggestions[0]).toMatchObject({ versionId, score: 100 });
    expect((await indexed(probe.paragraphs[2].id)).suggestions[0]).toMatchObject({ imported: { unitId: unit.id }, score: 100 });

    // Reviews first: their English version's key does not cascade (PostgreSQL refuses the document's delete before).
    await database.db.review.deleteMany({ where: { translationVersion: { paragraph: { documentId: story.id } } } });
    await database.db.document.delete({ where: { id: story.id } });
    await database.db.importedMemoryUnit.delete({ where: { id: unit.id } });
    if (dbProvider() === 'sqlite') {
      // The imported units' FTS5 table is kept by triggers (PostgreSQL's index is on the rows
      // themselves): no row outlives its text. The memory's index of the English in memory keeps
      // the deleted text; the database has no pair of it to give (below).
      const left = await database.db.$queryRaw<Array<{ rows: number | bigint }>>`SELECT count(*) AS "rows" FROM "ImportedMemoryUnitFts" WHERE "unitId" = ${unit.id}`;
      expect(Number(left[0].rows)).toBe(0);
    }
    for (const paragraph of probe.paragraphs.slice(1)) {
      const [fromIndex, fromScan] = await Promise.all([indexed(paragraph.id), scanned(paragraph.id)]);
      expect(fromIndex.suggestions.filter((suggestion) => suggestion.score === 100)).toEqual([]);
      expect(fromIndex.suggestions).toEqual(fromScan.suggestions);
    }
  });
});

describe("the benchmark's brute force", () => {
  it("leaves one paragraph's pairs out of the language's approvals read once, as reading them without it does", async () => {
    const english = 'Ukrainian grain left the port of Odesa on three ships on Thursday, the ministry said.';
    const german = 'Ukrainisches Getreide verließ am Donnerstag auf drei Schiffen den Hafen von Odessa, teilte das Ministerium mit.';
    const twice = await createDocument(database.db, { paragraphs: ['Grain', english, english], languages: ['de'] });
    await saveAndApprove(twice.paragraphs[1].id, 'de', german);
    await saveAndApprove(twice.paragraphs[2].id, 'de', german);
    const approvals = await loadLanguageApprovals(database.db, 'de');
    for (const paragraph of [...twice.paragraphs, paragraphOf(OWN), queries.paragraphs[0]]) {
      const without = approvedPairsWithout(approvals, paragraph.id);
      expect(without).toEqual(await loadApprovedPairs(database.db, { lang: 'de', excludeParagraphId: paragraph.id, window: null }));
      // The same text approved in the other paragraph is still memory.
      expect(without.filter((pair) => pair.source === english && pair.target === german)).toHaveLength(1);
    }
  });
});
