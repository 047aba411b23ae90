import { describe, expect, it } from 'vitest';
import { signWebhookBody, verifyWebhookSignature } from './signature';

describe('webhook signatures', () => {
  it('is the hex HMAC-SHA256 of the body (RFC 4231, test case 2)', () => {
    expect(signWebhookBody('Jefe', 'what do ya want for nothing?')).toBe('sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('verifies exactly the signed bytes with the same secret', () => {
    const body = '{"event":"edition.published","data":{"title":"Kyjiw – „Zugeständnis“"}}';
    const header = signWebhookBody('whsec_abc', body);
    expect(verifyWebhookSignature('whsec_abc', body, header)).toBe(true);
    expect(verifyWebhookSignature('whsec_abc', Buffer.from(body, 'utf8'), header)).toBe(true);
    expect(verifyWebhookSignature('whsec_abd', body, header)).toBe(false);
    expect(verifyWebhookSignature('whsec_abc', `${body} `, header)).toBe(false);
    expect(verifyWebhookSignature('whsec_abc', body, header.toUpperCase())).toBe(false);
    expect(verifyWebhookSignature('whsec_abc', body, header.slice(0, -1))).toBe(false);
    expect(verifyWebhookSignature('whsec_abc', body, null)).toBe(false);
  });
});
