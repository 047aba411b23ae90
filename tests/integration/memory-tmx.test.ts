// TMX into and out of the translation memory on a real database: what an import stores, counts
// as a duplicate or skips, that a dry run and a refused file change nothing, that only editors
// import, and that imported units are suggested, searched and exported like approved pairs.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isAppError } from '../../lib/app-error';
import type { Actor } from '../../lib/roles';
import { exportTmx } from '../../lib/server/memory/export-tmx';
import { importTmx } from '../../lib/server/memory/import-tmx';
import { searchMemory } from '../../lib/server/memory/search-memory';
import { suggestTranslations } from '../../lib/server/memory/suggest-translations';
import { suggestTranslationsByScan } from '../../lib/server/memory/suggest-translations-by-scan';
import { reviewTranslationVersion } from '../../lib/server/reviews/review-translation-version';
import { saveTranslationVersion } from '../../lib/server/translations/save-translation-version';
import { parseTmx } from '../../lib/tmx/parse-tmx';
import { createDocument } from '../support/fixtures';
import { openNewsroom } from './newsroom';
import type { TestDatabase } from './test-database';

let database: TestDatabase;
let editor: Actor;
let translator: Actor;
let reader: Actor;

beforeAll(async () => {
  ({ database, actors: { editor, translator, reader } } = await openNewsroom({ editor: ['editor'], translator: ['translator', ['de']], reader: ['reader'] }));
});
afterAll(() => database.close());

