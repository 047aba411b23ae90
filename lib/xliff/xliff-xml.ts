// The XML helpers both XLIFF readers share (2.0 in parse-xliff.ts, 1.2 and 1.1 in parse-xliff-1.ts):
// the parse itself, errors that name their line, walking children, and white space under xml:space.
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { AppError } from '../app-error';
import { XML_NAMESPACE } from './xliff-format';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/** A run of source or target text and whether its white space is kept as it is. */
export type Piece = { text: string; preserve: boolean };

export function invalid(problem: string, line: number): AppError {
  return new AppError('invalid_input', { message: `Line ${line}: ${problem}`, details: { line } });
}

/** A file read as UTF-8 (or UTF-16) that declares another encoding was saved in the wrong one. */
export function checkEncodingDeclaration(xml: string) {
  const declared = /^<\?xml[^?]*?\sencoding\s*=\s*["']([^"']*)["']/.exec(xml)?.[1];
  if (declared && !/^(utf-?8|utf-?16|us-ascii|ascii)$/i.test(declared)) {
    throw invalid(`the file declares the encoding ${declared}. Redline reads XLIFF in UTF-8 (or UTF-16); save it as UTF-8.`, 1);
  }
}

export function parseXml(xml: string) {
  let failure: { message: string; line: number | null } | null = null;
  const parser = new DOMParser({
    // XML 1.0 line ends only: XML 1.1's (U+2028, U+0085 ...) are text in a 1.0 document.
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
    // The one error the text check leaves to the parser, said in words.
    const problem = /prefix is non-null and namespace is null/.test(message)
      ? 'a namespace prefix is used without its xmlns declaration'
      : message;
    throw new AppError('invalid_input', {
      message: `The file is not well-formed XML${line ? ` near line ${line}` : ''}: ${problem}.`,
      details: line ? { line } : undefined,
    });
  }
}

/** Joins pieces, collapsing white space where `xml:space` is "default" (and trimming the ends). */
export function finish(pieces: Piece[]): string {
  const runs: Piece[] = [];
  for (const piece of pieces) {
    const last = runs.at(-1);
    if (last && last.preserve === piece.preserve) last.text += piece.text;
    else runs.push({ ...piece });
  }
  return runs
    .map((run, index) => {
      if (run.preserve) return run.text;
      let value = run.text.replace(/[ \t\r\n]+/g, ' ');
      if (index === 0) value = value.replace(/^ /, '');
      if (index === runs.length - 1) value = value.replace(/ $/, '');
      return value;
    })
    .join('');
}

/** The xml:space in force at `element`: its own, or its nearest ancestor's; "default" otherwise. */
export function spaceOf(element: Element): 'preserve' | 'default' {
  for (let node: Node | null = element; node && node.nodeType === ELEMENT_NODE; node = node.parentNode) {
    const value = (node as Element).getAttributeNS(XML_NAMESPACE, 'space');
    if (value === 'preserve' || value === 'default') return value;
  }
  return 'default';
}

export function nodeChildren(parent: Node): Node[] {
  const nodes: Node[] = [];
  for (let index = 0; index < parent.childNodes.length; index += 1) nodes.push(parent.childNodes.item(index)!);
  return nodes;
}

export function elementChildren(parent: Element): Element[] {
  return nodeChildren(parent).filter((node): node is Element => node.nodeType === ELEMENT_NODE);
}

export function lineOf(node: Node): number {
  return node.lineNumber ?? 1;
}
