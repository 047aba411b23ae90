// XLIFF 1.2 (and translate-toolkit's 1.1) export and import on a real database, and against
// translate-toolkit itself: it reads Redline's 1.2 export, changes targets in it, and converts a PO
// file to XLIFF (po2xliff), and Redline imports what it writes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/roles';
import { searchable } from '../../lib/search-text';
import { loadParagraphStates } from '../../lib/server/documents/load-paragraph-states';
import { exportXliff } from '../../lib/server/interchange/export-xliff';
import { importXliff } from '../../lib/server/interchange/import-xliff';
import { parseXliff } from '../../lib/xliff/parse-xliff';
import { errorCodeOf } from '../support/error-code';
import { addTranslation, createActor, createDocument, ensureLanguages, type TestDocument } from '../support/fixtures';
import { openTestDatabase } from './test-database';

const PYTHON = '/usr/bin/python3';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let scratch: string;
let german: Actor;
let editor: Actor;
let reader: Actor;

beforeAll(async () => {
  database = await openTestDatabase();
  scratch = mkdtempSync(path.join(tmpdir(), 'redline-xliff12-'));
  await ensureLanguages(database.db);
  german = await createActor(database.db, 'translator', ['de']);
  editor = await createActor(database.db, 'editor');
  reader = await createActor(database.db, 'reader');
});
afterAll(async () => {
  await database.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Runs a Python script with translate-toolkit; its stdout. Fails, never skips, without Python. */
function python(script: string, ...args: string[]): string {
  if (!existsSync(PYTHON)) {
    throw new Error(`${PYTHON} is missing: these tests need Python 3 with translate-toolkit (Debian: apt-get install translate-toolkit).`);
  }
  try {
    return execFileSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    throw new Error(`translate-toolkit failed: ${String((error as { stderr?: string }).stderr ?? error)}`);
  }
}

function scratchFile(name: string, content?: string): string {
  const file = path.join(scratch, `${Math.random().toString(36).slice(2)}-${name}`);
  if (content !== undefined) writeFileSync(file, content);
  return file;
}

async function exported12(slug: string, lang = 'de'): Promise<string> {
  const file = await exportXliff({ slug, lang, actor: reader, version: '1.2' });
  expect(file.filename).toBe(`${slug}.${lang}.xliff12.xlf`);
  expect(file.contentType).toBe('application/xliff+xml; charset=utf-8');
  return file.body;
}

/** A story with a translation in every status: approved, in review, rejected, outdated, untranslated. */
async function storyInEveryStatus(): Promise<TestDocument> {
  const { db } = database;
  const doc = await createDocument(db, {
    paragraphs: ['Attack on Kyiv', 'At least eight people died & dozens were hurt in "Kyiv".', 'Trump wrote: <Vladimir, STOP!>', 'Line one\nline  two', 'Untranslated paragraph.'],
    languages: ['de', 'fr'],
  });
  const [p1, p2, p3, p4] = doc.paragraphs;
  const review = (translationVersionId: string, sourceVersionId: string, decision: 'approved' | 'rejected') =>
    db.review.create({ data: { translationVersionId, sourceVersionId, reviewerId: editor.id, decision, comment: decision === 'rejected' ? 'Keep the quotes.' : null } });
  const v1 = await addTranslation(db, p1, 'de', 'Angriff auf Kiew', german.id);
  await review(v1.id, p1.sourceVersionId, 'approved');
  await addTranslation(db, p2, 'de', 'Mindestens acht Menschen starben & Dutzende wurden in „Kiew“ verletzt.', german.id);
  const v3 = await addTranslation(db, p3, 'de', 'Trump schrieb: <Wladimir, STOPP!>', german.id);
  await review(v3.id, p3.sourceVersionId, 'rejected');
  const v4 = await addTranslation(db, p4, 'de', 'Zeile eins\nZeile  zwei', german.id);
  await review(v4.id, p4.sourceVersionId, 'approved');
  await db.sourceVersion.create({ data: { paragraphId: p4.id, number: 2, ...searchable('Line one\nline  two, updated'), authorId: editor.id } });
  return doc;
}

/** Sets a trans-unit's target (escaped), adding one where there was none, as a 1.2 tool does. */
function setTarget12(xml: string, unitId: string, text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const pattern = new RegExp(`<trans-unit id="${unitId}"[\\s\\S]*?</trans-unit>`);
  const unit = pattern.exec(xml)?.[0];
  if (!unit) throw new Error(`No trans-unit ${unitId} in the file.`);
  const edited = /<target[^>]*>[\s\S]*?<\/target>/.test(unit)
    ? unit.replace(/<target[^>]*>[\s\S]*?<\/target>/, () => `<target state="translated">${escaped}</target>`)
    : unit.replace('</source>', () => `</source>\n        <target state="translated">${escaped}</target>`);
  return xml.replace(pattern, () => edited);
}

describe('XLIFF 1.2 export', () => {
  it('writes one trans-unit per paragraph with its id, the state from its status, and the facts the import reads', async () => {
    const doc = await storyInEveryStatus();
    const xml = await exported12(doc.slug);
    expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">');
    expect(xml).toContain(`<file original="redline:${doc.slug}" source-language="en" target-language="de" datatype="plaintext">`);
    const states = await loadParagraphStates(database.db, doc.id, 'de');
    expect(states.map((state) => state.status)).toEqual(['approved', 'in_review', 'rejected', 'outdated', 'untranslated']);
    const parsed = parseXliff(xml);
    expect(parsed.units.map((unit) => [unit.id, unit.source, unit.target, unit.state])).toEqual(
      states.map((state, index) => [
        state.id,
        state.source.text,
        state.translation?.text ?? null,
        ['signed-off', 'translated', 'needs-translation', 'needs-review-translation', 'new'][index],
      ]),
    );
    for (const [index, unit] of parsed.units.entries()) {
      const facts = Object.fromEntries(unit.notes.map((note) => [note.category, note.text]));
      expect(facts).toMatchObject({ position: String(index + 1), kind: states[index].kind, status: states[index].status, 'redline:sourceVersion': states[index].source.versionId });
    }
    expect(parsed.units[2].notes).toContainEqual({ category: 'Redline', text: expect.stringContaining('Keep the quotes.') });
  });

  it('is a 404 for an unknown document or language', async () => {
    expect(await errorCodeOf(exportXliff({ slug: 'no-such-story', lang: 'de', actor: reader, version: '1.2' }))).toBe('not_found');
  });
});

describe('XLIFF 1.2 import', () => {
  it('round trip: targets changed in the 1.2 file create versions, with the same preview, skips and all-or-nothing as 2.0', async () => {
    const { db } = database;
    const doc = await storyInEveryStatus();
    const [p1, p2, p3, , p5] = doc.paragraphs;
    let xml = await exported12(doc.slug);
    await db.sourceVersion.create({ data: { paragraphId: p1.id, number: 2, ...searchable('Attack on Kyiv, updated'), authorId: editor.id } });
    xml = setTarget12(xml, p1.id, 'Angriff auf Kiew, neu');
    xml = setTarget12(xml, p2.id, 'Mindestens neun Menschen starben & Dutzende wurden in „Kiew“ verletzt.');
    xml = setTarget12(xml, p3.id, 'Trump schrieb: „Wladimir, STOPP!“');
    xml = setTarget12(xml, p5.id, 'Unübersetzter Absatz.');
    xml = xml.replace('</body>', '<trans-unit id="added-by-the-agency"><source>New.</source><target>Neu.</target></trans-unit>\n    </body>');
    const before = await loadParagraphStates(db, doc.id, 'de');
    const versionsBefore = await db.translationVersion.count();

    const preview = await importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: true, actor: german });
    expect(await db.translationVersion.count()).toBe(versionsBefore);
    expect(preview).toMatchObject({ dryRun: true, applied: false, counts: { created: 3, unchanged: 1, skipped: 2 } });
    expect(preview.units.map((unit) => [unit.unitId, unit.outcome === 'skipped' ? unit.reason : unit.outcome])).toEqual([
      [p1.id, 'source_changed'],
      [p2.id, 'created'],
      [p3.id, 'created'],
      [doc.paragraphs[3].id, 'unchanged'],
      [p5.id, 'created'],
      ['added-by-the-agency', 'unknown_unit'],
    ]);
    expect(preview.units[1]).toMatchObject({ outcome: 'created', before: 'Mindestens acht Menschen starben & Dutzende wurden in „Kiew“ verletzt.', versionId: null });

    const applied = await importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: false, actor: german });
    expect(applied).toMatchObject({ applied: true, counts: { created: 3, unchanged: 1, skipped: 2 } });
    const after = await loadParagraphStates(db, doc.id, 'de');
    expect(after.map((paragraph) => paragraph.translation?.text ?? null)).toEqual([
      'Angriff auf Kiew',
      'Mindestens neun Menschen starben & Dutzende wurden in „Kiew“ verletzt.',
      'Trump schrieb: „Wladimir, STOPP!“',
      'Zeile eins\nZeile  zwei',
      'Unübersetzter Absatz.',
    ]);
    for (const index of [1, 2, 4]) {
      const version = await db.translationVersion.findUniqueOrThrow({ where: { id: after[index].translation!.versionId } });
      expect([version.authorId, version.baseVersionId, version.sourceVersionId]).toEqual([german.id, before[index].translation?.versionId ?? null, before[index].source.versionId]);
      expect(after[index].status).toBe('in_review');
    }
    const again = await importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: false, actor: german });
    expect(again.counts).toEqual({ created: 0, unchanged: 4, skipped: 2 });
  });

  it("refuses an agency's own file whose units are none of this document's paragraphs, and bad files, changing nothing", async () => {
    const { db } = database;
    const doc = await createDocument(db, { paragraphs: ['Headline', 'Body.'], languages: ['de'] });
    const good = setTarget12(await exported12(doc.slug), doc.paragraphs[1].id, 'Fließtext.');
    const agency = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="story.docx" source-language="en-GB" target-language="de-DE" datatype="x-docx">
    <body>
      <trans-unit id="1"><source>Headline</source><target>Schlagzeile</target></trans-unit>
      <trans-unit id="2"><source>Body.</source><target>Fließtext.</target></trans-unit>
    </body>
  </file>
</xliff>`;
    const cases: Array<[string, string, string, RegExp]> = [
      ['an agency file', agency, 'invalid_input', /None of the file's 2 units is a paragraph of “Test story”: their ids \(such as "1"\) are not this document's paragraph ids, and Redline does not guess/],
      ['a DOCTYPE', `<!DOCTYPE xliff SYSTEM "xliff.dtd">\n${good.replace(/^<\?xml[^>]*>\n/, '')}`, 'invalid_input', /DOCTYPE/],
      ['a wrong target-language', good.replace('target-language="de"', 'target-language="fr"'), 'invalid_input', /target language \(target-language\) is "fr"/],
      ['a wrong source-language', good.replace('source-language="en"', 'source-language="es"'), 'invalid_input', /source language \(source-language\) is "es"/],
      ['another document', good.replace(`original="redline:${doc.slug}"`, 'original="redline:another-story"'), 'invalid_input', /an export of the document "another-story"/],
      ['a placeholder', good.replace('Fließtext.', 'Fließ<x id="1"/>text.'), 'invalid_input', /placeholder <x id="1"> with no text equivalent/],
      ['over 5 MB', good.replace('Fließtext.', 'x'.repeat(5 * 1024 * 1024)), 'too_large', /larger than 5 MB/],
    ];
    for (const [name, xml, code, message] of cases) {
      for (const dryRun of [true, false]) {
        const error = await importXliff({ slug: doc.slug, lang: 'de', xml, dryRun, actor: german }).catch((caught) => caught);
        expect(error.code, name).toBe(code);
        expect(error.message, name).toMatch(message);
      }
    }
    expect(await db.translationVersion.count({ where: { paragraph: { documentId: doc.id } } })).toBe(0);
    expect((await importXliff({ slug: doc.slug, lang: 'de', xml: good, dryRun: false, actor: german })).counts).toEqual({ created: 1, unchanged: 0, skipped: 1 });
  });
});

describe('translate-toolkit and XLIFF 1.2', () => {
  it("reads Redline's 1.2 export (xliff.xlifffile and poxliff): the same ids, sources and targets", async () => {
    const doc = await storyInEveryStatus();
    const file = scratchFile('export.xlf', await exported12(doc.slug));
    const read = JSON.parse(
      python(
        `
import json, sys
from translate.storage import xliff, poxliff
out = {}
for name, cls in (("xliff", xliff.xlifffile), ("poxliff", poxliff.PoXliffFile)):
    store = cls.parsefile(sys.argv[1])
    out[name] = {
        "languages": [store.getsourcelanguage(), store.gettargetlanguage()],
        "units": [[u.xmlelement.get("id"), u.getid(), str(u.source), None if u.target is None else str(u.target)] for u in store.units],
    }
print(json.dumps(out))
`,
        file,
      ),
    ) as Record<'xliff' | 'poxliff', { languages: string[]; units: Array<[string, string, string, string | null]> }>;
    const states = await loadParagraphStates(database.db, doc.id, 'de');
    for (const reader of ['xliff', 'poxliff'] as const) {
      expect(read[reader].languages, reader).toEqual(['en', 'de']);
      expect(read[reader].units, reader).toEqual(
        states.map((state) => [state.id, `redline:${doc.slug}\u0004${state.id}`, state.source.text, state.translation?.text ?? null]),
      );
    }
  });

  it('a file translate-toolkit changed (unit.target set, saved) imports: the workbench shows the new targets as new versions', async () => {
    const { db } = database;
    const doc = await createDocument(db, { paragraphs: ['Attack on Kyiv', 'At least eight people died.', 'Not translated so far.'], languages: ['de'] });
    const [p1, p2, p3] = doc.paragraphs;
    await addTranslation(db, p1, 'de', 'Angriff auf Kiew', german.id);
    const old = await addTranslation(db, p2, 'de', 'Mindestens acht Menschen starben.', german.id);
    const input = scratchFile('export.xlf', await exported12(doc.slug));
    const output = scratchFile('from-translate-toolkit.xlf');
    python(
      `
import json, sys
from translate.storage import xliff
store = xliff.xlifffile.parsefile(sys.argv[1])
targets = json.loads(sys.argv[3])
for unit in store.units:
    if unit.xmlelement.get("id") in targets:
        unit.target = targets[unit.xmlelement.get("id")]
store.savefile(sys.argv[2])
`,
      input,
      output,
      JSON.stringify({ [p2.id]: 'Mindestens neun Menschen starben.', [p3.id]: 'Bisher  nicht übersetzt & <neu>.' }),
    );
    const xml = readFileSync(output, 'utf8');
    const report = await importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: false, actor: german });
    expect(report.counts).toEqual({ created: 2, unchanged: 1, skipped: 0 });
    const states = await loadParagraphStates(db, doc.id, 'de');
    expect(states.map((state) => [state.translation?.text ?? null, state.translation?.number ?? null, state.status])).toEqual([
      ['Angriff auf Kiew', 1, 'in_review'],
      ['Mindestens neun Menschen starben.', 2, 'in_review'],
      ['Bisher  nicht übersetzt & <neu>.', 1, 'in_review'],
    ]);
    const corrected = await db.translationVersion.findUniqueOrThrow({ where: { id: states[1].translation!.versionId } });
    expect([corrected.authorId, corrected.baseVersionId]).toEqual([german.id, old.id]);
  });

  it('a PO file turned into XLIFF 1.1 by po2xliff (unit ids set to the paragraph ids xliff2po kept as locations) imports like 1.2', async () => {
    const { db } = database;
    const doc = await createDocument(db, { paragraphs: ['Attack on Kyiv', 'At least eight people died.'], languages: ['de'] });
    const [p1, p2] = doc.paragraphs;
    await addTranslation(db, p1, 'de', 'Angriff auf Kiew', german.id);
    // Redline 1.2 → xliff2po → a translator edits the PO → po2xliff → Redline.
    const exportedFile = scratchFile('export.xlf', await exported12(doc.slug));
    const po = scratchFile('story.po');
    execFileSync('/usr/bin/xliff2po', ['--progress=none', exportedFile, po], { stdio: 'pipe' });
    python(
      `
import sys
from translate.storage import po
store = po.pofile.parsefile(sys.argv[1])
for unit in store.units:
    if unit.source == "At least eight people died.":
        unit.target = "Mindestens acht Menschen starben."
store.savefile(sys.argv[1])
`,
      po,
    );
    const converted = scratchFile('from-po.xlf');
    execFileSync('/usr/bin/po2xliff', ['--progress=none', po, converted], { stdio: 'pipe' });
    const fromPo = readFileSync(converted, 'utf8');
    // What po2xliff writes: XLIFF 1.1, counter ids, no target-language, the PO header as a unit.
    expect(fromPo).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">');
    expect(fromPo).not.toContain('target-language=');
    expect(fromPo).toContain('restype="x-gettext-domain-header"');
    expect(fromPo).not.toContain(`id="${p2.id}"`);
    // As it stands none of its ids is a paragraph's: refused, nothing guessed.
    expect((await importXliff({ slug: doc.slug, lang: 'de', xml: fromPo, dryRun: true, actor: german }).catch((error) => error)).message).toMatch(
      /None of the file's 2 units is a paragraph/,
    );
    const withIds = scratchFile('with-ids.xlf');
    python(
      `
import sys
from translate.storage import poxliff
store = poxliff.PoXliffFile.parsefile(sys.argv[1])
for unit in store.units:
    groups = unit.getcontextgroups("po-reference")
    if groups:
        unit.setid(groups[0][0][1])
store.savefile(sys.argv[2])
`,
      converted,
      withIds,
    );
    const xml = readFileSync(withIds, 'utf8');
    expect(xml).toContain(`id="${p2.id}"`);
    const preview = await importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: true, actor: german });
    expect(preview.units.map((unit) => [unit.unitId, unit.outcome])).toEqual([
      [p1.id, 'unchanged'],
      [p2.id, 'created'],
    ]);
    const report = await importXliff({ slug: doc.slug, lang: 'de', xml, dryRun: false, actor: german });
    expect(report.counts).toEqual({ created: 1, unchanged: 1, skipped: 0 });
    const states = await loadParagraphStates(db, doc.id, 'de');
    expect(states.map((state) => state.translation?.text ?? null)).toEqual(['Angriff auf Kiew', 'Mindestens acht Menschen starben.']);
  });
});
