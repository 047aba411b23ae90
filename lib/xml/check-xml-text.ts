// A strict look at XML text before any parser sees it: refuses every document type declaration
// that declares something (an internal subset: so no entity is ever declared, let alone expanded:
// no "billion laughs", no external entities), and by default every DOCTYPE at all; and finds the well-formedness errors a lenient parser would let through or place on the wrong
// line: bare ampersands, unknown entities, characters XML forbids, mismatched or unclosed tags.
// Linear in the length of the text. Throws a 400 AppError naming the line and column.
import { AppError } from '../app-error';

const PREDEFINED_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
/** Characters XML 1.0 does not allow anywhere, even as a character reference; and lone surrogates. */
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = /[A-Za-z_:\u00C0-\uFFFF][A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]*/y;
const REFERENCE = /&(?:#([0-9]+)|#x([0-9A-Fa-f]+)|([A-Za-z_:][A-Za-z0-9_:.\-]*));/y;
const WHITESPACE = /[ \t\r\n]*/y;

export type XmlPosition = { line: number; column: number };

/** Line and column (both from 1) of an offset in `text`. */
export function positionAt(text: string, offset: number): XmlPosition {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function xmlError(text: string, offset: number, problem: string): AppError {
  const { line, column } = positionAt(text, offset);
  return new AppError('invalid_input', {
    message: `The file is not well-formed XML: line ${line}, column ${column}: ${problem}`,
    details: { line, column },
  });
}

export type XmlTextRules = {
  /**
   * Accept a DOCTYPE that only names an external DTD (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, TBX's
   * MARTIF one), as TMX and TBX tools write it. It is never fetched: @xmldom/xmldom reads no DTD.
   * An internal subset (`[ ... ]`) is refused either way. XLIFF has no DOCTYPE: false by default.
   */
  externalDoctype?: boolean;
};

/** Throws unless `xml` is a well-formed XML document with one root element and no DOCTYPE (see XmlTextRules). */
export function checkXmlText(xml: string, { externalDoctype = false }: XmlTextRules = {}): void {
  const forbidden = FORBIDDEN_CHARACTER.exec(xml);
  if (forbidden) {
    const code = forbidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw xmlError(xml, forbidden.index, `the character U+${code} is not allowed in XML.`);
  }
  const open: Array<{ name: string; offset: number }> = [];
  let rootSeen = false;
  let index = 0;
  while (index < xml.length) {
    const lt = xml.indexOf('<', index);
    const textEnd = lt === -1 ? xml.length : lt;
    checkText(xml, index, textEnd, open.length > 0, rootSeen);
    if (lt === -1) break;

    if (xml.startsWith('<!--', lt)) {
      index = skipPast(xml, lt, '-->', 'the comment (<!--) is never closed with -->.');
    } else if (xml.startsWith('<![CDATA[', lt)) {
      if (open.length === 0) throw xmlError(xml, lt, 'a CDATA section outside the root element.');
      index = skipPast(xml, lt, ']]>', 'the CDATA section is never closed with ]]>.');
    } else if (xml.startsWith('<?', lt)) {
      index = skipPast(xml, lt, '?>', 'the processing instruction (<?) is never closed with ?>.');
    } else if (/^<!DOCTYPE/i.test(xml.slice(lt, lt + 9))) {
      if (!externalDoctype || rootSeen) {
        throw new AppError('invalid_input', {
          message: `The file has a document type declaration (<!DOCTYPE>) on line ${positionAt(xml, lt).line}. XLIFF files have none, and Redline refuses them: the entities they declare could expand without limit or read other files.`,
          details: positionAt(xml, lt),
        });
      }
      index = skipExternalDoctype(xml, lt);
    } else if (xml.startsWith('<!', lt)) {
      const word = /^<!([A-Za-z]*)/.exec(xml.slice(lt, lt + 20))?.[1] ?? '';
      throw xmlError(xml, lt, `a declaration (<!${word}) where XLIFF files have none.`);
    } else if (xml.startsWith('</', lt)) {
      NAME.lastIndex = lt + 2;
      const name = NAME.exec(xml)?.[0];
      if (!name) throw xmlError(xml, lt, 'an end tag without a name.');
      WHITESPACE.lastIndex = lt + 2 + name.length;
      WHITESPACE.exec(xml);
      if (xml[WHITESPACE.lastIndex] !== '>') throw xmlError(xml, lt, `the end tag </${name} is not closed with ">".`);
      const start = open.pop();
      if (!start) throw xmlError(xml, lt, `the end tag </${name}> has no start tag.`);
      if (start.name !== name) {
        throw xmlError(xml, lt, `the end tag </${name}> does not match <${start.name}>, opened on line ${positionAt(xml, start.offset).line}.`);
      }
      index = WHITESPACE.lastIndex + 1;
    } else {
      NAME.lastIndex = lt + 1;
      const name = NAME.exec(xml)?.[0];
      if (!name) throw xmlError(xml, lt, 'a "<" that does not start a tag; write &lt; for a literal "<".');
      if (rootSeen && open.length === 0) throw xmlError(xml, lt, `a second root element <${name}>; an XML file has one.`);
      const { end, selfClosing } = scanAttributes(xml, lt, lt + 1 + name.length, name);
      rootSeen = true;
      if (!selfClosing) open.push({ name, offset: lt });
      index = end;
    }
  }
  const unclosed = open.pop();
  if (unclosed) throw xmlError(xml, unclosed.offset, `<${unclosed.name}> is never closed; the file may be cut short.`);
  if (!rootSeen) {
    throw new AppError('invalid_input', { message: 'The file is not XML: it has no element at all.', details: { line: 1, column: 1 } });
  }
}

/** Scans a start tag's attributes from `from`; returns the offset after its ">" or "/>". */
function scanAttributes(xml: string, lt: number, from: number, element: string): { end: number; selfClosing: boolean } {
  let index = from;
  const seen = new Set<string>();
  for (;;) {
    WHITESPACE.lastIndex = index;
    WHITESPACE.exec(xml);
    const spaced = WHITESPACE.lastIndex > index;
    index = WHITESPACE.lastIndex;
    if (xml[index] === '>') return { end: index + 1, selfClosing: false };
    if (xml.startsWith('/>', index)) return { end: index + 2, selfClosing: true };
    if (index >= xml.length) throw xmlError(xml, lt, `the tag <${element} is never closed with ">".`);
    NAME.lastIndex = index;
    const attribute = NAME.exec(xml)?.[0];
    if (!attribute || !spaced) throw xmlError(xml, index, `unexpected "${xml[index]}" in the tag <${element}>.`);
    if (seen.has(attribute)) throw xmlError(xml, index, `the attribute ${attribute} appears twice in <${element}>.`);
    seen.add(attribute);
    WHITESPACE.lastIndex = index + attribute.length;
    WHITESPACE.exec(xml);
    if (xml[WHITESPACE.lastIndex] !== '=') throw xmlError(xml, index, `the attribute ${attribute} of <${element}> has no value.`);
    WHITESPACE.lastIndex += 1;
    WHITESPACE.exec(xml);
    const quoteAt = WHITESPACE.lastIndex;
    const quote = xml[quoteAt];
    if (quote !== '"' && quote !== "'") throw xmlError(xml, quoteAt, `the value of ${attribute} in <${element}> is not in quotes.`);
    const close = xml.indexOf(quote, quoteAt + 1);
    if (close === -1) throw xmlError(xml, quoteAt, `the value of ${attribute} in <${element}> is never closed.`);
    const lessThan = xml.indexOf('<', quoteAt + 1);
    if (lessThan !== -1 && lessThan < close) throw xmlError(xml, lessThan, `a "<" in the value of ${attribute}; write &lt;.`);
    checkReferences(xml, quoteAt + 1, close);
    index = close + 1;
  }
}

function checkText(xml: string, from: number, to: number, insideRoot: boolean, rootSeen: boolean) {
  if (from >= to) return;
  if (!insideRoot) {
    const stray = xml.slice(from, to).search(/[^ \t\r\n]/);
    if (stray !== -1) {
      throw xmlError(
        xml,
        from + stray,
        rootSeen ? 'text after the root element has ended.' : 'text before the first element; the file does not start as XML.',
      );
    }
    return;
  }
  const cdataEnd = xml.slice(from, to).indexOf(']]>');
  if (cdataEnd !== -1) throw xmlError(xml, from + cdataEnd, '"]]>" in text; write ]]&gt;.');
  checkReferences(xml, from, to);
}

function checkReferences(xml: string, from: number, to: number) {
  // Searched in the slice: a search of the whole text from every piece of text would be quadratic.
  const piece = xml.slice(from, to);
  for (let found = piece.indexOf('&'); found !== -1; found = piece.indexOf('&', found + 1)) {
    const amp = from + found;
    REFERENCE.lastIndex = amp;
    const reference = REFERENCE.exec(xml);
    if (!reference || REFERENCE.lastIndex > to) {
      throw xmlError(xml, amp, 'a bare "&"; write &amp; for a literal ampersand.');
    }
    const [, decimal, hex, name] = reference;
    if (name !== undefined && !PREDEFINED_ENTITIES.has(name)) {
      throw xmlError(
        xml,
        amp,
        `the entity &${name}; is not defined. XML knows only &amp; &lt; &gt; &quot; &apos;; write the character itself or a numeric reference.`,
      );
    }
    if (name === undefined) {
      const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
      if (!isXmlCharacter(code)) throw xmlError(xml, amp, `${reference[0]} refers to a character XML does not allow.`);
    }
  }
}

function isXmlCharacter(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** The offset after a DOCTYPE that names only an external DTD; throws at an internal subset. */
function skipExternalDoctype(xml: string, lt: number): number {
  const doctype = /<!DOCTYPE[ \t\r\n]+[^ \t\r\n>\[]+(?:[ \t\r\n]+(?:SYSTEM[ \t\r\n]+("[^"]*"|'[^']*')|PUBLIC[ \t\r\n]+("[^"]*"|'[^']*')[ \t\r\n]+("[^"]*"|'[^']*')))?[ \t\r\n]*(>|\[)/iy;
  doctype.lastIndex = lt;
  const match = doctype.exec(xml);
  if (!match) throw xmlError(xml, lt, 'the document type declaration (<!DOCTYPE) is not one XML allows.');
  if (match[4] === '[') {
    throw new AppError('invalid_input', {
      message: `The document type declaration on line ${positionAt(xml, lt).line} declares entities or elements of its own (an internal subset, "[ ... ]"). Redline refuses them: the entities could expand without limit or read other files. A DOCTYPE that only names its DTD is fine.`,
      details: positionAt(xml, lt),
    });
  }
  return doctype.lastIndex;
}

function skipPast(xml: string, from: number, terminator: string, problem: string): number {
  const end = xml.indexOf(terminator, from + 2);
  if (end === -1) throw xmlError(xml, from, problem);
  return end + terminator.length;
}
