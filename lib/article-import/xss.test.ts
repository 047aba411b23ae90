// The OWASP payloads of the reliability suite (tests/reliability/xss.spec.ts) as article text in
// every format: what comes out is text that no browser would read as markup, or nothing.
import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FORMATS, parseArticle } from '.';

const PAYLOADS = [
  `<script>__xss(1)</script>`,
  `<IMG SRC="javascript:__xss(2);">`,
  `<img src=x onerror="__xss(3)">`,
  `<svg/onload=__xss(4)>`,
  `"><script>__xss(5)</script>`,
  `'';!--"<XSS>=&{()}`,
  `<iframe src="javascript:__xss(7)"></iframe>`,
  `<a href="javascript:__xss(8)">click</a>`,
  `<body onload=__xss(9)>`,
  `<IMG SRC=javascript:__xss(&quot;10&quot;)>`,
  `<<SCRIPT>__xss(11);//<</SCRIPT>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=__xss(12)></style></mglyph></table></mtext></math>`,
  `<details open ontoggle=__xss(13)>`,
  `</textarea><script>__xss(14)</script>`,
  `{{constructor.constructor('__xss(15)')()}}`,
  `<div style="background:url(javascript:__xss(16))">`,
  `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+__xss(17)//'>`,
  `<object data="data:text/html;base64,PHNjcmlwdD5fX3hzcygxOCk8L3NjcmlwdD4=">`,
  `<meta http-equiv="refresh" content="0;url=javascript:__xss(19)">`,
  `$` + `{__xss(20)}`,
];

/** Payloads whose call is plain text in any markup (template syntax): they stay, as text. */
const TEXT_ONLY = new Set([15, 20]);

/** Elements a browser would build from the text if it were inserted as HTML. */
function elementsIn(text: string): string[] {
  const found: string[] = [];
  const walk = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if ('tagName' in child) found.push(child.tagName);
      if ('childNodes' in child) walk(child as T.ParentNode);
    }
  };
  walk(parseFragment(text));
  return found;
}

/**
 * In Markdown, what CommonMark does not read as HTML is text: `<svg/onload=…>` is not a tag
 * there (a tag name ends at a space, `>` or `/>`), so a Markdown renderer shows it as typed, and
 * so does Redline (as text, like plain text).
 */
const MARKDOWN_LITERAL = new Set([4, 17]);

function article(format: 'html' | 'markdown', n: number) {
  const payload = PAYLOADS[n - 1];
  const content = format === 'html' ? `<h1>Payloads</h1>\n<p>Payload${n} ${payload}</p>` : `# Payloads\n\nPayload${n} ${payload}\n`;
  return parseArticle({ format, content });
}

describe.each(PAYLOADS.map((payload, i) => [i + 1, payload] as const))('OWASP payload %i (%s)', (n) => {
  it('as HTML: only text comes out, no element, handler or javascript: URL', () => {
    const { paragraphs } = article('html', n);
    const text = paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain(`Payload${n}`);
    for (const p of paragraphs) expect(elementsIn(p.text), p.text).toEqual([]);
    if (!TEXT_ONLY.has(n)) expect(text).not.toContain(`__xss(${n})`);
    expect(text).not.toMatch(/onerror|onload|ontoggle|<script|<img|<svg|<iframe/i);
  });

  it('as Markdown: raw HTML is reduced to its text; the rest is text as CommonMark reads it', () => {
    const { paragraphs } = article('markdown', n);
    const text = paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain(`Payload${n}`);
    if (MARKDOWN_LITERAL.has(n)) return expect(text).toContain('<svg/onload=');
    for (const p of paragraphs) expect(elementsIn(p.text), p.text).toEqual([]);
    if (!TEXT_ONLY.has(n)) expect(text).not.toContain(`__xss(${n})`);
  });
});

describe('what HTML payloads leave out', () => {
  it('says why: scripts, images and embedded content (math, svg, iframe, object)', () => {
    const reasons = new Set(PAYLOADS.flatMap((_, i) => article('html', i + 1).dropped.map((part) => part.reason)));
    expect([...reasons].sort()).toEqual(['embedded', 'image', 'script']);
  });
});

describe.each(ARTICLE_FORMATS)('the title in %s', (format) => {
  it('is text only', () => {
    const headline = `Title <script>__xss(0)</script><img src=x onerror=__xss(0)>`;
    const content = format === 'html' ? `<h1>${headline}</h1>` : format === 'markdown' ? `# ${headline}` : headline;
    const { title } = parseArticle({ format, content });
    if (format === 'text') expect(title).toBe(headline); // plain text is taken as typed, and shown as text
    else expect(title).toBe('Title');
  });
});
