import { describe, expect, it } from 'vitest';
import { newNonce, pageContentSecurityPolicy, servedOverHttps } from './security-headers';

const directives = (policy: string) => new Map(policy.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]));

describe('pageContentSecurityPolicy', () => {
  it('lets only scripts with the nonce run, and what they load', () => {
    const policy = directives(pageContentSecurityPolicy({ nonce: 'abc123', https: false }));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'nonce-abc123'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
  });

  it('upgrades requests over https only', () => {
    expect(directives(pageContentSecurityPolicy({ nonce: 'n', https: true })).has('upgrade-insecure-requests')).toBe(true);
  });

  it('allows eval and inline styles in development only', () => {
    const policy = directives(pageContentSecurityPolicy({ nonce: 'n', https: false, development: true }));
    expect(policy.get('script-src')).toContain("'unsafe-eval'");
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(pageContentSecurityPolicy({ nonce: 'n', https: false })).not.toMatch(/unsafe/);
  });
});

describe('servedOverHttps', () => {
  it.each([
    ['https', undefined, true],
    ['HTTPS', undefined, true],
    ['https, http', undefined, true],
    ['http', undefined, false],
    [null, undefined, false],
    [null, 'https://redline.newsroom.example', true],
    [null, 'http://localhost:3000', false],
    ['http', 'https://redline.newsroom.example', true],
  ] as const)('X-Forwarded-Proto %s, public URL %s: %s', (proto, url, expected) => {
    expect(servedOverHttps(proto, url)).toBe(expected);
  });
});

describe('newNonce', () => {
  it('is 128 random bits in base64, new each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
