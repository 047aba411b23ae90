import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../lib/app-error';
import type { Actor } from '../../lib/roles';
import { loadParagraphStates } from '../../lib/server/documents/load-paragraph-states';
import { publishEdition } from '../../lib/server/editions/publish-edition';
import { exportEditionText } from '../../lib/server/interchange/export-edition-text';
import { exportI18next } from '../../lib/server/interchange/export-i18next';
import { exportXliff } from '../../lib/server/interchange/export-xliff';
import { importXliff } from '../../lib/server/interchange/import-xliff';
import { seedDemo } from '../../lib/server/seed/seed-demo';
import { loadActor } from '../../lib/server/session';
import { parseXliff } from '../../lib/xliff/parse-xliff';
import { errorCodeOf } from '../support/error-code';
import { addTranslation, createActor, createDocument, type TestDocument } from '../support/fixtures';
import { setTarget, setTargetMarkup, splitIntoSegments } from '../support/xliff-edit';
import { openTestDatabase } from './test-database';
import { XLIFF_SCHEMA } from '../support/xliff-schema';
import { searchable } from '../../lib/search-text';

// CI runs in a clone with shared/ beside it.
const SCHEMA = XLIFF_SCHEMA;

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let scratch: string;
let german: Actor;
let french: Actor;
let editor: Actor;
let reader: Actor;
let demoEditor: Actor;

