// HTML as a CMS exports it, read with a real HTML5 parser (parse5: the tree a browser builds,
// so unclosed paragraphs, stray end tags and entities come out as a browser would show them).
// Block elements (p, h1-h6, li, blockquote, figcaption, pre, a div's own text …) become
// paragraphs; inline formatting is dropped and its text kept; scripts, style sheets, embedded
// players, templates, comments, images and form controls are left out and reported. Only text
// leaves this module: no tag, attribute or URL.
//
// `<br>`: one is a line break inside the paragraph and becomes a space (a paragraph is one line
// of text here); two or more in a row end the paragraph, as CMSes that write paragraphs as
// `text<br><br>text` mean.
import { parse, parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import type { ParagraphKind } from '../paragraph-kinds';
import type { Block, BlockRole, DroppedPart, DropReason } from './types';

const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp',
]);

/** Sections of a page: a class on them names the section, not the kind of its paragraphs. */
const SECTIONING = new Set(['html', 'body', 'main', 'article', 'section', 'aside', 'nav']);

const DROPPED_ELEMENTS: Record<string, DropReason> = {
  script: 'script',
  noscript: 'script',
  style: 'style',
  iframe: 'embedded',
  frame: 'embedded',
  frameset: 'embedded',
  object: 'embedded',
  embed: 'embedded',
  applet: 'embedded',
  video: 'embedded',
  audio: 'embedded',
  canvas: 'embedded',
  svg: 'embedded',
  math: 'embedded',
  template: 'template',
  img: 'image',
  picture: 'image',
  image: 'image',
  input: 'form_control',
  button: 'form_control',
  select: 'form_control',
  textarea: 'form_control',
  datalist: 'form_control',
  output: 'form_control',
  progress: 'form_control',
  meter: 'form_control',
};

/** Elements with no article text, left out without a word. */
const SILENT = new Set(['title', 'meta', 'link', 'base', 'area', 'map', 'source', 'track', 'param', 'wbr', 'rp', 'rt']);

/** Class names CMSes give the parts of an article's head, by their last word (`c-article__date`). */
const CLASS_KINDS: Record<string, ParagraphKind> = {
  dateline: 'dateline',
  date: 'dateline',
  pubdate: 'dateline',
  published: 'dateline',
  timestamp: 'dateline',
  byline: 'byline',
  author: 'byline',
  authors: 'byline',
  standfirst: 'standfirst',
  lead: 'standfirst',
  lede: 'standfirst',
  intro: 'standfirst',
  teaser: 'standfirst',
  dek: 'standfirst',
  summary: 'standfirst',
  outlet: 'outlet',
  masthead: 'outlet',
};

const DROPPED_TEXT_MAX = 120;

type Context = { role: BlockRole; hint?: ParagraphKind };
type Marks = { time: boolean; strong: boolean; author: boolean };
type Segment = { text: string; marks: Marks; line: number | null } | 'br';

export type HtmlReading = { blocks: Block[]; dropped: DroppedPart[] };

/**
 * Reads a whole document or a fragment. `role` is what the text outside any block element is
 * (a fragment of a Markdown heading is a heading); `firstLine` places a fragment in its file.
 */
export function htmlBlocks(html: string, { fragment = false, role = 'paragraph', firstLine = 1 }: { fragment?: boolean; role?: BlockRole; firstLine?: number } = {}): HtmlReading {
  const options = { sourceCodeLocationInfo: true, scriptingEnabled: true };
  const root = fragment ? parseFragment(html, options) : parse(html, options);
  const reader = new Reader(firstLine - 1);
  reader.children(root, { role }, { time: false, strong: false, author: false });
  reader.flush({ role });
  return { blocks: reader.blocks, dropped: reader.dropped };
}

class Reader {
  readonly blocks: Block[] = [];
  readonly dropped: DroppedPart[] = [];
  private segments: Segment[] = [];

  constructor(private readonly lineOffset: number) {}

  children(parent: T.ParentNode, context: Context, marks: Marks) {
    for (const child of parent.childNodes) this.node(child, context, marks);
  }

