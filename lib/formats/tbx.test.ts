import { describe, expect, it } from 'vitest';
import { readTbx, writeTbx } from './tbx';

const terms = [
  { source: 'Kyiv', target: 'Kiew', note: 'Duden spelling', doNotTranslate: false },
  { source: 'NATO', target: 'NATO', note: null, doNotTranslate: true },
  { source: 'AT&T <"x">', target: 'A & B', note: 'a < b', doNotTranslate: false },
];

describe('TBX', () => {
  it('writes translate-toolkit’s MARTIF form with the MARTIF DOCTYPE, English first, notes and the do-not-translate mark', () => {
    const tbx = writeTbx({ targetLang: 'de', targetName: 'German', terms });
    expect(tbx).toContain('<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcdv04.dtd">');
    expect(tbx).toContain('<martif type="TBX" xml:lang="en">');
    expect(tbx).toContain('<langSet xml:lang="en"><tig><term>Kyiv</term></tig></langSet>');
    expect(tbx).toContain('<langSet xml:lang="de"><tig><term>Kiew</term></tig></langSet>');
    expect(tbx).toContain('<note>Duden spelling</note>');
    expect(tbx).toContain('<descrip type="Translation needed">No</descrip>');
    expect(tbx).toContain('<term>AT&amp;T &lt;&quot;x&quot;&gt;</term>');
  });

  it('reads back what it writes', () => {
    const read = readTbx(writeTbx({ targetLang: 'de', targetName: 'German', terms }), 'de');
    expect(read.entries.map(({ line: _line, ...term }) => term)).toEqual(terms);
    expect(read.entries.map((entry) => entry.line)).toEqual([11, 16, 21]);
    expect(read.skipped).toEqual([]);
    expect(read.placeholderLanguage).toBe(false);
  });

  const file = (body: string) => `<?xml version="1.0"?>\n<martif type="TBX" xml:lang="en"><text><body>\n${body}\n</body></text></martif>`;

  it('reads regional tags, ntig/termGrp, the older translationNote mark, and skips entries without the language', () => {
    const read = readTbx(
      file(
        [
          '<termEntry><langSet xml:lang="en-GB"><ntig><termGrp><term>lorry</term></termGrp></ntig></langSet><langSet xml:lang="de-DE"><tig><term>Lkw</term><termNote type="translationNote">no</termNote></tig></langSet></termEntry>',
          '<termEntry><langSet xml:lang="en"><tig><term>only English</term></tig></langSet><langSet xml:lang="fr"><tig><term>français</term></tig></langSet></termEntry>',
          '<termEntry><langSet xml:lang="de"><tig><term>nur Deutsch</term></tig></langSet></termEntry>',
        ].join('\n'),
      ),
      'de',
    );
    expect(read.entries).toEqual([{ line: 3, source: 'lorry', target: 'Lkw', note: null, doNotTranslate: true }]);
    expect(read.skipped).toEqual([
      { line: 4, reason: 'no_target' },
      { line: 5, reason: 'no_source' },
    ]);
  });

  it('takes csv2tbx’s "xx" langSet as the requested language and says so', () => {
    const read = readTbx(file('<termEntry><langSet xml:lang="en"><tig><term>Kyiv</term></tig></langSet><langSet xml:lang="xx"><tig><term>Kiew</term></tig></langSet></termEntry>'), 'de');
    expect(read.entries.map((entry) => entry.target)).toEqual(['Kiew']);
    expect(read.placeholderLanguage).toBe(true);
  });

  it('accepts the external MARTIF DOCTYPE and refuses an internal subset, naming the line', () => {
    const doctype = '<?xml version="1.0"?>\n<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcdv04.dtd">\n<martif><text><body/></text></martif>';
    expect(readTbx(doctype, 'de').entries).toEqual([]);
    expect(() => readTbx('<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY x "y">]>\n<martif/>', 'de')).toThrow(/line 2 declares entities/);
  });

  it('refuses malformed XML and other XML with the line', () => {
    expect(() => readTbx('<martif>\n<text>\n</martif>', 'de')).toThrow(/line 3.*does not match <text>/);
    expect(() => readTbx('<?xml version="1.0"?>\n<xliff/>', 'de')).toThrow(/Line 2: this is not a TBX file/);
  });
});