beforeAll(async () => {
  database = await openTestDatabase();
  scratch = mkdtempSync(path.join(tmpdir(), 'redline-xliff-'));
  await seedDemo(database.db);
  const { db } = database;
  german = await createActor(db, 'translator', ['de']);
  french = await createActor(db, 'translator', ['fr']);
  editor = await createActor(db, 'editor');
  reader = await createActor(db, 'reader');
  const demo = await db.user.findUniqueOrThrow({ where: { email: 'editor@example.com' } });
  demoEditor = (await loadActor(demo.id))!;
});
afterAll(async () => {
  await database.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Runs xmllint against the OASIS core schema; returns its complaint, or '' when valid. */
function schemaErrors(xml: string): string {
  const file = path.join(scratch, `export-${Math.random().toString(36).slice(2)}.xlf`);
  writeFileSync(file, xml);
  try {
    execFileSync('/usr/bin/xmllint', ['--noout', '--schema', SCHEMA, file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

async function counts() {
  const { db } = database;
  return Promise.all([db.translationVersion.count(), db.review.count(), db.sourceVersion.count(), db.comment.count(), db.paragraph.count()]);
}

async function review(versionId: string, sourceVersionId: string, decision: 'approved' | 'rejected', comment?: string) {
  await database.db.review.create({ data: { translationVersionId: versionId, sourceVersionId, reviewerId: editor.id, decision, comment } });
}

/**
 * Runs `work` with `meanwhile` run before each transaction the app's client starts (the first is
 * call 1), as another request would between an import's check and its write.
 */
async function withMeanwhile<T>(meanwhile: (call: number) => Promise<unknown>, work: () => Promise<T>): Promise<T> {
  const { db } = database;
  const transaction = db.$transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  let calls = 0;
  const spy = vi.spyOn(db, '$transaction').mockImplementation((async (...args: unknown[]) => {
    await meanwhile(++calls);
    return transaction(...args);
  }) as never);
  try {
    return await work();
  } finally {
    spy.mockRestore();
  }
}

/** A story with a translation in every status: approved, in review, rejected, outdated, untranslated. */
async function storyInEveryStatus(): Promise<TestDocument> {
  const { db } = database;
  const doc = await createDocument(db, {
    paragraphs: [
      'Attack on Kyiv',
      'At least eight people died & dozens were hurt in "Kyiv".',
      'Trump wrote: <Vladimir, STOP!>',
      'Line one\nline  two, with\ttab',
      'Untranslated paragraph.',
    ],
    languages: ['de', 'fr', 'ar'],
  });
  const [p1, p2, p3, p4] = doc.paragraphs;
  const v1 = await addTranslation(db, p1, 'de', 'Angriff auf Kiew', german.id);
  await review(v1.id, p1.sourceVersionId, 'approved');
  await addTranslation(db, p2, 'de', 'Mindestens acht Menschen starben & Dutzende wurden in „Kiew“ verletzt.', german.id);
  const v3 = await addTranslation(db, p3, 'de', 'Trump schrieb: <Wladimir, STOPP!>', german.id);
  await review(v3.id, p3.sourceVersionId, 'rejected', 'Keep the quotation marks as in the source.');
  const v4 = await addTranslation(db, p4, 'de', 'Zeile eins\nZeile  zwei, mit\tTab', german.id);
  await review(v4.id, p4.sourceVersionId, 'approved');
  await db.sourceVersion.create({ data: { paragraphId: p4.id, number: 2, ...searchable('Line one\nline  two, with\ttabs'), authorId: editor.id } });
  const thread = await db.comment.create({ data: { paragraphId: p2.id, languageCode: 'de', authorId: editor.id, text: 'Is "dozens" right?' } });
  await db.comment.create({ data: { paragraphId: p2.id, languageCode: 'de', authorId: german.id, text: 'Yes, <Dutzende>.', threadId: thread.id } });
  await db.comment.create({
    data: { paragraphId: p1.id, languageCode: 'de', authorId: editor.id, text: 'Resolved long ago.', resolvedAt: new Date(), resolvedById: editor.id },
  });
  return doc;
}

async function exported(slug: string, lang = 'de') {
  return (await exportXliff({ slug, lang, actor: reader })).body;
}

describe('XLIFF export', () => {
  it('validates against the OASIS XLIFF 2.0 core schema for the WELT article in every language', async () => {
    for (const lang of ['de', 'fr', 'uk', 'ar']) {
      const file = await exportXliff({ slug: 'welt-trump-putin', lang, actor: reader });
      expect(file.filename).toBe(`welt-trump-putin.${lang}.xlf`);
      expect(file.contentType).toBe('application/xliff+xml; charset=utf-8');
      expect(schemaErrors(file.body), lang).toBe('');
    }
  });

  it('writes one unit per paragraph with its id, the state from its status, and its facts as notes', async () => {
    const { db } = database;
    const document = await db.document.findUniqueOrThrow({ where: { slug: 'welt-trump-putin' } });
    const states = await loadParagraphStates(db, document.id, 'de');
    const parsed = parseXliff(await exported('welt-trump-putin'));
    expect([parsed.srcLang, parsed.trgLang]).toEqual(['en', 'de']);
    expect(parsed.units.map((unit) => unit.id)).toEqual(states.map((state) => state.id));
    const expectedState = { approved: 'final', in_review: 'translated', rejected: 'initial', outdated: 'initial', untranslated: 'initial' };
    for (const [index, unit] of parsed.units.entries()) {
      const state = states[index];
      expect(unit.state, `paragraph ${index + 1}`).toBe(expectedState[state.status]);
      expect(unit.source).toBe(state.source.text);
      expect(unit.target).toBe(state.translation?.text ?? null);
      const notes = Object.fromEntries(unit.notes.map((note) => [note.category, note.text]));
      expect(notes).toMatchObject({ position: String(index + 1), kind: state.kind, 'redline:sourceVersion': state.source.versionId });
    }
    // The seed: paragraph 9 is rejected with a comment, 14 outdated.
    const note = (position: number) => parsed.units[position - 1].notes.find((n) => n.category === 'status')!.text;
    expect(states[8].status).toBe('rejected');
    expect(note(9)).toContain(`Rejected by ${states[8].translation!.rejection!.reviewer}: ${states[8].translation!.rejection!.comment}`);
    expect(states[13].status).toBe('outdated');
    expect(note(14)).toMatch(/^Outdated: the English changed/);
  });

  it('keeps tricky text exactly, explains rejected and outdated, carries open comments, and validates', async () => {
    const doc = await storyInEveryStatus();
    const xml = await exported(doc.slug);
    expect(schemaErrors(xml)).toBe('');
    expect(xml).toContain(`original="redline:${doc.slug}"`);
    const units = parseXliff(xml).units;
    expect(units.map((unit) => unit.source)).toEqual([
      'Attack on Kyiv',
      'At least eight people died & dozens were hurt in "Kyiv".',
      'Trump wrote: <Vladimir, STOP!>',
      'Line one\nline  two, with\ttabs',
      'Untranslated paragraph.',
    ]);
    expect(units.map((unit) => unit.target)).toEqual([
      'Angriff auf Kiew',
      'Mindestens acht Menschen starben & Dutzende wurden in „Kiew“ verletzt.',
      'Trump schrieb: <Wladimir, STOPP!>',
      'Zeile eins\nZeile  zwei, mit\tTab',
      null,
    ]);
    expect(units.map((unit) => unit.state)).toEqual(['final', 'translated', 'initial', 'initial', 'initial']);
    const notes = (index: number, category: string) => units[index].notes.filter((n) => n.category === category).map((n) => n.text);
    expect(notes(2, 'status')).toEqual([expect.stringContaining('Keep the quotation marks as in the source.')]);
    expect(notes(3, 'status')).toEqual(['Outdated: the English changed after this translation was made. It translates: “Line one\nline  two, with\ttab”']);
    expect(notes(1, 'comment')).toEqual([`${editor.name}: Is "dozens" right?\n↳ ${german.name}: Yes, <Dutzende>.`]);
    // Resolved threads are settled: not exported.
    expect(notes(0, 'comment')).toEqual([]);
  });

  it('writes right-to-left targets for Arabic and validates', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline', 'Body.'], languages: ['ar'] });
    await addTranslation(database.db, doc.paragraphs[0], 'ar', 'عنوان', german.id);
    const xml = await exported(doc.slug, 'ar');
    expect(xml).toContain('trgDir="rtl"');
    expect(schemaErrors(xml)).toBe('');
  });

  it('is a 404 for an unknown document or language', async () => {
    expect(await errorCodeOf(exportXliff({ slug: 'no-such-story', lang: 'de', actor: reader }))).toBe('not_found');
    expect(await errorCodeOf(exportXliff({ slug: 'welt-trump-putin', lang: 'zz', actor: reader }))).toBe('not_found');
  });
});

describe('XLIFF import', () => {
  it('round trip: three targets changed in the file as a CAT tool would create exactly three versions', async () => {
    const { db } = database;
    const doc = await storyInEveryStatus();
    const [p1, p2, p3, , p5] = doc.paragraphs;
    let xml = await exported(doc.slug);
    // After the export the editor corrects the English of paragraph 1: its unit is skipped.
    await db.sourceVersion.create({ data: { paragraphId: p1.id, number: 2, ...searchable('Attack on Kyiv, updated'), authorId: editor.id } });
    const before = await loadParagraphStates(db, doc.id, 'de');
    // A corrected target with entities and CDATA, a rejected one split into sentences, and a new one.
    xml = setTargetMarkup(xml, p2.id, 'Mindestens neun Menschen starben &amp; <![CDATA[<mehr als 30>]]> wurden in &#x201E;Kiew&#x201C; verletzt.');
    xml = splitIntoSegments(xml, p3.id, [
      { source: 'Trump wrote:', target: 'Trump schrieb:' },
      { source: '<Vladimir, STOP!>', target: '„Wladimir, STOPP!“' },
    ]);
    xml = setTarget(xml, p5.id, 'Unübersetzter Absatz.');
    expect(schemaErrors(xml)).toBe('');
    const countsBefore = await counts();

    const preview = await importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: true, actor: german });
    expect(await counts()).toEqual(countsBefore);
    expect(preview).toMatchObject({ slug: doc.slug, lang: 'de', dryRun: true, applied: false, counts: { created: 3, unchanged: 1, skipped: 1 } });
    expect(preview.units.map((unit) => [unit.position, unit.outcome])).toEqual([
      [1, 'skipped'],
      [2, 'created'],
      [3, 'created'],
      [4, 'unchanged'],
      [5, 'created'],
    ]);
    const split = preview.units[2];
    expect(split).toMatchObject({ outcome: 'created', before: 'Trump schrieb: <Wladimir, STOPP!>', after: 'Trump schrieb: „Wladimir, STOPP!“', versionId: null });
    expect(split.outcome === 'created' && split.changes.some((part) => part.added)).toBe(true);
    expect(preview.units[0]).toMatchObject({ outcome: 'skipped', reason: 'source_changed', paragraphId: p1.id });

    const applied = await importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: false, actor: german });
    expect(applied).toMatchObject({ dryRun: false, applied: true, counts: { created: 3, unchanged: 1, skipped: 1 } });
    const [versionsBefore, ...rest] = countsBefore;
    expect(await counts()).toEqual([versionsBefore + 3, ...rest]);

    const after = await loadParagraphStates(db, doc.id, 'de');
    expect(after.map((paragraph) => paragraph.translation?.text ?? null)).toEqual([
      'Angriff auf Kiew',
      'Mindestens neun Menschen starben & <mehr als 30> wurden in „Kiew“ verletzt.',
      'Trump schrieb: „Wladimir, STOPP!“',
      'Zeile eins\nZeile  zwei, mit\tTab',
      'Unübersetzter Absatz.',
    ]);
    for (const index of [1, 2, 4]) {
      const version = await db.translationVersion.findUniqueOrThrow({ where: { id: after[index].translation!.versionId } });
      expect(version.authorId).toBe(german.id);
      expect(version.baseVersionId).toBe(before[index].translation?.versionId ?? null);
      expect(version.number).toBe((before[index].translation?.number ?? 0) + 1);
      expect(version.sourceVersionId).toBe(before[index].source.versionId);
      expect(applied.units[index]).toMatchObject({ outcome: 'created', versionId: version.id });
      expect(after[index].status).toBe('in_review');
    }
    expect(after[0].translation!.versionId).toBe(before[0].translation!.versionId);

    // The same file again changes nothing: every target now equals the current text.
    const again = await importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: false, actor: german });
    expect(again.counts).toEqual({ created: 0, unchanged: 4, skipped: 1 });
    expect((await counts())[0]).toBe(versionsBefore + 3);
  });

  it('skips, and says why, units whose source changed, of no paragraph, and without a (complete) target', async () => {
    const doc = await createDocument(database.db, {
      paragraphs: ['Headline', 'Changed later.', 'Left alone.', 'Half done. Second sentence.'],
      languages: ['de'],
    });
    const [, p2, p3, p4] = doc.paragraphs;
    let xml = await exported(doc.slug);
    await database.db.sourceVersion.create({ data: { paragraphId: p2.id, number: 2, ...searchable('Changed later, indeed.'), authorId: editor.id } });
    xml = setTarget(xml, p2.id, 'Später geändert.');
    xml = splitIntoSegments(xml, p4.id, [
      { source: 'Half done.', target: 'Halb fertig.' },
      { source: 'Second sentence.', target: null },
    ]);
    xml = xml.replace('</file>', '<unit id="added-by-the-tool"><segment><source>New.</source><target>Neu.</target></segment></unit>\n  </file>');
    const countsBefore = await counts();
    const report = await importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: false, actor: german });
    expect(await counts()).toEqual(countsBefore);
    expect(report.counts).toEqual({ created: 0, unchanged: 0, skipped: 5 });
    const reasons = report.units.map((unit) => [unit.unitId, unit.outcome === 'skipped' ? unit.reason : unit.outcome]);
    expect(reasons).toEqual([
      [doc.paragraphs[0].id, 'no_target'],
      [p2.id, 'source_changed'],
      [p3.id, 'no_target'],
      [p4.id, 'incomplete_target'],
      ['added-by-the-tool', 'unknown_unit'],
    ]);
    expect(report.units[3]).toMatchObject({ message: expect.stringContaining('1 of the unit\'s 2 segments have no target') });
  });

  it('compares the source text when a tool dropped the notes', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline', 'Body text.'], languages: ['de'] });
    let xml = (await exported(doc.slug)).replace(/<notes>[\s\S]*?<\/notes>/g, '');
    xml = setTarget(setTarget(xml, doc.paragraphs[0].id, 'Schlagzeile'), doc.paragraphs[1].id, 'Fließtext.');
    await database.db.sourceVersion.create({ data: { paragraphId: doc.paragraphs[1].id, number: 2, ...searchable('Body text, updated.'), authorId: editor.id } });
    const report = await importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: true, actor: german });
    expect(report.units.map((unit) => (unit.outcome === 'skipped' ? unit.reason : unit.outcome))).toEqual(['created', 'source_changed']);
  });

  it('warns when someone saved a paragraph after the export, and bases the new version on theirs', async () => {
    const doc = await createDocument(database.db, { paragraphs: ['Headline'], languages: ['de'] });
    await addTranslation(database.db, doc.paragraphs[0], 'de', 'Erste', german.id);
    const xml = setTarget(await exported(doc.slug), doc.paragraphs[0].id, 'Aus dem CAT-Tool');
    const colleague = await addTranslation(database.db, doc.paragraphs[0], 'de', 'Zweite', editor.id);
    const report = await importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: false, actor: german });
    expect(report.units[0]).toMatchObject({ outcome: 'created', before: 'Zweite', translationChangedSinceExport: true });
    const created = await database.db.translationVersion.findUniqueOrThrow({ where: { id: (report.units[0] as { versionId: string }).versionId } });
    expect([created.baseVersionId, created.number]).toEqual([colleague.id, 3]);
  });

  describe('bad input changes nothing', () => {
    let doc: TestDocument;
    let good: string;
    beforeAll(async () => {
      doc = await storyInEveryStatus();
      good = setTarget(await exported(doc.slug), doc.paragraphs[1].id, 'Geänderter Text.');
    });

    const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f1"><unit id="u1"><segment><source>x</source><target>&lol9;</target></segment></unit></file></xliff>`;

    const cases: Array<{ name: string; file: () => string | Promise<string>; code: string; message: RegExp }> = [
      {
        name: 'malformed XML names the line',
        file: () => good.replace('<target>Geänderter Text.</target>', '<target>Geänderter Text.</source>'),
        code: 'invalid_input',
        message: /not well-formed XML: line \d+, column \d+: the end tag <\/source> does not match <target>/,
      },
      { name: 'a bare ampersand', file: () => good.replace('Geänderter Text.', 'A & B'), code: 'invalid_input', message: /line \d+, column \d+: a bare "&"/ },
      { name: 'not XML at all', file: () => 'Hello, this is a plain text file.', code: 'invalid_input', message: /does not start as XML/ },
      { name: 'XML that is not XLIFF', file: () => '<html><body>Hi</body></html>', code: 'invalid_input', message: /not an XLIFF file: its root element is <html>/ },
      {
        name: 'XLIFF 1.0',
        file: () => '<?xml version="1.0"?>\n<xliff version="1.0"><file original="x" source-language="en" target-language="de" datatype="plaintext"><body/></file></xliff>',
        code: 'invalid_input',
        message: /Line 2: the file says XLIFF version "1.0" but is in the namespace ""; Redline reads XLIFF 1.2, 1.1 and 2.0/,
      },
      {
        name: 'XLIFF 2.0 elements outside its namespace',
        file: () => good.replace('xmlns="urn:oasis:names:tc:xliff:document:2.0"', 'xmlns="urn:example:not-xliff"'),
        code: 'invalid_input',
        message: /not XLIFF 2.0's "urn:oasis:names:tc:xliff:document:2.0"/,
      },
      { name: 'a wrong srcLang', file: () => good.replace('srcLang="en"', 'srcLang="fr"'), code: 'invalid_input', message: /Line 2: the file's source language \(srcLang\) is "fr"/ },
      { name: 'a wrong trgLang', file: () => good.replace('trgLang="de"', 'trgLang="fr"'), code: 'invalid_input', message: /target language \(trgLang\) is "fr", but this import is into German/ },
      { name: 'no trgLang', file: () => good.replace(' trgLang="de"', ''), code: 'invalid_input', message: /the file has no target language \(trgLang\)/ },
      {
        name: 'a file over 5 MB',
        file: () => good.replace('</xliff>', `<!-- ${'x'.repeat(5 * 1024 * 1024)} -->\n</xliff>`),
        code: 'too_large',
        message: /larger than 5 MB/,
      },
      {
        name: 'an export of another document',
        file: async () => exported((await createDocument(database.db, { paragraphs: ['Other'], languages: ['de'] })).slug),
        code: 'invalid_input',
        message: /the file is an export of the document "story-[0-9a-f]+", not of "story-/,
      },
      {
        name: 'units of another document (file renamed by a tool)',
        file: async () => {
          const other = await createDocument(database.db, { paragraphs: ['Other'], languages: ['de'] });
          const units = /<unit[\s\S]*<\/unit>/.exec(await exported(other.slug))![0];
          return good.replace(/original="[^"]*"/, 'original="story.docx"').replace('</file>', `${units}\n  </file>`);
        },
        code: 'invalid_input',
        message: /unit "[^"]+" is paragraph 1 of “Test story” \(story-[0-9a-f]+\), not of this document/,
      },
      { name: 'an XML bomb', file: () => billionLaughs, code: 'invalid_input', message: /document type declaration \(<!DOCTYPE>\) on line 2/ },
      {
        name: 'an external entity',
        file: () => good.replace('<xliff ', '<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<xliff ').replace('Geänderter Text.', '&secret;'),
        code: 'invalid_input',
        message: /<!DOCTYPE>/,
      },
      { name: 'an undeclared entity', file: () => good.replace('Geänderter Text.', '&nbsp;'), code: 'invalid_input', message: /the entity &nbsp; is not defined/ },
      {
        name: 'a placeholder without text',
        file: () => good.replace('Geänderter Text.', 'Text <ph id="1"/> mit Code'),
        code: 'invalid_input',
        message: /contains a placeholder <ph id="1"\/> with no text equivalent/,
      },
      { name: 'a control character', file: () => good.replace('Geänderter Text.', 'Glocke &#7;'), code: 'invalid_input', message: /&#7; refers to a character XML does not allow/ },
      {
        name: 'a control character through <cp>',
        file: () => good.replace('Geänderter Text.', 'Glocke <cp hex="0007"/>'),
        code: 'invalid_input',
        message: /target of unit "[^"]+" \(paragraph 2\): The text contains the control character U\+0007/,
      },
      { name: 'a target over the length limit', file: () => good.replace('Geänderter Text.', 'x'.repeat(20_001)), code: 'too_large', message: /paragraph 2\): The text has 20,001 characters/ },
      { name: 'a file with no units', file: () => good.replace(/<unit[\s\S]*<\/unit>/, ''), code: 'invalid_input', message: /the file has no units/ },
      {
        name: 'a file of no paragraph of this document',
        file: () => good.replace(/<unit id="[^"]+"/g, (_m) => `<unit id="u${Math.random().toString(36).slice(2, 8)}"`),
        code: 'invalid_input',
        message: /None of the file's 5 units is a paragraph of “Test story”/,
      },
      {
        name: 'a unit id twice',
        file: () => good.replace('</file>', `${/<unit[\s\S]*?<\/unit>/.exec(good)![0]}\n  </file>`),
        code: 'invalid_input',
        message: /the unit id "[^"]+" appears twice \(first on line 7\)/,
      },
    ];

    for (const testCase of cases) {
      it(`refuses ${testCase.name}`, async () => {
        const xml = await testCase.file();
        const before = await counts();
        for (const dryRun of [true, false]) {
          const started = Date.now();
          const error = await importXliff({ slug: doc.slug, lang: 'de', xml, dryRun, actor: german }).catch((e) => e);
          expect(Date.now() - started).toBeLessThan(5_000);
          expect(error).toBeInstanceOf(AppError);
          expect(error.code).toBe(testCase.code);
          expect(error.message).toMatch(testCase.message);
        }
        expect(await counts()).toEqual(before);
      });
    }

    it('the good file itself imports (so each refusal above is about its one defect)', async () => {
      const report = await importXliff({ slug: doc.slug, lang: 'de', xml: good, dryRun: true, actor: german });
      expect(report.counts.created).toBe(1);
    });

    it('refuses, with a 403, importers who do not translate the language, before reading the file', async () => {
      const before = await counts();
      expect(await errorCodeOf(importXliff({ slug: doc.slug, lang: 'de', xml: good, dryRun: false, actor: french }))).toBe('forbidden');
      expect(await errorCodeOf(importXliff({ slug: doc.slug, lang: 'de', xml: good, dryRun: true, actor: reader }))).toBe('forbidden');
      expect(await errorCodeOf(importXliff({ slug: doc.slug, lang: 'de', xml: billionLaughs, dryRun: true, actor: reader }))).toBe('forbidden');
      expect(await errorCodeOf(importXliff({ slug: 'no-such-story', lang: 'de', xml: good, dryRun: true, actor: german }))).toBe('not_found');
      expect(await errorCodeOf(importXliff({ slug: doc.slug, lang: 'uk', xml: good, dryRun: true, actor: german }))).toBe('not_found');
      expect(await counts()).toEqual(before);
      // Editors translate every language.
      expect(await errorCodeOf(importXliff({ slug: doc.slug, lang: 'de', xml: good, dryRun: true, actor: editor }))).toBe('ok');
    });
  });

  describe('all or nothing', () => {
    it('writes no version when the transaction fails after writing them', async () => {
      const { db } = database;
      const doc = await createDocument(db, { paragraphs: ['One', 'Two', 'Three'], languages: ['de'] });
      let xml = await exported(doc.slug);
      for (const [index, paragraph] of doc.paragraphs.entries()) xml = setTarget(xml, paragraph.id, `Text ${index + 1}`);
      const transaction = db.$transaction.bind(db) as (fn: (tx: unknown) => Promise<unknown>, options?: unknown) => Promise<unknown>;
      const calls: string[] = [];
      // The English is checked, the versions are written (one INSERT), then the reviews are
      // counted to see that the carried approvals still hold: that count fails.
      const spy = vi.spyOn(db, '$transaction').mockImplementation(((fn: (tx: unknown) => Promise<unknown>, options?: unknown) =>
        transaction(
          (tx) =>
            fn(
              new Proxy(tx as object, {
                get(target, key, receiver) {
                  const value = Reflect.get(target, key, receiver) as (...args: unknown[]) => unknown;
                  if (key !== '$executeRaw' && key !== '$queryRaw') return value;
                  return (...args: unknown[]) => {
                    calls.push(key);
                    if (key === '$queryRaw' && calls.includes('$executeRaw')) return Promise.reject(new Error('disk full'));
                    return value.apply(target, args);
                  };
                },
              }),
            ),
          options,
        )) as never);
      try {
        await expect(importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: false, actor: german })).rejects.toThrow('disk full');
      } finally {
        spy.mockRestore();
      }
      expect(calls).toEqual(['$queryRaw', '$executeRaw', '$queryRaw']);
      expect(await db.translationVersion.count({ where: { paragraph: { documentId: doc.id } } })).toBe(0);
    });

    it('refuses the whole import with a 409 when someone saves a paragraph between the check and the write', async () => {
      const { db } = database;
      const doc = await createDocument(db, { paragraphs: ['One', 'Two'], languages: ['de'] });
      let xml = await exported(doc.slug);
      for (const paragraph of doc.paragraphs) xml = setTarget(xml, paragraph.id, `Import ${paragraph.text}`);
      const error: AppError = await withMeanwhile(
        () => addTranslation(db, doc.paragraphs[1], 'de', 'Kollegin war schneller.', editor.id),
        () => importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: false, actor: german }).catch((e) => e),
      );
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe('conflict');
      expect(error.message).toBe(`${editor.name} saved paragraph 2 while the import ran, so nothing was imported. Preview the file again.`);
      const texts = await db.translationVersion.findMany({ where: { paragraph: { documentId: doc.id } }, select: { text: true } });
      expect(texts).toEqual([{ text: 'Kollegin war schneller.' }]);
    });

    it('refuses the whole import with a 409 when the English of a paragraph changes between the check and the write', async () => {
      const { db } = database;
      const doc = await createDocument(db, { paragraphs: ['One', 'Two', 'Three'], languages: ['de'] });
      let xml = await exported(doc.slug);
      for (const paragraph of doc.paragraphs) xml = setTarget(xml, paragraph.id, `Import ${paragraph.text}`);
      const error: AppError = await withMeanwhile(
        () => db.sourceVersion.create({ data: { paragraphId: doc.paragraphs[2].id, number: 2, ...searchable('Three, corrected'), authorId: editor.id } }),
        () => importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: false, actor: german }).catch((e) => e),
      );
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe('conflict');
      expect(error.message).toBe('The English of paragraph 3 changed while the import ran, so nothing was imported. Preview the file again.');
      expect(await db.translationVersion.count({ where: { paragraph: { documentId: doc.id } } })).toBe(0);
    });

    it('works the carried approvals out again when an editor reviews while the import runs', async () => {
      const { db } = database;
      const doc = await createDocument(db, { paragraphs: ['One', 'Two'], languages: ['de'] });
      const [p1, p2] = doc.paragraphs;
      // Paragraph 1: "Alt" approved, then "Neu" saved. The file brings "Alt" back, which would carry
      // that approval, but the editor approves "Neu" in the meantime: "Alt" then carries nothing.
      const approved = await addTranslation(db, p1, 'de', 'Alt', german.id);
      await review(approved.id, p1.sourceVersionId, 'approved');
      const newer = await addTranslation(db, p1, 'de', 'Neu', german.id);
      // Paragraph 2: "Zwei" approved, then "Zwo" saved; the file brings "Zwei" back, which carries.
      const two = await addTranslation(db, p2, 'de', 'Zwei', german.id);
      await review(two.id, p2.sourceVersionId, 'approved');
      await addTranslation(db, p2, 'de', 'Zwo', german.id);
      let xml = await exported(doc.slug);
      xml = setTarget(setTarget(xml, p1.id, 'Alt'), p2.id, 'Zwei');
      let transactions = 0;
      await withMeanwhile(
        async (call) => {
          transactions = call;
          if (call === 1) await review(newer.id, p1.sourceVersionId, 'approved');
        },
        () => importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: false, actor: german }),
      );
      expect(transactions).toBe(2);
      const heads = await db.translationVersion.findMany({
        where: { paragraph: { documentId: doc.id }, number: 3 },
        orderBy: { paragraph: { position: 'asc' } },
        select: { text: true, reviews: { select: { decision: true, carriedFromReviewId: true } } },
      });
      expect(heads).toEqual([
        { text: 'Alt', reviews: [] },
        { text: 'Zwei', reviews: [{ decision: 'approved', carriedFromReviewId: expect.any(String) }] },
      ]);
    });
  });
});

