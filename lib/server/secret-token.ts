import 'server-only';
// Random secrets that are shown once (API tokens, invitation links) and stored only as a hash.
//
// SHA-256, not scrypt: the secrets are 256 random bits, so nobody can guess one from its hash,
// however fast the hash; slow hashes protect passwords, which people choose and can be guessed.
// A fast, unsalted hash can also be looked up by its unique index in one statement, where a
// salted scrypt would need an id beside the secret and ~50 ms of CPU on every API call.
import { createHash, randomBytes } from 'node:crypto';

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** 32 random bytes in base64url (43 characters) after `prefix`, and the hash to store. */
export function newSecretToken(prefix = ''): { token: string; hash: string } {
  const token = `${prefix}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashSecretToken(token) };
}
