import 'server-only';
// What a person's email, name, password and languages may be, checked the same way for the API,
// the admins' page, the invitation page and `npm run user:create`.
import { AppError } from '../../app-error';
import { isRole, type Role } from '../../roles';
import type { Db, Tx } from '../db';

/** As better-auth is configured (lib/server/auth.ts). */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export function cleanEmail(email: string): string {
  // better-auth looks people up by the lower-cased address when they sign in.
  const clean = email.trim().toLowerCase();
  if (clean.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(clean)) {
    throw new AppError('invalid_input', { message: `email: ${JSON.stringify(email.slice(0, 80))} is not an email address.` });
  }
  return clean;
}

export function cleanName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new AppError('invalid_input', { message: 'name: Give the person’s name.' });
  if (clean.length > 200) throw new AppError('invalid_input', { message: 'name: At most 200 characters.' });
  if (/[\u0000-\u001f\u007f]/.test(clean)) throw new AppError('invalid_input', { message: 'name: No control characters.' });
  return clean;
}

export function checkRole(role: string): Role {
  if (!isRole(role)) throw new AppError('invalid_input', { message: `role: One of reader, translator, editor, admin; not ${JSON.stringify(role)}.` });
  return role;
}

export function checkPassword(password: string) {
  if (password.length < PASSWORD_MIN) throw new AppError('invalid_input', { message: `password: At least ${PASSWORD_MIN} characters.` });
  if (password.length > PASSWORD_MAX) throw new AppError('invalid_input', { message: `password: At most ${PASSWORD_MAX} characters.` });
}

/** The languages, each once, all known to Redline. */
export async function checkLanguages(db: Db | Tx, languages: readonly string[]): Promise<string[]> {
  const unique = [...new Set(languages)];
  if (unique.length === 0) return [];
  const known = new Set((await db.language.findMany({ where: { code: { in: unique } }, select: { code: true } })).map((row) => row.code));
  const unknown = unique.filter((code) => !known.has(code));
  if (unknown.length) throw new AppError('invalid_input', { message: `languages: Redline has no language ${unknown.join(', ')}.` });
  return unique;
}