describe('i18next export', () => {
  it('loads in i18next as it is and returns the approved texts of the WELT article', async () => {
    const { db } = database;
    const document = await db.document.findUniqueOrThrow({ where: { slug: 'welt-trump-putin' } });
    const file = await exportI18next({ slug: 'welt-trump-putin', lang: 'de', actor: reader });
    expect(file).toMatchObject({ filename: 'welt-trump-putin.de.json', contentType: 'application/json; charset=utf-8' });
    const resources = JSON.parse(file.body);
    const instance = i18next.createInstance();
    await instance.init({ resources, lng: 'de' });

    const states = await loadParagraphStates(db, document.id, 'de');
    const approved = states.filter((state) => state.translation?.approvedVersionId);
    expect(approved.length).toBeGreaterThan(10);
    for (const state of approved) {
      const version = await db.translationVersion.findUniqueOrThrow({ where: { id: state.translation!.approvedVersionId! } });
      expect(instance.t(state.id), `paragraph ${state.position}`).toBe(version.text);
    }
    // Never approved: absent, so i18next falls back (here, to the key).
    for (const state of states.filter((candidate) => !candidate.translation?.approvedVersionId)) {
      expect(instance.exists(state.id)).toBe(false);
    }
    expect(Object.keys(resources)).toEqual(['de']);
  });

  it('exports the newest approved version when a newer one waits for review, and keeps text that looks like i18next syntax', async () => {
    const { db } = database;
    const doc = await createDocument(db, { paragraphs: ['Headline', 'Body', 'Never approved'], languages: ['de'] });
    const [p1, p2, p3] = doc.paragraphs;
    const old = await addTranslation(db, p1, 'de', 'Alte freigegebene Fassung', german.id);
    await review(old.id, p1.sourceVersionId, 'approved');
    await addTranslation(db, p1, 'de', 'Neue Fassung in Prüfung', german.id);
    const curly = await addTranslation(db, p2, 'de', 'Er schrieb {{name}} und {braces}.', german.id);
    await review(curly.id, p2.sourceVersionId, 'approved');
    await addTranslation(db, p3, 'de', 'Nur ein Entwurf', german.id);

    const resources = JSON.parse((await exportI18next({ slug: doc.slug, lang: 'de', actor: reader })).body);
    expect(resources).toEqual({ de: { translation: { [p1.id]: 'Alte freigegebene Fassung', [p2.id]: 'Er schrieb {{name}} und {braces}.' } } });
    const instance = i18next.createInstance();
    await instance.init({ resources, lng: 'de' });
    expect(instance.t(p1.id)).toBe('Alte freigegebene Fassung');
    expect(instance.t(p2.id)).toBe('Er schrieb {{name}} und {braces}.');
  });
});

