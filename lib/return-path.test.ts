import { describe, expect, it } from 'vitest';
import { sameOriginPath } from './return-path';

const ORIGIN = 'http://redline.example:3000';
const check = (target: unknown) => sameOriginPath(target, ORIGIN);

/** Where a browser on ORIGIN goes when a script navigates to `path`. */
const followed = (path: string) => new URL(path, `${ORIGIN}/login?next=x`);

describe('sameOriginPath', () => {
  it.each([
    ['/', '/'],
    ['/documents/welt-trump-putin/de', '/documents/welt-trump-putin/de'],
    ['/documents/welt/de?page=2#p105', '/documents/welt/de?page=2#p105'],
    ['/glossary?lang=de&q=Kyiv%20Post', '/glossary?lang=de&q=Kyiv%20Post'],
    ['/memory?lang=uk&q=Київ', '/memory?lang=uk&q=%D0%9A%D0%B8%D1%97%D0%B2'],
    // Absolute addresses of this very site are reduced to their path.
    [`${ORIGIN}/glossary`, '/glossary'],
    // Odd but on this site: kept, as the browser would read them.
    ['/@evil.example', '/@evil.example'],
    ['/%2e%2e/glossary', '/glossary'],
    ['/%09/evil.example', '/%09/evil.example'],
    ['/%5Cevil.example/x', '/%5Cevil.example/x'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['glossary', '/glossary'],
  ])('keeps %j as %j', (target, expected) => {
    expect(check(target)).toBe(expected);
    expect(followed(check(target)).origin).toBe(ORIGIN);
  });

  it.each([
    '//evil.example',
    '//evil.example/x',
    '///evil.example',
    '/\\evil.example/x',
    '\\\\evil.example',
    '\\/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '\t//evil.example',
    '/\r\n/evil.example',
    ' //evil.example',
    '/./\\evil.example',
    '/.//evil.example',
    '/%2e//evil.example',
    '/%2e%2e//evil.example',
    '/a/..//evil.example',
    'http://evil.example/x',
    'https://evil.example',
    'HTTPS://evil.example',
    'https:evil.example',
    'https:/evil.example',
    'ftp://evil.example',
    'http://redline.example:3000@evil.example/',
    'http://user:pass@evil.example/',
    'http://redline.example:3001/',
    'https://redline.example:3000/',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:http://redline.example:3000/1234',
    'mailto:someone@evil.example',
    'http://[::1',
  ])('refuses %j', (target) => {
    expect(check(target)).toBe('/');
  });

  it('answers the fallback for what is not a string, or empty', () => {
    expect(check(undefined)).toBe('/');
    expect(check(['/a', '/b'])).toBe('/');
    expect(check('')).toBe('/');
    expect(sameOriginPath('//evil.example', ORIGIN, '/documents')).toBe('/documents');
  });

  it('never answers a path that leads off the site, for any target', () => {
    const pieces = ['/', '\\', '.', '..', '%2e', '%2f', '%5c', '\t', '\n', '@', ':', 'evil.example', 'http:', 'javascript:', ' ', '?', '#'];
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const path = check(a + b + c);
          expect(path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\'), JSON.stringify(a + b + c)).toBe(true);
          expect(followed(path).origin, JSON.stringify(a + b + c)).toBe(ORIGIN);
        }
  });
});
