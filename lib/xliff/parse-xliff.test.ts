import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { parseXliff } from './parse-xliff';

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">';

/** A file with one unit whose <unit> content is `body` (line 4 onwards). */
function file(body: string, unitAttributes = ''): string {
  return `${HEAD}\n<file id="f1">\n<unit id="u1"${unitAttributes}>\n${body}\n</unit>\n</file>\n</xliff>\n`;
}

function target(body: string, unitAttributes = ''): string | null {
  return parseXliff(file(body, unitAttributes)).units[0].target;
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

describe('parseXliff', () => {
  it('reads the languages, files, units, notes and text', () => {
    const parsed = parseXliff(
      `${HEAD}\n<file id="f1" original="redline:story">\n<unit id="p1">\n<notes><note category="position">1</note><note>free</note></notes>\n<segment state="final"><source>Hello</source><target>Hallo</target></segment>\n</unit>\n</file>\n</xliff>`,
    );
    expect(parsed).toEqual({
      line: 2,
      version: '2.0',
      srcLang: 'en',
      trgLang: 'de',
      files: [{ id: 'f1', original: 'redline:story', line: 3 }],
      units: [
        {
          id: 'p1',
          line: 4,
          fileOriginal: 'redline:story',
          notes: [
            { category: 'position', text: '1' },
            { category: null, text: 'free' },
          ],
          state: 'final',
          source: 'Hello',
          target: 'Hallo',
          untranslatedSegments: 0,
          segments: 1,
        },
      ],
    });
  });

  it('turns character references, the predefined entities and CDATA into text', () => {
    expect(target('<segment><source>s</source><target>A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos; &#x201E;F&#8220; <![CDATA[<G> & H]]></target></segment>')).toBe(
      'A & B <C> "D" \'E\' „F“ <G> & H',
    );
  });

  it('collapses white space by default and keeps it where xml:space="preserve", inherited from the unit', () => {
    expect(target('<segment><source>s</source><target>\n   Zeile  eins\n\tund zwei   </target></segment>')).toBe('Zeile eins und zwei');
    expect(target('<segment><source>s</source><target xml:space="preserve"> Zeile  eins\nzwei </target></segment>')).toBe(' Zeile  eins\nzwei ');
    expect(target('<segment><source>s</source><target>Zeile  eins\nzwei</target></segment>', ' xml:space="preserve"')).toBe('Zeile  eins\nzwei');
    // An inner element may switch back to default.
    expect(
      target('<segment><source>s</source><target>A  <mrk id="m" xml:space="default">b   c</mrk>  D</target></segment>', ' xml:space="preserve"'),
    ).toBe('A  b c  D');
    // Runs of white space across inline markup collapse as one.
    expect(target('<segment><source>s</source><target>A <mrk id="m"> B</mrk></target></segment>')).toBe('A B');
  });

  it('joins segments a tool split a paragraph into, with the ignorable white space between them', () => {
    const unit = parseXliff(
      file(
        '<segment id="s1"><source>One.</source><target>Eins.</target></segment><ignorable><source> </source></ignorable><segment id="s2"><source>Two.</source><target>Zwei.</target></segment>',
      ),
    ).units[0];
    expect([unit.source, unit.target, unit.segments, unit.untranslatedSegments]).toEqual(['One. Two.', 'Eins. Zwei.', 2, 0]);
    // With xml:space="preserve" the space may sit inside a segment instead.
    expect(
      target('<segment><source>One. </source><target>Eins. </target></segment><segment><source>Two.</source><target>Zwei.</target></segment>', ' xml:space="preserve"'),
    ).toBe('Eins. Zwei.');
  });

  it('puts reordered targets where their order attribute says', () => {
    expect(
      target(
        '<segment><source>A.</source><target order="3">C.</target></segment><ignorable><source> </source></ignorable><segment><source>C.</source><target order="1">A.</target></segment>',
      ),
    ).toBe('A. C.');
  });

  it('tells a unit without target from a partly translated one', () => {
    const none = parseXliff(file('<segment><source>One.</source></segment><segment><source>Two.</source><target/></segment>')).units[0];
    expect([none.target, none.untranslatedSegments]).toEqual([null, 0]);
    const partly = parseXliff(file('<segment><source>One.</source><target>Eins.</target></segment><segment><source>Two.</source></segment>')).units[0];
    expect([partly.target, partly.untranslatedSegments, partly.segments]).toEqual(['Eins.', 1, 2]);
  });

  it('keeps the text of pc and mrk, drops sc/ec/sm/em markers, reads cp, and uses the equiv of a placeholder', () => {
    expect(
      target(
        '<segment><source>s</source><target><pc id="1">Fett</pc> und <mrk id="m1" type="term">Begriff</mrk>, <sc id="2"/>kursiv<ec startRef="2"/>, <sm id="a"/>Notiz<em startRef="a"/>, Tab<cp hex="0009"/>, Name: <ph id="3" equiv="{name}"/></target></segment>',
      ),
    ).toBe('Fett und Begriff, kursiv, Notiz, Tab\t, Name: {name}');
  });

  it('refuses a placeholder without text in a target, naming the unit and line, but tolerates it in a source', () => {
    const error = failure(file('<segment><source>Image <ph id="1"/></source>\n<target>Bild <ph id="1"/></target></segment>'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      'Line 6: the target of unit "u1" contains a placeholder <ph id="1"/> with no text equivalent (equiv). Redline paragraphs are plain text without codes: replace the placeholder with its text and import again.',
    );
    expect(error.details).toEqual({ line: 6 });
    expect(parseXliff(file('<segment><source>Image <ph id="1"/> here</source></segment>')).units[0].source).toBe('Image here');
  });

  it('refuses markup that is not XLIFF inline markup inside a target', () => {
    expect(failure(file('<segment><source>s</source><target xmlns:h="urn:html">a <h:b>b</h:b></target></segment>')).message).toMatch(
      /^Line 5: the target of unit "u1" contains <h:b>, which is not XLIFF inline markup/,
    );
    expect(failure(file('<segment><source>s</source><target><segment/></target></segment>')).message).toMatch(/contains <segment>, which is not allowed inside a target/);
  });

  it('finds units inside groups and refuses a unit id used twice', () => {
    const parsed = parseXliff(
      `${HEAD}\n<file id="f1"><group id="g"><group id="h"><unit id="deep"><segment><source>s</source></segment></unit></group></group></file></xliff>`,
    );
    expect(parsed.units.map((unit) => unit.id)).toEqual(['deep']);
    const twice = `${HEAD}\n<file id="f1">\n<unit id="a"><segment><source>s</source></segment></unit>\n<unit id="a"><segment><source>s</source></segment></unit>\n</file></xliff>`;
    expect(failure(twice).message).toBe('Line 5: the unit id "a" appears twice (first on line 4).');
  });

  it('refuses a file that is not XLIFF 2.0, saying what it is', () => {
    expect(failure('<?xml version="1.0"?>\n<html><body/></html>').message).toBe(
      'Line 2: this is not an XLIFF file: its root element is <html>. An XLIFF 2.0 file starts with <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0">.',
    );
    expect(failure('<xliff version="1.0"><file/></xliff>').message).toBe(
      'Line 1: the file says XLIFF version "1.0" but is in the namespace ""; Redline reads XLIFF 1.2, 1.1 and 2.0.',
    );
    expect(failure('<xliff version="2.0" srcLang="en"><file id="f"/></xliff>').message).toMatch(/^Line 1: the <xliff> element is in the namespace "", not XLIFF 2.0's/);
    expect(failure('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="3.0" srcLang="en"><file id="f"/></xliff>').message).toBe(
      'Line 1: the file says XLIFF version "3.0"; Redline reads XLIFF 1.2, 1.1 and 2.0.',
    );
    expect(failure('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"><file id="f"/></xliff>').message).toMatch(/no srcLang/);
    expect(failure('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"/>').message).toMatch(/has no <file>/);
  });

  it('reads a file with a prefixed XLIFF namespace', () => {
    const prefixed = '<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><x:file id="f"><x:unit id="u"><x:segment><x:source>a</x:source><x:target>b</x:target></x:segment></x:unit></x:file></x:xliff>';
    expect(parseXliff(prefixed).units[0].target).toBe('b');
  });

  it('refuses a DOCTYPE before any entity is expanded: the billion laughs take no time', () => {
    const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE xliff [\n<!ENTITY lol0 "lol">\n${entities}\n]>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"><unit id="u"><segment><source>&lol9;</source></segment></unit></file></xliff>`;
    const started = performance.now();
    const error = failure(bomb);
    expect(performance.now() - started).toBeLessThan(200);
    expect(error.message).toMatch(/^The file has a document type declaration \(<!DOCTYPE>\) on line 2\. XLIFF files have none/);
  });

  it('refuses other declared encodings and malformed XML with the line of the problem', () => {
    expect(failure('<?xml version="1.0" encoding="ISO-8859-1"?>\n<xliff/>').message).toMatch(/declares the encoding ISO-8859-1/);
    const broken = file('<segment><source>s</source>\n<target>a\n</segment>');
    expect(failure(broken).message).toBe('The file is not well-formed XML: line 7, column 1: the end tag </segment> does not match <target>, opened on line 6.');
    expect(failure(broken).details).toEqual({ line: 7, column: 1 });
  });

  it('refuses an unbound namespace prefix, which only the parser sees, near its line', () => {
    const error = failure(file('<segment><source>s</source>\n<target>a <y:b/></target></segment>'));
    expect(error.message).toBe('The file is not well-formed XML near line 6: a namespace prefix is used without its xmlns declaration.');
  });
});
