// Searching the translation memory ignores case in every script, the same on SQLite (whose LIKE
// folds ASCII only) and PostgreSQL: "Київ", "київ" and "КИЇВ" find each other, so do "Straße",
// "STRAẞE" and "STRASSE", "Ägypten" and "ÄGYPTEN"; Arabic, which has no case, is found as written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/roles';
import { searchMemory } from '../../lib/server/memory/search-memory';
import { reviewTranslationVersion } from '../../lib/server/reviews/review-translation-version';
import { saveTranslationVersion } from '../../lib/server/translations/save-translation-version';
import { createActor, createDocument } from '../support/fixtures';
import { openTestDatabase } from './test-database';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let editor: Actor;
let reader: Actor;

/** Each pair saved and approved in `lang`; answers the targets in the order given. */
async function approve(lang: string, pairs: Array<[english: string, translation: string]>) {
  const doc = await createDocument(database.db, { paragraphs: pairs.map(([english]) => english), languages: [lang] });
  for (const [index, paragraph] of doc.paragraphs.entries()) {
    const { version } = await saveTranslationVersion({ paragraphId: paragraph.id, lang, text: pairs[index][1], baseVersionId: null, actor: editor });
    await reviewTranslationVersion({ versionId: version.versionId, decision: 'approved', overrideReason: 'test text', actor: editor });
  }
}

const found = async (lang: string, query: string) => (await searchMemory({ lang, query, actor: reader })).map((pair) => pair.target).sort();

beforeAll(async () => {
  database = await openTestDatabase();
  editor = await createActor(database.db, 'editor');
  reader = await createActor(database.db, 'reader');
  await approve('uk', [
    ['Attack on Kyiv', 'Атака на Київ'],
    ['Kyiv was hit at night.', 'у київі вночі були вибухи'],
    ['KYIV, 24 April', 'КИЇВ, 24 квітня'],
    ['Odesa port', 'Порт Одеси'],
  ]);
  await approve('de', [
    ['The road to Egypt', 'Die Straße nach Ägypten'],
    ['BIG PLANS', 'GROẞE PLÄNE'],
    ['The street', 'Die Strasse'],
    ['Fifty percent', '50 % der Stimmen'],
  ]);
  await approve('ar', [
    ['Attack on Kyiv', 'هجوم على كييف'],
    ['Moscow', 'موسكو'],
  ]);
});
afterAll(() => database.close());

describe('memory search ignores case beyond ASCII', () => {
  it.each(['Київ', 'київ', 'КИЇВ', 'кИїВ'])('Ukrainian: %s finds every form of the word', async (query) => {
    expect(await found('uk', query)).toEqual(['КИЇВ, 24 квітня', 'Атака на Київ', 'у київі вночі були вибухи'].sort());
  });

  it('Ukrainian: a word that is not there finds nothing', async () => {
    expect(await found('uk', 'Харків')).toEqual([]);
  });

  it('by the English side too', async () => {
    expect(await found('uk', 'kyiv')).toEqual(['КИЇВ, 24 квітня', 'Атака на Київ', 'у київі вночі були вибухи'].sort());
  });

  it.each([
    ['Straße', ['Die Strasse', 'Die Straße nach Ägypten']],
    ['STRAẞE', ['Die Strasse', 'Die Straße nach Ägypten']],
    ['STRASSE', ['Die Strasse', 'Die Straße nach Ägypten']],
    ['große', ['GROẞE PLÄNE']],
    ['GROSSE', ['GROẞE PLÄNE']],
    ['ägypten', ['Die Straße nach Ägypten']],
    ['ÄGYPTEN', ['Die Straße nach Ägypten']],
    ['pläne', ['GROẞE PLÄNE']],
    // Ä written as A and a combining diaeresis, as some keyboards and tools send it.
    ['A\u0308gypten', ['Die Straße nach Ägypten']],
  ])('German: %s', async (query, expected) => {
    expect(await found('de', query)).toEqual([...expected].sort());
  });

  it.each([
    ['كييف', ['هجوم على كييف']],
    ['موسكو', ['موسكو']],
    ['لندن', []],
  ])('Arabic: %s', async (query, expected) => {
    expect(await found('ar', query)).toEqual(expected);
  });

  it('takes % and _ as themselves, not as wildcards', async () => {
    expect(await found('de', '0 %')).toEqual(['50 % der Stimmen']);
    expect(await found('de', '%%')).toEqual([]);
    expect(await found('de', '__')).toEqual([]);
  });
});