describe('plain text and Markdown export of an edition', () => {
  it('writes the published edition as a reader would paste it; a 404 before the first edition', async () => {
    const { db } = database;
    const doc = await createDocument(db, { paragraphs: ['Attack on Kyiv', '8 dead', 'Body *text*.'], languages: ['de'] });
    expect(await errorCodeOf(exportEditionText({ slug: doc.slug, lang: 'de', format: 'text', actor: reader }))).toBe('not_found');
    const texts = ['Angriff auf Kiew', '24. April: acht Tote', 'Fließtext mit *Sternchen*.'];
    for (const [index, paragraph] of doc.paragraphs.entries()) {
      const version = await addTranslation(db, paragraph, 'de', texts[index], german.id);
      await review(version.id, paragraph.sourceVersionId, 'approved');
    }
    await publishEdition({ slug: doc.slug, lang: 'de', actor: demoEditor });

    const text = await exportEditionText({ slug: doc.slug, lang: 'de', format: 'text', actor: reader });
    expect(text).toEqual({
      filename: `${doc.slug}.de.edition-1.txt`,
      contentType: 'text/plain; charset=utf-8',
      body: 'Angriff auf Kiew\n\n24. April: acht Tote\n\nFließtext mit *Sternchen*.\n',
    });
    const markdown = await exportEditionText({ slug: doc.slug, lang: 'de', format: 'markdown', edition: 1, actor: reader });
    expect(markdown.filename).toBe(`${doc.slug}.de.edition-1.md`);
    expect(markdown.body).toBe('# Angriff auf Kiew\n\n24\\. April: acht Tote\n\nFließtext mit \\*Sternchen\\*.\n');
    expect(await errorCodeOf(exportEditionText({ slug: doc.slug, lang: 'de', format: 'text', edition: 2, actor: reader }))).toBe('not_found');
  });
});