const tmx = (units: string, prolog = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${prolog}<tmx version="1.4">\n<header srclang="en-US" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="agency" creationtool="Agency" creationtoolversion="2"/>\n<body>\n${units}\n</body>\n</tmx>\n`;

const tu = (english: string, translations: Record<string, string>, attributes = '') =>
  `<tu${attributes}><tuv xml:lang="en-US"><seg>${english}</seg></tuv>${Object.entries(translations)
    .map(([lang, text]) => `<tuv xml:lang="${lang}"><seg>${text}</seg></tuv>`)
    .join('')}</tu>`;

const AGENCY = tmx(
  [
    tu('The agency confirmed the ceasefire talks in Riyadh on Tuesday.', { 'de-DE': 'Die Agentur bestätigte die Gespräche über eine Waffenruhe am Dienstag in Riad.', es: 'La agencia confirmó…' }, ' creationdate="20240501T101500Z" creationid="Anna Weber"'),
    tu('The port of Odesa was attacked by drones overnight, the governor said.', { de: 'Der Hafen von Odessa wurde in der Nacht von Drohnen angegriffen, sagte der Gouverneur.', fr: 'Le port d’Odessa a été attaqué par des drones dans la nuit, a déclaré le gouverneur.' }),
    tu('Hello <bpt i="1">&lt;b&gt;</bpt>world<ept i="1">&lt;/b&gt;</ept>', { de: 'Hallo <bpt i="1">&lt;b&gt;</bpt>Welt<ept i="1">&lt;/b&gt;</ept>' }),
    tu('Only Spanish here.', { es: 'Solo español.' }),
  ].join('\n'),
);

const unitCount = () => database.db.importedMemoryUnit.count();

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('The import was not refused.');
}

describe('importing a TMX file', () => {
  it('previews without writing, then stores each pair in a language Redline has, counting the rest as skipped', async () => {
    const before = await unitCount();
    const preview = await importTmx({ xml: AGENCY, name: 'C:\\exports\\agency-2024.tmx', dryRun: true, actor: editor });
    expect(await unitCount()).toBe(before);
    expect(preview).toMatchObject({ file: 'agency-2024.tmx', dryRun: true, applied: false, units: 4, imported: 4, duplicates: 0 });

    const report = await importTmx({ xml: AGENCY, name: 'agency-2024.tmx', dryRun: false, actor: editor });
    expect({ ...report, dryRun: true, applied: false }).toEqual(preview);
    expect(report.languages).toEqual([
      { language: 'de', imported: 3, duplicates: 0 },
      { language: 'fr', imported: 1, duplicates: 0 },
    ]);
    expect(report.skipped).toEqual([{ reason: 'unknown_language', language: 'es', count: 2 }]);
    expect(await unitCount()).toBe(before + 4);
    const stored = await database.db.importedMemoryUnit.findFirstOrThrow({ where: { source: { startsWith: 'The agency confirmed' } } });
    expect(stored).toMatchObject({ languageCode: 'de', origin: 'agency-2024.tmx', authorName: 'Anna Weber', createdAt: new Date('2024-05-01T10:15:00Z'), importedById: editor.id });
    expect(await database.db.importedMemoryUnit.findFirstOrThrow({ where: { source: { startsWith: 'Hello' } } })).toMatchObject({ source: 'Hello world', target: 'Hallo Welt' });
  });

  it('counts every pair of the same file imported again as a duplicate and stores nothing twice', async () => {
    const before = await unitCount();
    const again = await importTmx({ xml: AGENCY, name: 'agency-copy.tmx', dryRun: false, actor: editor });
    expect(again).toMatchObject({ imported: 0, duplicates: 4 });
    expect(await unitCount()).toBe(before);
  });

  it('refuses bad files, naming the problem and its line, and changes nothing', async () => {
    const before = await unitCount();
    const bad = {
      malformed: tmx(tu('Broken <b>tag', { de: 'Kaputt' })),
      internalSubset: tmx(tu('a', { de: 'b' }), '<!DOCTYPE tmx [<!ENTITY boom "boom">]>\n'),
      noUnits: tmx(''),
      onlyUnknown: tmx(tu('Only Spanish.', { es: 'Solo español.' })),
      notTmx: '<?xml version="1.0"?>\n<xliff version="2.0"/>',
    };
    expect(await refusal(importTmx({ xml: bad.malformed, dryRun: false, actor: editor }))).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/line 6, column 45/) });
    expect(await refusal(importTmx({ xml: bad.internalSubset, dryRun: false, actor: editor }))).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/document type declaration on line 2 .*internal subset/) });
    expect(await refusal(importTmx({ xml: bad.noUnits, dryRun: false, actor: editor }))).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/Line 5: .*no translation units/) });
    expect(await refusal(importTmx({ xml: bad.onlyUnknown, dryRun: false, actor: editor }))).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/in es;/) });
    expect(await refusal(importTmx({ xml: bad.notTmx, dryRun: false, actor: editor }))).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/Line 2: this is not a TMX file/) });
    expect(await unitCount()).toBe(before);
  });

  describe('a large file, written 100 units at a time', () => {
    /** `count` pairs of English and German, each its own, tagged so that no other test's units match. */
    const large = (tag: string, count: number, from = 0) =>
      tmx(Array.from({ length: count }, (_, index) => tu(`${tag} report number ${from + index} from the front.`, { de: `${tag} Bericht Nummer ${from + index} von der Front.` })).join('\n'));
    const storedOf = (tag: string) => database.db.importedMemoryUnit.count({ where: { source: { startsWith: `${tag} ` } } });

    /** Runs `meanwhile` before the import's `nth` transaction (1 is the first), then lets it go on. */
    function beforeTransaction(nth: number, meanwhile: () => Promise<unknown>) {
      const transaction = database.db.$transaction.bind(database.db) as (...args: unknown[]) => Promise<unknown>;
      let calls = 0;
      return vi.spyOn(database.db, '$transaction').mockImplementation((async (...args: unknown[]) => {
        calls += 1;
        if (calls === nth) await meanwhile();
        return transaction(...args);
      }) as never);
    }

    it('stores all 1,200 units, and counts those another import stored in between as duplicates, once each', async () => {
      // Before the first part is written, another file brings units 400 to 699: three of this import's parts are partly taken.
      const spy = beforeTransaction(1, async () => {
        spy.mockRestore();
        expect(await importTmx({ xml: large('Kherson', 300, 400), name: 'other.tmx', dryRun: false, actor: editor })).toMatchObject({ imported: 300 });
      });
      let report;
      try {
        report = await importTmx({ xml: large('Kherson', 1200), name: 'front.tmx', dryRun: false, actor: editor });
      } finally {
        spy.mockRestore();
      }
      expect(report).toMatchObject({ units: 1200, imported: 900, duplicates: 300, languages: [{ language: 'de', imported: 900, duplicates: 300 }] });
      expect(await storedOf('Kherson')).toBe(1200);
      expect(await database.db.importedMemoryUnit.count({ where: { source: { startsWith: 'Kherson ' }, origin: 'other.tmx' } })).toBe(300);
    });

    it('deletes the parts it wrote when a later part fails: nothing of the file stays', async () => {
      const before = await unitCount();
      const spy = beforeTransaction(3, async () => {
        throw new Error('disk full');
      });
      try {
        await expect(importTmx({ xml: large('Mariupol', 1200), name: 'front.tmx', dryRun: false, actor: editor })).rejects.toThrow('disk full');
      } finally {
        spy.mockRestore();
      }
      expect(await unitCount()).toBe(before);
      // The same file, imported again, is stored whole.
      expect(await importTmx({ xml: large('Mariupol', 1200), name: 'front.tmx', dryRun: false, actor: editor })).toMatchObject({ imported: 1200, duplicates: 0 });
      expect(await storedOf('Mariupol')).toBe(1200);
    });
  });

  it('is for editors and admins only', async () => {
    expect((await refusal(importTmx({ xml: AGENCY, dryRun: true, actor: translator }))).code).toBe('forbidden');
    expect((await refusal(importTmx({ xml: AGENCY, dryRun: true, actor: reader }))).code).toBe('forbidden');
  });
});

describe('imported units in the memory', () => {
  it('are suggested for a similar paragraph, saying where they came from, as the brute-force scan ranks them', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Drones', 'The port of Odesa was attacked by drones on Sunday night, the governor said.'] });
    const paragraphId = doc.paragraphs[1].id;
    const indexed = await suggestTranslations({ paragraphId, lang: 'de', actor: reader });
    expect(indexed.suggestions[0]).toMatchObject({
      target: 'Der Hafen von Odessa wurde in der Nacht von Drohnen angegriffen, sagte der Gouverneur.',
      versionId: null,
      document: null,
      imported: { file: 'agency-2024.tmx', author: null, createdAt: null },
    });
    expect(indexed.suggestions[0].score).toBeGreaterThanOrEqual(50);
    expect(indexed).toEqual(await suggestTranslationsByScan({ paragraphId, lang: 'de' }));
    expect((await suggestTranslations({ paragraphId, lang: 'fr', actor: reader })).suggestions[0].target).toMatch(/^Le port d’Odessa/);
    expect((await suggestTranslations({ paragraphId, lang: 'uk', actor: reader })).suggestions).toEqual([]);
  });

  it('are found by the memory search, by their English and by their translation', async () => {
    expect((await searchMemory({ lang: 'de', query: 'riyadh', actor: reader })).map((pair) => pair.imported?.file)).toEqual(['agency-2024.tmx']);
    expect((await searchMemory({ lang: 'de', query: 'RIAD', actor: reader })).map((pair) => pair.target)).toEqual(['Die Agentur bestätigte die Gespräche über eine Waffenruhe am Dienstag in Riad.']);
  });

  it('are exported with approved pairs, and a re-import of the export is all duplicates', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Head', 'The mayor said the bridge will reopen in June.'] });
    const { version } = await saveTranslationVersion({ paragraphId: doc.paragraphs[1].id, lang: 'de', text: 'Der Bürgermeister sagte, die Brücke werde im Juni wieder geöffnet.', baseVersionId: null, actor: translator });
    await reviewTranslationVersion({ versionId: version.versionId, decision: 'approved', actor: editor });
    const file = await exportTmx({ lang: 'de', actor: reader });
    expect(file.filename).toBe('redline-memory.de.tmx');
    const units = parseTmx(file.body).units.map((unit) => ({ texts: unit.variants.map((variant) => [variant.lang, variant.text]), author: unit.creationId, hasDate: unit.creationDate !== null }));
    expect(units).toContainEqual({ texts: [['en', 'The mayor said the bridge will reopen in June.'], ['de', 'Der Bürgermeister sagte, die Brücke werde im Juni wieder geöffnet.']], author: translator.name, hasDate: true });
    expect(units).toContainEqual({ texts: [['en', 'The agency confirmed the ceasefire talks in Riyadh on Tuesday.'], ['de', 'Die Agentur bestätigte die Gespräche über eine Waffenruhe am Dienstag in Riad.']], author: 'Anna Weber', hasDate: true });
    const again = await importTmx({ xml: file.body, name: 'redline-memory.de.tmx', dryRun: false, actor: editor });
    expect(again).toMatchObject({ imported: 0, duplicates: units.length });
  });
});

describe('exporting a memory longer than one read', () => {
  it('has every approved pair and imported unit once, also where approvals and imports share a moment across the pages', async () => {
    // Ukrainian only: the other tests of this file use German and French.
    // More than a read of each (lib/server/memory: 250 approvals, 2,000 imported units).
    const approvals = 1_050;
    const imported = 2_050;
    const doc = await createDocument(database.db, { paragraphs: Array.from({ length: approvals }, (_, i) => `Story line ${i}.`), languages: ['uk'] });
    const sameMoment = new Date('2026-11-30T12:00:00Z');
    const versions = doc.paragraphs.map((paragraph, i) => ({
      id: `tmx-page-${i}`,
      paragraphId: paragraph.id,
      languageCode: 'uk',
      number: 1,
      text: `Рядок ${i}.`,
      searchText: `рядок ${i}.`,
      authorId: translator.id,
      sourceVersionId: paragraph.sourceVersionId,
    }));
    await database.db.translationVersion.createMany({ data: versions });
    await database.db.review.createMany({
      data: versions.map((version) => ({ translationVersionId: version.id, sourceVersionId: version.sourceVersionId, reviewerId: editor.id, decision: 'approved', createdAt: sameMoment })),
    });
    await database.db.importedMemoryUnit.createMany({
      data: Array.from({ length: imported }, (_, i) => ({
        languageCode: 'uk',
        source: `Agency line ${i}.`,
        searchText: `agency line ${i}.`,
        target: `Агентство ${i}.`,
        targetSearchText: `агентство ${i}.`,
        pairHash: `tmx-page-${i}`,
        origin: 'agency.tmx',
        importedById: editor.id,
        importedAt: sameMoment,
      })),
    });

    const units = parseTmx((await exportTmx({ lang: 'uk', actor: reader })).body).units;
    const sources = units.map((unit) => unit.variants.find((variant) => variant.lang === 'en')!.text);
    expect(new Set(sources).size).toBe(sources.length);
    expect(sources.filter((source) => source.startsWith('Story line '))).toHaveLength(approvals);
    expect(sources.filter((source) => source.startsWith('Agency line '))).toHaveLength(imported);
  });
});
