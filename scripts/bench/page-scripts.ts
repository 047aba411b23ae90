// The JavaScript a page makes a modern browser download: its <script src> without `nomodule`
// (the polyfills only old browsers load) and the scripts it preloads (<link rel="preload"
// as="script">: the chunks of what the server rendered, such as the interface language's
// messages), each counted once, gzipped as the server would send them.
import { gzipSync } from 'node:zlib';

/** The script URLs of a page's HTML that a modern browser loads. */
export function modernScriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (src && !/\snomodule\b/i.test(tag)) urls.add(src.replace(/&amp;/g, '&'));
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = /\shref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\srel="preload"/.test(tag) && /\sas="script"/.test(tag)) urls.add(href.replace(/&amp;/g, '&'));
  }
  return [...urls];
}

export type PageScripts = { pathname: string; status: number; files: number; raw: number; gzip: number };

export async function measurePageScripts(origin: string, cookie: string, pathname: string): Promise<PageScripts> {
  const response = await fetch(new URL(pathname, origin), { headers: { cookie } });
  const urls = modernScriptUrls(await response.text());
  let raw = 0;
  let gzip = 0;
  for (const url of urls) {
    const bytes = Buffer.from(await (await fetch(new URL(url, origin))).arrayBuffer());
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { pathname, status: response.status, files: urls.length, raw, gzip };
}
