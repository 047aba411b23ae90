import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TRANSLATION_STATUSES } from '../paragraph-status';
import { parseXliff } from './parse-xliff';
import { writeXliff, xliffState, type XliffExport, type XliffParagraph } from './write-xliff';
import { XLIFF_SCHEMA } from '../../tests/support/xliff-schema';

const SCHEMA = XLIFF_SCHEMA;
const scratch = mkdtempSync(path.join(tmpdir(), 'redline-write-xliff-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function schemaErrors(xml: string): string {
  const file = path.join(scratch, `${Math.random().toString(36).slice(2)}.xlf`);
  writeFileSync(file, xml);
  try {
    execFileSync('/usr/bin/xmllint', ['--noout', '--schema', SCHEMA, file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

function paragraph(position: number, overrides: Partial<XliffParagraph> = {}): XliffParagraph {
  return {
    id: `cmparagraph${position}`,
    position,
    kind: 'body',
    source: { versionId: `source${position}`, text: `Paragraph ${position}.` },
    status: 'in_review',
    translation: { versionId: `translation${position}`, text: `Absatz ${position}.`, rejection: null, translatedSource: null },
    comments: [],
    ...overrides,
  };
}

function exportOf(paragraphs: XliffParagraph[], language: XliffExport['language'] = { code: 'de', englishName: 'German', direction: 'ltr' }): XliffExport {
  return {
    document: { slug: 'story-1', title: 'Attack on "Kyiv" & more', sourceLang: 'en' },
    language,
    exportedAt: '2025-04-24T06:00:00.000Z',
    paragraphs,
  };
}

describe('xliffState', () => {
  it('maps approved to final, in review to translated, and what needs work to initial', () => {
    expect(Object.fromEntries(TRANSLATION_STATUSES.map((status) => [status, xliffState(status)]))).toEqual({
      untranslated: 'initial',
      in_review: 'translated',
      approved: 'final',
      rejected: 'initial',
      outdated: 'initial',
    });
  });
});

describe('writeXliff', () => {
  it('writes a file the OASIS core schema accepts, for every status', () => {
    const xml = writeXliff(
      exportOf([
        paragraph(1, { kind: 'headline', status: 'approved' }),
        paragraph(2),
        paragraph(3, { status: 'untranslated', translation: null }),
        paragraph(4, { status: 'rejected', translation: { versionId: 't4', text: 'Nein.', rejection: { reviewer: 'Ed', comment: 'Too free.' }, translatedSource: null } }),
        paragraph(5, { status: 'outdated', translation: { versionId: 't5', text: 'Alt.', rejection: null, translatedSource: { text: 'Old.' } } }),
      ]),
    );
    expect(schemaErrors(xml)).toBe('');
    expect(xml).toContain('<segment id="s1" state="final" subState="redline:approved">');
    expect(xml).toContain('<segment id="s1" state="initial">\n        <source>Paragraph 3.</source>\n      </segment>');
    expect(xml).toContain('<note category="status" appliesTo="target">Rejected by Ed: Too free.</note>');
    expect(xml).toContain('<note category="status" appliesTo="target">Outdated: the English changed after this translation was made. It translates: “Old.”</note>');
    expect(xml).toContain('<file id="f1" original="redline:story-1" srcDir="ltr" trgDir="ltr">');
    expect(xml).toContain('Attack on "Kyiv" &amp; more');
  });

  it('writes text exactly: markup characters escaped, white space preserved, and what XML cannot hold as <cp>', () => {
    const texts = ['A & B <c> "d" ]]> e', ' leading and trailing ', 'two  spaces', 'line\nbreak\tand tab', 'carriage\rreturn', 'bell\u0007', 'emoji 😀 and عربى'];
    const paragraphs = texts.map((text, index) =>
      paragraph(index + 1, { source: { versionId: `s${index}`, text }, translation: { versionId: `t${index}`, text, rejection: null, translatedSource: null } }),
    );
    const xml = writeXliff(exportOf(paragraphs));
    expect(schemaErrors(xml)).toBe('');
    expect(xml).toContain('bell<cp hex="0007"/>');
    expect(xml).toContain('carriage&#13;return');
    const units = parseXliff(xml).units;
    expect(units.map((unit) => unit.source)).toEqual(texts);
    expect(units.map((unit) => unit.target)).toEqual(texts);
    // Only the units whose white space matters are marked.
    expect((xml.match(/xml:space="preserve"/g) ?? []).length).toBe(4);
  });

  it('writes the paragraph facts and open comments as notes', () => {
    const xml = writeXliff(
      exportOf([
        paragraph(7, {
          kind: 'subheading',
          comments: [{ author: 'Ed', text: 'Check <this> & that', replies: [{ author: 'Kat', text: 'Done.' }] }],
        }),
      ]),
    );
    expect(schemaErrors(xml)).toBe('');
    const [unit] = parseXliff(xml).units;
    expect(unit.id).toBe('cmparagraph7');
    expect(unit.notes).toEqual([
      { category: 'position', text: '7' },
      { category: 'kind', text: 'subheading' },
      { category: 'redline:sourceVersion', text: 'source7' },
      { category: 'redline:translationVersion', text: 'translation7' },
      { category: 'status', text: 'In review: saved, waiting for an editor.' },
      { category: 'comment', text: 'Ed: Check <this> & that\n↳ Kat: Done.' },
    ]);
    expect(xml).toContain('name="paragraph-7"');
  });

  it('marks right-to-left targets and writes a valid file for a document without translations', () => {
    const xml = writeXliff(exportOf([paragraph(1, { status: 'untranslated', translation: null })], { code: 'ar', englishName: 'Arabic', direction: 'rtl' }));
    expect(xml).toContain('trgLang="ar"');
    expect(xml).toContain('trgDir="rtl"');
    expect(schemaErrors(xml)).toBe('');
  });
});
