// Reads a TMX file (1.4b, and the 1.1–1.3 files older tools still write) into its translation
// units: per <tu> its line, creationdate and creationid, and the text of each <tuv>'s <seg> by
// language. Inline markup: <hi> keeps its text; <bpt>, <ept>, <it>, <ph> and <ut> hold the
// original format's codes (an HTML tag, an RTF command, "{1}"), not words of the sentence, so
// their content is dropped; the words around them are kept as they are. Never expands an
// entity or fetches a DTD: a DOCTYPE naming tmx14.dtd is accepted, an internal subset refused
// (lib/xml/check-xml-text.ts). Throws a 400 AppError naming the problem and its line. Pure.
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { AppError } from '../app-error';
import { checkXmlText } from '../xml/check-xml-text';
import { parseTmxDate } from './tmx-format';

export type TmxVariant = { lang: string; text: string; line: number };

export type TmxUnit = {
  /** Line of the <tu> start tag. */
  line: number;
  creationDate: Date | null;
  creationId: string | null;
  variants: TmxVariant[];
};

export type TmxDocument = { version: string; srcLang: string | null; creationTool: string | null; units: TmxUnit[] };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
/** Inline elements whose content is the original format's code, not text. */
const CODE_ELEMENTS = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

export function parseTmx(xml: string): TmxDocument {
  checkXmlText(xml, { externalDoctype: true });
  const root = parseXml(xml).documentElement;
  if (!root) throw invalid('The file has no root element.', 1);
  if (root.localName !== 'tmx') {
    throw invalid(`this is not a TMX file: its root element is <${root.tagName}>. A TMX file starts with <tmx version="1.4">.`, lineOf(root));
  }
  const version = root.getAttribute('version') ?? '';
  if (!/^1\.[1-4]b?$/.test(version)) throw invalid(`TMX version "${version}" is not one Redline reads (1.1 to 1.4b).`, lineOf(root));
  const header = children(root, 'header')[0];
  const body = children(root, 'body')[0];
  if (!body) throw invalid('The <tmx> element has no <body>.', lineOf(root));
  const units = children(body, 'tu').map(readUnit);
  if (units.length === 0) throw invalid('The file has no translation units (<tu>).', lineOf(body));
  return {
    version,
    srcLang: header?.getAttribute('srclang') || null,
    creationTool: header?.getAttribute('creationtool') || null,
    units,
  };
}

function readUnit(tu: Element): TmxUnit {
  const variants: TmxVariant[] = [];
  for (const tuv of children(tu, 'tuv')) {
    // TMX 1.4 names the language in xml:lang, 1.1 to 1.3 in lang.
    const lang = tuv.getAttributeNS(XML_NAMESPACE, 'lang') || tuv.getAttribute('xml:lang') || tuv.getAttribute('lang');
    if (!lang) throw invalid('a <tuv> has no xml:lang.', lineOf(tuv));
    const seg = children(tuv, 'seg')[0];
    if (!seg) throw invalid(`the <tuv xml:lang="${lang}"> has no <seg>.`, lineOf(tuv));
    variants.push({ lang, text: segText(seg), line: lineOf(tuv) });
  }
  return {
    line: lineOf(tu),
    creationDate: parseTmxDate(tu.getAttribute('creationdate')),
    creationId: tu.getAttribute('creationid')?.trim() || null,
    variants,
  };
}

/** The words of a <seg>, inline codes' content left out (see the top of the file). */
function segText(element: Element): string {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) text += node.nodeValue ?? '';
    else if (node.nodeType === ELEMENT_NODE && !CODE_ELEMENTS.has((node as Element).localName ?? '')) text += segText(node as Element);
  }
  return text;
}

function children(parent: Element, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE && (node as Element).localName === localName) found.push(node as Element);
  }
  return found;
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

function invalid(problem: string, line: number): AppError {
  return new AppError('invalid_input', { message: `Line ${line}: ${problem}`, details: { line } });
}

function lineOf(node: Node): number {
  return node.lineNumber ?? 1;
}
