// X-Redline-Signature: `sha256=` and the hex HMAC-SHA256 of the raw request body, keyed with the
// hook's secret (the string as shown, UTF-8). Receivers compare in constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function signWebhookBody(secret: string, body: string | Uint8Array): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** What a receiver does: true when `header` is the signature of exactly these bytes. */
export function verifyWebhookSignature(secret: string, body: string | Uint8Array, header: string | null | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signWebhookBody(secret, body));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
