import { describe, expect, it } from 'vitest';
import { modernScriptUrls } from './page-scripts';

describe('the scripts a modern browser loads for a page', () => {
  it('counts script sources and script preloads once each, and leaves out nomodule polyfills and other preloads', () => {
    const html = [
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
      '<link rel="preload" href="/_next/static/chunks/locale.js" as="script" nonce="n"/>',
      '<link rel="preload" href="/_next/static/media/font.woff2" as="font"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/x.css"/>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="n"></script>',
      '<script nonce="n">self.__next_f.push([1,""])</script>',
      '<script src="/_next/static/chunks/b.js?v=1&amp;x=2" async=""></script>',
    ].join('');
    expect(modernScriptUrls(html).sort()).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js?v=1&x=2', '/_next/static/chunks/locale.js']);
  });
});
