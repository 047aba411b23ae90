import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { checkXmlText, positionAt } from './check-xml-text';

function problem(xml: string): string {
  try {
    checkXmlText(xml);
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_input') return error.message;
    throw error;
  }
  return 'ok';
}

describe('checkXmlText', () => {
  it('accepts well-formed XML with declarations, comments, processing instructions, CDATA and references', () => {
    expect(problem('<?xml version="1.0"?>\n<!-- a <comment> & -->\n<a x=\'1\' y="&amp;&#10;"><?pi x?><b/>t &lt;&#x1F600;<![CDATA[<&>]]></a>\n')).toBe('ok');
  });

  it('refuses every DOCTYPE, with or without entities, in any case', () => {
    expect(problem('<!DOCTYPE a>\n<a/>')).toMatch(/^The file has a document type declaration \(<!DOCTYPE>\) on line 1/);
    expect(problem('<?xml version="1.0"?>\n<!doctype a SYSTEM "http://example.com/a.dtd">\n<a/>')).toMatch(/on line 2/);
    expect(problem('<a><!ENTITY x "y"></a>')).toMatch(/line 1, column 4: a declaration \(<!ENTITY\) where XLIFF files have none/);
  });

  it('accepts a DOCTYPE that only names an external DTD when asked to, and never an internal subset', () => {
    const external = (xml: string) => {
      try {
        checkXmlText(xml, { externalDoctype: true });
      } catch (error) {
        if (error instanceof AppError) return error.message;
        throw error;
      }
      return 'ok';
    };
    expect(external('<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx/>')).toBe('ok');
    expect(external("<!DOCTYPE martif PUBLIC 'ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN' 'TBXcdv04.dtd'>\n<martif/>")).toBe('ok');
    expect(external('<!DOCTYPE tmx>\n<tmx/>')).toBe('ok');
    expect(external('<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY a "aaaa">\n]>\n<tmx>&a;</tmx>')).toMatch(/^The document type declaration on line 2 declares entities/);
    expect(external('<!DOCTYPE tmx SYSTEM "tmx14.dtd" [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx/>')).toMatch(/internal subset/);
    expect(external('<tmx><!DOCTYPE tmx></tmx>')).toMatch(/document type declaration \(<!DOCTYPE>\) on line 1/);
    expect(external('<!DOCTYPE tmx SYSTEM>\n<tmx/>')).toMatch(/line 1, column 1: the document type declaration \(<!DOCTYPE\) is not one XML allows/);
  });

  it('names the line and column of each well-formedness error', () => {
    expect(problem('<a>\n  <b>\n</a>')).toBe('The file is not well-formed XML: line 3, column 1: the end tag </a> does not match <b>, opened on line 2.');
    expect(problem('<a>\n<b>text')).toBe('The file is not well-formed XML: line 2, column 1: <b> is never closed; the file may be cut short.');
    expect(problem('<a>\n  Fish & chips</a>')).toBe('The file is not well-formed XML: line 2, column 8: a bare "&"; write &amp; for a literal ampersand.');
    expect(problem('<a>&nbsp;</a>')).toMatch(/line 1, column 4: the entity &nbsp; is not defined/);
    expect(problem('<a>&#0;</a>')).toMatch(/&#0; refers to a character XML does not allow/);
    expect(problem('<a>\u0007</a>')).toBe('The file is not well-formed XML: line 1, column 4: the character U+0007 is not allowed in XML.');
    expect(problem('<a>1 < 2</a>')).toMatch(/line 1, column 6: a "<" that does not start a tag/);
    expect(problem('<a b="<"/>')).toMatch(/a "<" in the value of b/);
    expect(problem('<a b=c/>')).toMatch(/the value of b in <a> is not in quotes/);
    expect(problem('<a b="1" b="2"/>')).toMatch(/the attribute b appears twice/);
    expect(problem('<a b="1"c="2"/>')).toMatch(/unexpected "c" in the tag <a>/);
    expect(problem('<a>]]></a>')).toMatch(/"\]\]>" in text/);
    expect(problem('<a><!-- open</a>')).toMatch(/the comment \(<!--\) is never closed/);
    expect(problem('<a><![CDATA[open</a>')).toMatch(/the CDATA section is never closed/);
    expect(problem('<a></b>')).toMatch(/the end tag <\/b> does not match <a>/);
    expect(problem('</a>')).toMatch(/the end tag <\/a> has no start tag/);
  });

  it('refuses what is outside one root element', () => {
    expect(problem('')).toBe('The file is not XML: it has no element at all.');
    expect(problem('just text')).toMatch(/line 1, column 1: text before the first element/);
    expect(problem('<a/>\n<b/>')).toMatch(/line 2, column 1: a second root element <b>/);
    expect(problem('<a/>\ntrailing')).toMatch(/line 2, column 1: text after the root element has ended/);
    expect(problem('<![CDATA[x]]><a/>')).toMatch(/a CDATA section outside the root element/);
  });

  it('stays linear on large input', () => {
    const big = `<a>${'<b c="d">text &amp; more</b>'.repeat(100_000)}</a>`;
    const started = performance.now();
    expect(problem(big)).toBe('ok');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('positionAt', () => {
  it('counts lines and columns from 1', () => {
    expect(positionAt('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt('ab\ncd\n', 6)).toEqual({ line: 3, column: 1 });
  });
});
