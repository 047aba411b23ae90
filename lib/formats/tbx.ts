// The glossary of one language pair as TBX-Basic (TBX 2, the MARTIF form translate-toolkit's
// csv2tbx writes and translate.storage.tbx reads): per term a termEntry with the English and the
// target langSet, each tig/term; notes as <note>, which translate-toolkit reads as notes. A
// do-not-translate term has its source as target and <descrip type="Translation needed">No</descrip>
// (Weblate's mark, built on translate-toolkit; `<termNote type="translationNote">no</termNote>`,
// its older one, is read too). translate-toolkit reads neither as a note, so the mark costs a
// reader nothing. The reader never expands an entity: an internal DOCTYPE subset is refused, the
// MARTIF DOCTYPE's DTD is never fetched. Throws a 400 AppError naming the problem and its line.
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { AppError } from '../app-error';
import { checkXmlText } from '../xml/check-xml-text';

export type TbxTerm = { source: string; target: string; note: string | null; doNotTranslate: boolean };
export type TbxEntry = TbxTerm & { line: number };

export type TbxGlossary = {
  entries: TbxEntry[];
  /** termEntries without an English or without a target-language term, with their lines. */
  skipped: Array<{ line: number; reason: 'no_source' | 'no_target' }>;
  /** The target terms were in langSets marked "xx", translate-toolkit's language not given (csv2tbx writes it). */
  placeholderLanguage: boolean;
};

export const MARTIF_DOCTYPE = '<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcdv04.dtd">';
/** What translate-toolkit writes as the target language when it was not told one. */
export const PLACEHOLDER_LANGUAGE = 'xx';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escape(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The terms of English → `targetLang` as a TBX-Basic file. */
export function writeTbx({ targetLang, targetName, terms }: { targetLang: string; targetName: string; terms: TbxTerm[] }): string {
  const entries = terms.map((term, index) => {
    const lines = [`      <termEntry id="term-${index + 1}">`];
    if (term.doNotTranslate) lines.push('        <descrip type="Translation needed">No</descrip>');
    if (term.note) lines.push(`        <note>${escape(term.note)}</note>`);
    lines.push(
      `        <langSet xml:lang="en"><tig><term>${escape(term.source)}</term></tig></langSet>`,
      `        <langSet xml:lang="${escape(targetLang)}"><tig><term>${escape(term.doNotTranslate ? term.source : term.target)}</term></tig></langSet>`,
      '      </termEntry>',
    );
    return lines.join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    MARTIF_DOCTYPE,
    '<martif type="TBX" xml:lang="en">',
    '  <martifHeader>',
    '    <fileDesc>',
    `      <sourceDesc><p>Redline glossary, English to ${escape(targetName)}</p></sourceDesc>`,
    '    </fileDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
    ...entries,
    '    </body>',
    '  </text>',
    '</martif>',
    '',
  ].join('\n');
}

/** "de-DE" names German, "de" too; "fr" does not. */
export function sameLanguage(tag: string, code: string): boolean {
  const lower = tag.toLowerCase();
  return lower === code.toLowerCase() || lower.startsWith(`${code.toLowerCase()}-`);
}

/** Reads English → `targetLang` terms from a TBX file (MARTIF root). */
export function readTbx(xml: string, targetLang: string): TbxGlossary {
  checkXmlText(xml, { externalDoctype: true });
  const root = parseXml(xml).documentElement;
  if (!root || root.localName !== 'martif') {
    throw invalid(`this is not a TBX file: its root element is <${root?.tagName ?? '?'}>. A TBX glossary starts with <martif type="TBX">.`, root ? lineOf(root) : 1);
  }
  const sourceDefault = langOf(root) ?? 'en';
  const termEntries = descendants(root, 'termEntry');
  const entries: TbxEntry[] = [];
  const skipped: TbxGlossary['skipped'] = [];
  let placeholderLanguage = false;
  for (const entry of termEntries) {
    const langSets = children(entry, 'langSet').flatMap((set) => {
      const term = termOf(set);
      return term === null ? [] : [{ lang: langOf(set) ?? sourceDefault, term }];
    });
    const source = langSets.find((set) => sameLanguage(set.lang, 'en'))?.term;
    let target = langSets.find((set) => sameLanguage(set.lang, targetLang))?.term;
    if (target === undefined && !sameLanguage(PLACEHOLDER_LANGUAGE, targetLang)) {
      target = langSets.find((set) => set.lang.toLowerCase() === PLACEHOLDER_LANGUAGE)?.term;
      if (target !== undefined) placeholderLanguage = true;
    }
    if (source === undefined || source.trim() === '') {
      skipped.push({ line: lineOf(entry), reason: 'no_source' });
      continue;
    }
    if (target === undefined) {
      skipped.push({ line: lineOf(entry), reason: 'no_target' });
      continue;
    }
    const notes = [...new Set(descendants(entry, 'note').map((note) => textOf(note).trim()).filter((note) => note !== ''))];
    entries.push({ line: lineOf(entry), source, target, note: notes.join('\n') || null, doNotTranslate: isDoNotTranslate(entry) });
  }
  return { entries, skipped, placeholderLanguage };
}

function isDoNotTranslate(entry: Element): boolean {
  const marks = [...descendants(entry, 'descrip'), ...descendants(entry, 'termNote')].filter((mark) =>
    /^(translation needed|translationnote)$/i.test(mark.getAttribute('type') ?? ''),
  );
  return marks.some((mark) => /^(no|false)$/i.test(textOf(mark).trim()));
}

function termOf(langSet: Element): string | null {
  const term = descendants(langSet, 'term')[0];
  return term ? textOf(term) : null;
}

function langOf(element: Element): string | null {
  return element.getAttributeNS(XML_NAMESPACE, 'lang') || element.getAttribute('xml:lang') || element.getAttribute('lang') || null;
}

function children(element: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (child as Element).localName === name) found.push(child as Element);
  }
  return found;
}

function descendants(element: Element, name: string): Element[] {
  return Array.from(element.getElementsByTagName('*')).filter((candidate) => candidate.localName === name);
}

function textOf(node: Node): string {
  return node.textContent ?? '';
}

function lineOf(node: Node): number {
  return node.lineNumber ?? 1;
}

function invalid(problem: string, line: number): AppError {
  return new AppError('invalid_input', { message: `Line ${line}: ${problem}`, details: { line } });
}

function parseXml(xml: string) {
  let failure: { message: string; line: number | null } | null = null;
  const parser = new DOMParser({
    normalizeLineEndings: (source) => source.replace(/\r\n?/g, '\n'),
    onError: (_level, message, context) => {
      failure ??= { message, line: context?.locator?.lineNumber ?? null };
      throw new Error(message);
    },
  });
  try {
    return parser.parseFromString(xml, 'application/xml');
  } catch {
    const { message, line } = failure ?? { message: 'the XML parser gave up', line: null };
    throw new AppError('invalid_input', {
      message: `The file is not well-formed XML${line ? ` near line ${line}` : ''}: ${message}.`,
      details: line ? { line } : undefined,
    });
  }
}
