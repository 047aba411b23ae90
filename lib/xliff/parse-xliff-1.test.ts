import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { parseXliff } from './parse-xliff';

const HEAD_12 = '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">';

/** A 1.2 file with one trans-unit whose content is `body` (line 5 onwards). */
function file(body: string, unitAttributes = '', head = HEAD_12): string {
  return `${head}\n<file original="redline:story" source-language="en" target-language="de" datatype="plaintext">\n<body>\n<trans-unit id="u1"${unitAttributes}>\n${body}\n</trans-unit>\n</body>\n</file>\n</xliff>\n`;
}

function target(markup: string, unitAttributes = ''): string | null {
  return parseXliff(file(`<source>s</source><target>${markup}</target>`, unitAttributes)).units[0].target;
}

function failure(xml: string): AppError {
  try {
    parseXliff(xml);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('parsed without complaint');
}

describe('parseXliff on XLIFF 1.2 and 1.1', () => {
  it('reads the languages, file, trans-units, Redline facts, notes and text', () => {
    const parsed = parseXliff(
      file(
        '<source>Hello</source>\n<target state="translated">Hallo</target>\n<context-group name="redline:u1" purpose="information"><context context-type="x-redline-source-version">sv1</context><context context-type="x-redline-position">3</context></context-group>\n<context-group name="po-reference" purpose="location"><context context-type="sourcefile">a.po</context></context-group>\n<note from="Eda">Check</note>',
      ),
    );
    expect(parsed).toMatchObject({ line: 2, version: '1.2', srcLang: 'en', trgLang: 'de', files: [{ id: null, original: 'redline:story', line: 3 }] });
    expect(parsed.units).toEqual([
      {
        id: 'u1',
        line: 5,
        fileOriginal: 'redline:story',
        notes: [
          { category: 'redline:sourceVersion', text: 'sv1' },
          { category: 'position', text: '3' },
          { category: 'Eda', text: 'Check' },
        ],
        source: 'Hello',
        target: 'Hallo',
        untranslatedSegments: 0,
        segments: 1,
        state: 'translated',
      },
    ]);
  });

  it('reads XLIFF 1.1 as translate-toolkit writes it, with or without a namespace, and in groups', () => {
    const eleven = '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">';
    expect(parseXliff(file('<source>a</source><target>b</target>', '', eleven))).toMatchObject({ version: '1.1', units: [{ id: 'u1', target: 'b' }] });
    const bare = '<?xml version="1.0"?>\n<xliff version="1.1">';
    expect(parseXliff(file('<source>a</source>', '', bare))).toMatchObject({ version: '1.1', units: [{ id: 'u1', target: null, state: 'new' }] });
    const grouped = `${HEAD_12}\n<file original="x" source-language="en-US" datatype="plaintext"><body><group id="g"><trans-unit id="deep"><source>s</source></trans-unit></group></body></file></xliff>`;
    expect(parseXliff(grouped)).toMatchObject({ srcLang: 'en-US', trgLang: null, units: [{ id: 'deep' }] });
  });

  it("leaves out po2xliff's PO header unit", () => {
    const xml = `${HEAD_12}\n<file original="a.po" source-language="en" datatype="plaintext"><body><trans-unit id="1" restype="x-gettext-domain-header"><source>Content-Type: text/plain</source></trans-unit><trans-unit id="2"><source>s</source></trans-unit></body></file></xliff>`;
    expect(parseXliff(xml).units.map((unit) => unit.id)).toEqual(['2']);
  });

  it('applies xml:space, reads entities and CDATA, and keeps the text of g and mrk', () => {
    expect(target('  a \n  b  ')).toBe('a b');
    expect(target('  a \n  b  ', ' xml:space="preserve"')).toBe('  a \n  b  ');
    expect(target('&lt;b&gt; &amp; <![CDATA[<i>]]> &#x201E;x&#x201C;')).toBe('<b> & <i> „x“');
    expect(target('Ein <g id="1" ctype="bold">fetter</g> und <mrk mtype="term">markierter</mrk> Text')).toBe('Ein fetter und markierter Text');
    expect(target('A<bx id="1"/>b<ex id="2"/>c<bpt id="3">&lt;b&gt;</bpt>d<ept id="4">&lt;/b&gt;</ept>')).toBe('Abcd');
    expect(target('Zeile<x id="1" equiv-text="&#10;"/>zwei', ' xml:space="preserve"')).toBe('Zeile\nzwei');
    expect(target('')).toBe('');
  });

  it('refuses placeholders without text in a target, and markup that is not XLIFF inline markup', () => {
    expect(failure(file('<source>s</source><target>Text <x id="7"/> mit Code</target>')).message).toBe(
      'Line 6: the target of trans-unit "u1" contains a placeholder <x id="7"> with no text equivalent (equiv-text). Redline paragraphs are plain text without codes: replace the placeholder with its text and import again.',
    );
    expect(failure(file('<source>s</source><target><ph id="8">&lt;br/&gt;</ph></target>')).message).toMatch(/placeholder <ph id="8"> with no text equivalent/);
    // In the source a code is only context: it is left out.
    expect(parseXliff(file('<source>a<x id="1"/>b</source>')).units[0].source).toBe('ab');
    expect(failure(file('<source>s</source><target><h:b xmlns:h="http://www.w3.org/1999/xhtml">fett</h:b></target>')).message).toMatch(
      /contains <h:b>, which is not XLIFF inline markup/,
    );
    expect(failure(file('<source>s</source><target><b>fett</b></target>')).message).toMatch(/contains <b>, which is not allowed inside a target/);
    expect(failure(file('<source>s</source><target><source>x</source></target>')).message).toMatch(/contains <source>, which is not allowed inside a target/);
  });

  it('refuses what it cannot read, saying what and where', () => {
    expect(failure(file('<target>t</target>')).message).toBe('Line 5: trans-unit "u1" has no <source>.');
    expect(failure(`${HEAD_12}\n<file original="x" datatype="plaintext"><body/></file></xliff>`).message).toBe('Line 3: a <file> without source-language (the source language).');
    expect(failure(`${HEAD_12}\n</xliff>`).message).toBe('Line 2: the <xliff> element has no <file>.');
    const twice = `${HEAD_12}\n<file original="x" source-language="en" datatype="plaintext"><body>\n<trans-unit id="a"><source>s</source></trans-unit>\n<trans-unit id="a"><source>s</source></trans-unit>\n</body></file></xliff>`;
    expect(failure(twice).message).toBe('Line 5: the trans-unit id "a" appears twice (first on line 4).');
    const languages = `${HEAD_12}\n<file original="x" source-language="en" target-language="de" datatype="plaintext"><body/></file>\n<file original="y" source-language="en" target-language="fr" datatype="plaintext"><body/></file></xliff>`;
    expect(failure(languages).message).toBe('Line 4: this <file> is en to fr, the one on line 3 en to de. Import one language at a time.');
    expect(failure('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.0"><file/></xliff>').message).toBe(
      'Line 1: the file says XLIFF version "1.0"; Redline reads XLIFF 1.2, 1.1 and 2.0.',
    );
    expect(failure(`<!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" "http://www.oasis-open.org/committees/xliff/documents/xliff.dtd">\n${file('<source>s</source>').replace(/^<\?xml[^>]*>\n/, '')}`).message).toMatch(/DOCTYPE/);
  });
});
