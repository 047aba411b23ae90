// Reads an XLIFF file as a CAT tool sends it back: detects the version from the root element and
// reads 1.2 and 1.1 in parse-xliff-1.ts, 2.0 (2.1, 2.2) here. Of a 2.0 file: per unit its id, notes, and the source and
// target text with the unit's segments and ignorables joined in order (a tool may split a
// paragraph into sentences), `xml:space` applied, CDATA and character references as text, and
// inline markup kept as its text (pc, mrk) or refused when it has none (a placeholder without
// `equiv`). Never expands an entity: any DOCTYPE is refused before parsing. Throws a 400 AppError
// that names the problem and its line.
import type { Element } from '@xmldom/xmldom';
import { checkXmlText } from '../xml/check-xml-text';
import { isXliff1, parseXliff1 } from './parse-xliff-1';
import { READABLE_VERSIONS, XLIFF_2_NAMESPACE } from './xliff-format';
import {
  CDATA_SECTION_NODE,
  ELEMENT_NODE,
  TEXT_NODE,
  checkEncodingDeclaration,
  elementChildren,
  finish,
  invalid,
  lineOf,
  nodeChildren,
  parseXml,
  spaceOf,
  type Piece,
} from './xliff-xml';

export type XliffNote = { category: string | null; text: string };

export type XliffUnit = {
  id: string;
  /** Line of the <unit> start tag. */
  line: number;
  /** `original` of the unit's <file>, when it has one. */
  fileOriginal: string | null;
  notes: XliffNote[];
  /** The source of all segments and ignorables, joined. */
  source: string;
  /** The target of all segments and ignorables, joined; null when no segment has a target. */
  target: string | null;
  /** Segments without a target in a unit whose other segments have one. */
  untranslatedSegments: number;
  segments: number;
  /** The state of the unit's first segment ("initial" when it names none); in 1.x its target's ("new" when none). */
  state: string;
};

export type XliffDocument = {
  /** Line of the <xliff> start tag. */
  line: number;
  version: string;
  srcLang: string;
  trgLang: string | null;
  files: Array<{ id: string | null; original: string | null; line: number }>;
  units: XliffUnit[];
};

type Part = { kind: 'segment' | 'ignorable'; line: number; source: Piece[]; target: Piece[] | null; order: number | null };

export function parseXliff(xml: string): XliffDocument {
  checkEncodingDeclaration(xml);
  checkXmlText(xml);
  const root = parseXml(xml).documentElement;
  if (!root) throw invalid('The file has no root element.', 1);
  if (root.localName === 'xliff' && isXliff1(root)) return parseXliff1(root);
  checkRoot(root);

  const files: XliffDocument['files'] = [];
  const units: XliffUnit[] = [];
  const seen = new Map<string, number>();
  for (const file of xliffChildren(root, 'file')) {
    const original = file.getAttribute('original');
    files.push({ id: file.getAttribute('id'), original, line: lineOf(file) });
    collectUnits(file, original, units, seen);
  }
  if (files.length === 0) throw invalid('The <xliff> element has no <file>.', lineOf(root));
  return {
    line: lineOf(root),
    version: root.getAttribute('version')!,
    srcLang: root.getAttribute('srcLang')!,
    trgLang: root.getAttribute('trgLang') || null,
    files,
    units,
  };
}

function checkRoot(root: Element) {
  const line = lineOf(root);
  const version = root.getAttribute('version') ?? '';
  if (root.localName !== 'xliff') {
    throw invalid(
      `this is not an XLIFF file: its root element is <${root.tagName}>. An XLIFF 2.0 file starts with <xliff xmlns="${XLIFF_2_NAMESPACE}" version="2.0">.`,
      line,
    );
  }
  if (version.startsWith('1.')) {
    throw invalid(`the file says XLIFF version "${version}" but is in the namespace "${root.namespaceURI ?? ''}"; Redline reads XLIFF 1.2, 1.1 and 2.0.`, line);
  }
  if (root.namespaceURI !== XLIFF_2_NAMESPACE) {
    throw invalid(`the <xliff> element is in the namespace "${root.namespaceURI ?? ''}", not XLIFF 2.0's "${XLIFF_2_NAMESPACE}".`, line);
  }
  if (!READABLE_VERSIONS.includes(version)) {
    throw invalid(`the file says XLIFF version "${version}"; Redline reads XLIFF 1.2, 1.1 and 2.0.`, line);
  }
  if (!root.getAttribute('srcLang')) throw invalid('the <xliff> element has no srcLang (the source language).', line);
}

function collectUnits(container: Element, original: string | null, units: XliffUnit[], seen: Map<string, number>) {
  for (const child of elementChildren(container)) {
    if (child.namespaceURI !== XLIFF_2_NAMESPACE) continue;
    if (child.localName === 'group') collectUnits(child, original, units, seen);
    if (child.localName !== 'unit') continue;
    const unit = readUnit(child, original);
    const first = seen.get(unit.id);
    if (first !== undefined) throw invalid(`the unit id "${unit.id}" appears twice (first on line ${first}).`, unit.line);
    seen.set(unit.id, unit.line);
    units.push(unit);
  }
}