  private node(node: T.ChildNode, context: Context, marks: Marks) {
    if (node.nodeName === '#text') {
      const { value } = node as T.TextNode;
      this.segments.push({ text: value, marks, line: /\S/.test(value) ? this.lineOf(node) : null });
      return;
    }
    if (node.nodeName === '#comment') {
      this.drop(node, 'comment', (node as T.CommentNode).data);
      return;
    }
    if (!('tagName' in node)) return; // a doctype
    const element = node as T.Element;
    const tag = element.tagName.toLowerCase();
    const reason = DROPPED_ELEMENTS[tag];
    if (reason) {
      // A noscript's text is markup meant for browsers without scripts: not worth showing.
      const text = reason === 'image' ? (attribute(element, 'alt') ?? '') : tag === 'noscript' ? '' : textOf(element);
      this.drop(element, reason, text, tag);
      return;
    }
    if (SILENT.has(tag)) return;
    if (tag === 'br') {
      this.segments.push('br');
      return;
    }
    if (!BLOCK_ELEMENTS.has(tag)) {
      const inner: Marks = {
        time: marks.time || tag === 'time',
        strong: marks.strong || tag === 'strong' || tag === 'b',
        author: marks.author || (tag === 'a' && tokens(attribute(element, 'rel')).includes('author')),
      };
      this.children(element, context, inner);
      return;
    }
    // A block: what came before it is a paragraph of the enclosing block, its own text is one,
    // and what follows it starts another.
    this.flush(context);
    const inner = blockContext(element, tag, context);
    this.children(element, inner, { time: false, strong: false, author: false });
    this.flush(inner);
  }

  flush(context: Context) {
    const segments = this.segments;
    this.segments = [];
    for (const part of splitAtBreaks(segments)) {
      const text = part.map((segment) => segment.text).join('');
      const marked = part.filter((segment) => /\S/.test(segment.text));
      if (!marked.length) continue;
      const all = (mark: keyof Marks) => marked.every((segment) => segment.marks[mark]);
      const hint = context.hint ?? (marked.some((segment) => segment.marks.author) ? 'byline' : all('time') ? 'dateline' : undefined);
      this.blocks.push({
        text,
        role: context.role,
        ...(hint ? { hint } : {}),
        ...(all('strong') ? { emphasized: true } : {}),
        line: marked[0].line,
      });
    }
  }

  private drop(node: T.ChildNode, reason: DropReason, text: string, element?: string) {
    this.dropped.push({ line: this.lineOf(node), reason, text: shorten(text), ...(element ? { element } : {}) });
  }

  private lineOf(node: T.ChildNode): number | null {
    const line = node.sourceCodeLocation?.startLine;
    return line === undefined ? null : line + this.lineOffset;
  }
}

function blockContext(element: T.Element, tag: string, outer: Context): Context {
  if (tag === 'h1') return { role: 'heading1' };
  if (/^h[2-6]$/.test(tag)) return { role: 'heading' };
  const hint = tag === 'address' ? 'byline' : SECTIONING.has(tag) ? undefined : classKind(attribute(element, 'class'));
  return { role: 'paragraph', hint: hint ?? (SECTIONING.has(tag) ? undefined : outer.hint) };
}

function classKind(classes: string | undefined): ParagraphKind | undefined {
  for (const name of tokens(classes)) {
    const kind = CLASS_KINDS[name.toLowerCase().split(/[-_]+/).filter(Boolean).at(-1) ?? ''];
    if (kind) return kind;
  }
  return undefined;
}

/** Segments between runs of two or more `<br>` (white space between the breaks does not count). */
function splitAtBreaks(segments: Segment[]): Array<Array<Exclude<Segment, 'br'>>> {
  const parts: Array<Array<Exclude<Segment, 'br'>>> = [[]];
  let breaks = 0;
  let pending: Array<Exclude<Segment, 'br'>> = [];
  for (const segment of segments) {
    if (segment === 'br') {
      breaks += 1;
      continue;
    }
    if (!/\S/.test(segment.text) && breaks > 0) {
      pending.push(segment);
      continue;
    }
    if (breaks >= 2) parts.push([]);
    else if (breaks === 1) parts.at(-1)!.push({ text: ' ', marks: segment.marks, line: null });
    parts.at(-1)!.push(...pending, segment);
    pending = [];
    breaks = 0;
  }
  return parts;
}

function attribute(element: T.Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function tokens(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

/** The text inside an element (a script's code, a template's content), for the dropped list. */
function textOf(node: T.ParentNode): string {
  const template = node as T.Template;
  const children = template.content ? template.content.childNodes : node.childNodes;
  return children.map((child) => (child.nodeName === '#text' ? (child as T.TextNode).value : 'childNodes' in child ? textOf(child as T.ParentNode) : '')).join(' ');
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > DROPPED_TEXT_MAX ? `${line.slice(0, DROPPED_TEXT_MAX - 1)}…` : line;
}
