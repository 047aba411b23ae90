// Markdown (CommonMark), read into a syntax tree by mdast-util-from-markdown (micromark, which
// passes the whole CommonMark specification): the first level-1 heading is the headline, other
// headings are subheadings; paragraphs, list items, block quotes and code blocks are paragraphs.
// Inline marks are dropped (a link keeps its text, an image is left out). Raw HTML in Markdown is
// HTML: it is reduced to its text by the HTML reader, so a script in Markdown is dropped too.
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { htmlBlocks } from './html-blocks';
import type { Block, BlockRole, DroppedPart } from './types';

export function markdownBlocks(content: string): { blocks: Block[]; dropped: DroppedPart[] } {
  const reader = new MarkdownReader();
  reader.flow(fromMarkdown(content).children);
  return { blocks: reader.blocks, dropped: reader.dropped };
}

const lineOf = (node: Nodes): number | null => node.position?.start.line ?? null;

class MarkdownReader {
  readonly blocks: Block[] = [];
  readonly dropped: DroppedPart[] = [];

  flow(nodes: RootContent[]) {
    for (const node of nodes) {
      if (node.type === 'heading') this.phrasing(node.children, node.depth === 1 ? 'heading1' : 'heading', lineOf(node));
      else if (node.type === 'paragraph') this.phrasing(node.children, 'paragraph', lineOf(node));
      else if (node.type === 'code') this.blocks.push({ text: node.value, role: 'paragraph', line: lineOf(node) });
      else if (node.type === 'html') this.html(node.value, 'paragraph', lineOf(node));
      else if ('children' in node) this.flow(node.children as RootContent[]); // block quotes, lists, list items
      // Thematic breaks and link definitions hold no article text.
    }
  }

  private phrasing(children: PhrasingContent[], role: BlockRole, line: number | null) {
    if (children.some(containsHtml)) {
      this.html(children.map((child) => this.asHtml(child)).join(''), role, line);
      return;
    }
    const visible = children.filter((child) => !(child.type === 'text' && !child.value.trim()));
    const emphasized = visible.length > 0 && visible.every((child) => child.type === 'strong');
    this.blocks.push({ text: children.map((child) => this.asText(child)).join(''), role, line, ...(emphasized ? { emphasized } : {}) });
  }

  private html(html: string, role: BlockRole, line: number | null) {
    const { blocks, dropped } = htmlBlocks(html, { fragment: true, role, firstLine: line ?? 1 });
    this.blocks.push(...blocks.map((block) => (line === null ? { ...block, line: null } : block)));
    this.dropped.push(...dropped);
  }

  private asText(node: PhrasingContent): string {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return node.value;
      case 'break':
        return ' ';
      case 'image':
      case 'imageReference':
        this.dropImage(node);
        return '';
      case 'html':
        return '';
      default:
        return 'children' in node ? node.children.map((child) => this.asText(child)).join('') : '';
    }
  }

  /** A paragraph with inline HTML, written out as HTML (its text escaped) for the HTML reader. */
  private asHtml(node: PhrasingContent): string {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return escapeHtml(node.value);
      case 'break':
        return '<br>';
      case 'image':
      case 'imageReference':
        this.dropImage(node);
        return '';
      case 'html':
        return node.value;
      case 'strong':
        return `<strong>${node.children.map((child) => this.asHtml(child)).join('')}</strong>`;
      default:
        return 'children' in node ? node.children.map((child) => this.asHtml(child)).join('') : '';
    }
  }

  private dropImage(node: Extract<PhrasingContent, { type: 'image' | 'imageReference' }>) {
    this.dropped.push({ line: lineOf(node), reason: 'image', text: node.alt ?? '' });
  }
}

function containsHtml(node: Nodes): boolean {
  return node.type === 'html' || ('children' in node && node.children.some(containsHtml));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
