// Writes a translation memory as a TMX 1.4b file: one <tu> per pair of English and
// translation, with who wrote the translation and when (creationid, creationdate). Pure.
import { formatTmxDate } from './tmx-format';

export type TmxUnitOut = {
  source: string;
  target: string;
  creationDate: Date | null;
  creationId: string | null;
  /** Where the pair comes from (a document, an imported file): a <note>. */
  note: string | null;
};

export type TmxFile = { targetLang: string; createdAt: Date; units: TmxUnitOut[] };

export function writeTmx(file: TmxFile): string {
  return [...tmxLines(file)].join('\n');
}

/** The file's lines, each <tu>'s as one string: joined by line feeds, writeTmx's text. */
export function* tmxLines({ targetLang, createdAt, units }: TmxFile): Generator<string> {
  yield* [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Redline" creationtoolversion="1" segtype="paragraph" o-tmf="Redline" adminlang="en" srclang="en" datatype="plaintext" creationdate="${formatTmxDate(createdAt)}"/>`,
    '  <body>',
  ];
  for (const unit of units) {
    const attributes = [
      unit.creationDate ? ` creationdate="${formatTmxDate(unit.creationDate)}"` : '',
      unit.creationId ? ` creationid="${escapeXml(unit.creationId)}"` : '',
    ].join('');
    yield [
      `    <tu${attributes}>`,
      ...(unit.note ? [`      <note>${escapeXml(unit.note)}</note>`] : []),
      `      <tuv xml:lang="en"><seg>${escapeXml(unit.source)}</seg></tuv>`,
      `      <tuv xml:lang="${escapeXml(targetLang)}"><seg>${escapeXml(unit.target)}</seg></tuv>`,
      '    </tu>',
    ].join('\n');
  }
  yield* ['  </body>', '</tmx>', ''];
}

/** Text and attribute values; a carriage return as a reference, or a reader would make it a line feed. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;');
}
