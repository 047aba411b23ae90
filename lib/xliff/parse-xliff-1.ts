// Reads an XLIFF 1.2 or 1.1 file (what agencies still send and translate-toolkit writes, with or
// without the namespace) into the same XliffDocument as a 2.0 file: per <trans-unit> its id, its
// notes and Redline's context groups as notes, and the source and target text with `xml:space`
// applied and inline markup kept as its text (g, mrk) or refused in a target when it has none (a
// placeholder x, ph, it without equiv-text). The languages are the <file>'s; a file that leaves the
// target language out (po2xliff does) takes the import's. Throws a 400 AppError naming the line.
import type { Element } from '@xmldom/xmldom';
import type { XliffDocument, XliffNote, XliffUnit } from './parse-xliff';
import { CONTEXT_TYPE, XLIFF_1_1_NAMESPACE, XLIFF_1_NAMESPACE } from './xliff-format';
import { CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE, elementChildren, finish, invalid, lineOf, nodeChildren, spaceOf, type Piece } from './xliff-xml';

const NAMESPACE_VERSIONS: Record<string, string> = { [XLIFF_1_NAMESPACE]: '1.2', [XLIFF_1_1_NAMESPACE]: '1.1' };
const VERSIONS = ['1.1', '1.2'];

/** An <xliff> root in the 1.2 or 1.1 namespace, or in none with version 1.1 or 1.2. */
export function isXliff1(root: Element): boolean {
  const namespace = root.namespaceURI ?? '';
  return namespace in NAMESPACE_VERSIONS || (namespace === '' && VERSIONS.includes(root.getAttribute('version') ?? ''));
}

export function parseXliff1(root: Element): XliffDocument {
  const line = lineOf(root);
  const namespace = root.namespaceURI ?? null;
  const version = root.getAttribute('version') || NAMESPACE_VERSIONS[namespace ?? ''];
  if (!VERSIONS.includes(version)) throw invalid(`the file says XLIFF version "${version}"; Redline reads XLIFF 1.2, 1.1 and 2.0.`, line);
  const own = (parent: Element, localName: string) =>
    elementChildren(parent).filter((child) => (child.namespaceURI ?? null) === namespace && child.localName === localName);

  const files: XliffDocument['files'] = [];
  const units: XliffUnit[] = [];
  const seen = new Map<string, number>();
  let languages: { source: string; target: string | null; line: number } | null = null;
  for (const file of own(root, 'file')) {
    const original = file.getAttribute('original');
    files.push({ id: null, original, line: lineOf(file) });
    const source = file.getAttribute('source-language') ?? '';
    const target = file.getAttribute('target-language') || null;
    if (!source) throw invalid('a <file> without source-language (the source language).', lineOf(file));
    languages ??= { source, target, line: lineOf(file) };
    if (source !== languages.source || target !== languages.target) {
      throw invalid(
        `this <file> is ${source} to ${target ?? '(none)'}, the one on line ${languages.line} ${languages.source} to ${languages.target ?? '(none)'}. Import one language at a time.`,
        lineOf(file),
      );
    }
    for (const body of own(file, 'body')) collect(body, original, units, seen, own, namespace);
  }
  if (!languages) throw invalid('the <xliff> element has no <file>.', line);
  return { line, version, srcLang: languages.source, trgLang: languages.target, files, units };
}

type Own = (parent: Element, localName: string) => Element[];

function collect(container: Element, original: string | null, units: XliffUnit[], seen: Map<string, number>, own: Own, namespace: string | null) {
  for (const child of elementChildren(container)) {
    if ((child.namespaceURI ?? null) !== namespace) continue;
    if (child.localName === 'group') collect(child, original, units, seen, own, namespace);
    // The PO header po2xliff keeps as a unit is the PO file's metadata, not a paragraph.
    if (child.localName !== 'trans-unit' || child.getAttribute('restype') === 'x-gettext-domain-header') continue;
    const unit = readUnit(child, original, own, namespace);
    const first = seen.get(unit.id);
    if (first !== undefined) throw invalid(`the trans-unit id "${unit.id}" appears twice (first on line ${first}).`, unit.line);
    seen.set(unit.id, unit.line);
    units.push(unit);
  }
}

function readUnit(element: Element, fileOriginal: string | null, own: Own, namespace: string | null): XliffUnit {
  const line = lineOf(element);
  const id = element.getAttribute('id');
  if (!id) throw invalid('a <trans-unit> without an id.', line);
  const [source] = own(element, 'source');
  if (!source) throw invalid(`trans-unit "${id}" has no <source>.`, line);
  const [target] = own(element, 'target');
  const notes: XliffNote[] = [
    // Redline's facts, by their context types (a group's name is unique in the file, so it varies).
    ...own(element, 'context-group')
      .flatMap((group) => own(group, 'context'))
      .flatMap((context) => {
        const category = CONTEXT_TYPE[(context.getAttribute('context-type') ?? '') as keyof typeof CONTEXT_TYPE];
        return category ? [{ category, text: context.textContent ?? '' }] : [];
      }),
    ...own(element, 'note').map((note) => ({ category: note.getAttribute('from') || null, text: note.textContent ?? '' })),
  ];
  const targetText = target ? finish(inlinePieces(target, id, 'target', namespace)) : null;
  return {
    id,
    line,
    fileOriginal,
    notes,
    source: finish(inlinePieces(source, id, 'source', namespace)),
    target: targetText,
    untranslatedSegments: 0,
    segments: 1,
    state: target?.getAttribute('state') || 'new',
  };
}

/** Text of a <source> or <target> with its inline markup, as pieces that know their xml:space. */
function inlinePieces(element: Element, unitId: string, role: 'source' | 'target', namespace: string | null): Piece[] {
  const pieces: Piece[] = [];
  const where = `the ${role} of trans-unit "${unitId}"`;
  const visit = (parent: Element) => {
    for (const node of nodeChildren(parent)) {
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
        pieces.push({ text: (node as unknown as { data: string }).data, preserve: spaceOf(parent) === 'preserve' });
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const child = node as Element;
      if ((child.namespaceURI ?? null) !== namespace) {
        throw invalid(`${where} contains <${child.tagName}>, which is not XLIFF inline markup; Redline paragraphs are plain text.`, lineOf(child));
      }
      switch (child.localName) {
        case 'g':
        case 'mrk':
          // Formatting and annotations around text: the text stays, the markup goes.
          visit(child);
          break;
        case 'bx':
        case 'ex':
        case 'bpt':
        case 'ept':
          // The ends of formatting: no text of their own (a bpt's or ept's content is the original code).
          break;
        case 'x':
        case 'ph':
        case 'it': {
          const equiv = child.getAttribute('equiv-text');
          if (equiv) pieces.push({ text: equiv, preserve: true });
          else if (role === 'target') {
            throw invalid(
              `${where} contains a placeholder <${child.localName} id="${child.getAttribute('id') ?? ''}"> with no text equivalent (equiv-text). Redline paragraphs are plain text without codes: replace the placeholder with its text and import again.`,
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
