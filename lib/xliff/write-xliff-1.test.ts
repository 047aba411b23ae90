import { describe, expect, it } from 'vitest';
import { parseXliff } from './parse-xliff';
import type { XliffExport, XliffParagraph } from './write-xliff';
import { writeXliff1, xliff1State } from './write-xliff-1';

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

function exportOf(paragraphs: XliffParagraph[]): XliffExport {
  return {
    document: { slug: 'story-1', title: 'Attack on "Kyiv" & more', sourceLang: 'en' },
    language: { code: 'de', englishName: 'German', direction: 'ltr' },
    exportedAt: '2025-04-24T06:00:00.000Z',
    paragraphs,
  };
}

describe('xliff1State', () => {
  it('maps each status with a translation to a state of XLIFF 1.2', () => {
    expect((['approved', 'in_review', 'rejected', 'outdated'] as const).map(xliff1State)).toEqual([
      'signed-off',
      'translated',
      'needs-translation',
      'needs-review-translation',
    ]);
  });
});

describe('writeXliff1', () => {
  it('writes an XLIFF 1.2 file: one file, one trans-unit per paragraph with its id, state and facts', () => {
    const xml = writeXliff1(
      exportOf([
        paragraph(1, { kind: 'headline', status: 'approved' }),
        paragraph(2),
        paragraph(3, { status: 'rejected', translation: { versionId: 't3', text: 'Falsch.', rejection: { reviewer: 'Eda', comment: 'No.' }, translatedSource: null } }),
        paragraph(4, { status: 'outdated' }),
        paragraph(5, { status: 'untranslated', translation: null, comments: [{ author: 'Eda', text: 'Urgent <today>', replies: [{ author: 'Tom', text: 'On it.' }] }] }),
      ]),
    );
    expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">');
    expect(xml).toContain('<file original="redline:story-1" source-language="en" target-language="de" datatype="plaintext">');
    expect(xml.match(/<file /g)).toHaveLength(1);
    expect(xml).toContain('<trans-unit id="cmparagraph1" resname="paragraph-1" approved="yes">');
    expect([...xml.matchAll(/<target state="([a-z-]+)">/g)].map((match) => match[1])).toEqual([
      'signed-off',
      'translated',
      'needs-translation',
      'needs-review-translation',
    ]);
    expect(xml.match(/approved="yes"/g)).toHaveLength(1);

    const parsed = parseXliff(xml);
    expect(parsed).toMatchObject({ version: '1.2', srcLang: 'en', trgLang: 'de', files: [{ original: 'redline:story-1' }] });
    expect(parsed.units.map((unit) => [unit.id, unit.source, unit.target])).toEqual([
      ['cmparagraph1', 'Paragraph 1.', 'Absatz 1.'],
      ['cmparagraph2', 'Paragraph 2.', 'Absatz 2.'],
      ['cmparagraph3', 'Paragraph 3.', 'Falsch.'],
      ['cmparagraph4', 'Paragraph 4.', 'Absatz 4.'],
      ['cmparagraph5', 'Paragraph 5.', null],
    ]);
    const facts = (index: number) => Object.fromEntries(parsed.units[index].notes.map((note) => [note.category, note.text]));
    expect(facts(0)).toMatchObject({
      position: '1',
      kind: 'headline',
      status: 'approved',
      'redline:sourceVersion': 'source1',
      'redline:translationVersion': 'translation1',
    });
    expect(facts(4)['redline:translationVersion']).toBeUndefined();
    expect(parsed.units[2].notes).toContainEqual({ category: 'Redline', text: 'Rejected by Eda: No.' });
    expect(parsed.units[4].notes).toContainEqual({ category: 'Eda', text: 'Eda: Urgent <today>\n↳ Tom: On it.' });
  });

  it('keeps markup-like text, quotes, line breaks and runs of spaces exactly', () => {
    const tricky = 'Trump wrote: <Vladimir, STOP!> & "more"\nline  two\twith tab';
    const xml = writeXliff1(exportOf([paragraph(1, { source: { versionId: 's', text: tricky }, translation: { versionId: 't', text: ` ${tricky} `, rejection: null, translatedSource: null } })]));
    expect(xml).toContain('xml:space="preserve"');
    const [unit] = parseXliff(xml).units;
    expect([unit.source, unit.target]).toEqual([tricky, ` ${tricky} `]);
  });
});