function readUnit(element: Element, fileOriginal: string | null): XliffUnit {
  const line = lineOf(element);
  const id = element.getAttribute('id');
  if (!id) throw invalid('a <unit> without an id.', line);
  const notes = xliffChildren(element, 'notes').flatMap((notesElement) =>
    xliffChildren(notesElement, 'note').map((note) => ({ category: note.getAttribute('category') || null, text: note.textContent ?? '' })),
  );
  const parts: Part[] = [];
  for (const child of elementChildren(element)) {
    if (child.namespaceURI !== XLIFF_2_NAMESPACE || (child.localName !== 'segment' && child.localName !== 'ignorable')) continue;
    const [source] = xliffChildren(child, 'source');
    if (!source) throw invalid(`a <${child.localName}> of unit "${id}" has no <source>.`, lineOf(child));
    const [target] = xliffChildren(child, 'target');
    const order = target?.getAttribute('order') ?? null;
    if (order !== null && !/^[1-9][0-9]*$/.test(order)) throw invalid(`order="${order}" in unit "${id}" is not a position.`, lineOf(target!));
    parts.push({
      kind: child.localName,
      line: lineOf(child),
      source: inlinePieces(source, id, 'source'),
      target: target ? inlinePieces(target, id, 'target') : null,
      order: order === null ? null : Number(order),
    });
  }
  if (parts.length === 0) throw invalid(`unit "${id}" has no <segment>.`, line);
  const [firstSegment] = xliffChildren(element, 'segment');
  const state = firstSegment?.getAttribute('state') || 'initial';
  return { id, line, fileOriginal, notes, state, ...joinParts(parts, id) };
}

/**
 * The unit's text: segments and ignorables in order. A target may name another position with
 * `order` (a tool reordered the sentences); an ignorable without a target stands as its source.
 */
function joinParts(parts: Part[], unitId: string) {
  const slots: Array<Piece[] | null | undefined> = new Array(parts.length);
  let translated = 0;
  let missing = 0;
  parts.forEach((part, index) => {
    let content: Piece[] | null;
    if (part.kind === 'ignorable') {
      content = part.target ?? part.source;
    } else if (part.target === null || (isBlank(part.target) && !isBlank(part.source))) {
      content = null;
      missing += 1;
    } else {
      content = part.target;
      translated += 1;
    }
    const position = part.order ?? index + 1;
    if (position > parts.length) {
      throw invalid(`order="${position}" in unit "${unitId}", which has only ${parts.length} segments and ignorables.`, part.line);
    }
    if (slots[position - 1] !== undefined) throw invalid(`two targets of unit "${unitId}" take position ${position}.`, part.line);
    slots[position - 1] = content;
  });
  return {
    source: finish(parts.flatMap((part) => part.source)),
    target: translated === 0 ? null : finish(slots.flatMap((slot) => slot ?? [])),
    untranslatedSegments: translated === 0 ? 0 : missing,
    segments: parts.filter((part) => part.kind === 'segment').length,
  };
}

function isBlank(pieces: Piece[]): boolean {
  return pieces.every((piece) => piece.text.trim() === '');
}

/** Text of a <source> or <target> with its inline markup, as pieces that know their xml:space. */
function inlinePieces(element: Element, unitId: string, role: 'source' | 'target'): Piece[] {
  const pieces: Piece[] = [];
  const visit = (parent: Element) => {
    for (const node of nodeChildren(parent)) {
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
        pieces.push({ text: (node as unknown as { data: string }).data, preserve: spaceOf(parent) === 'preserve' });
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const child = node as Element;
      const where = `the ${role} of unit "${unitId}"`;
      if (child.namespaceURI !== XLIFF_2_NAMESPACE) {
        throw invalid(`${where} contains <${child.tagName}>, which is not XLIFF inline markup; Redline paragraphs are plain text.`, lineOf(child));
      }
      switch (child.localName) {
        case 'pc':
        case 'mrk':
          // Formatting and annotations around text: the text stays, the markup goes.
          visit(child);
          break;
        case 'sc':
        case 'ec':
        case 'sm':
        case 'em':
          // The ends of formatting or an annotation: no text of their own.
          break;
        case 'cp':
          pieces.push({ text: codePoint(child, where), preserve: true });
          break;
        case 'ph': {
          const equiv = child.getAttribute('equiv');
          if (equiv) pieces.push({ text: equiv, preserve: true });
          else if (role === 'target') {
            throw invalid(
              `${where} contains a placeholder <ph id="${child.getAttribute('id') ?? ''}"/> with no text equivalent (equiv). Redline paragraphs are plain text without codes: replace the placeholder with its text and import again.`,
              lineOf(child),
            );
          }
          break;
        }
        default:
          throw invalid(`${where} contains <${child.localName}>, which is not allowed inside a ${role}.`, lineOf(child));
      }
    }
  };
  visit(element);
  return pieces;
}

function codePoint(element: Element, where: string): string {
  const hex = element.getAttribute('hex') ?? '';
  const code = /^[0-9A-Fa-f]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : Number.NaN;
  if (!(code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) {
    throw invalid(`${where} contains <cp hex="${hex}"/>, which is not a Unicode code point.`, lineOf(element));
  }
  return String.fromCodePoint(code);
}

function xliffChildren(parent: Element, localName: string): Element[] {
  return elementChildren(parent).filter((child) => child.namespaceURI === XLIFF_2_NAMESPACE && child.localName === localName);
}

