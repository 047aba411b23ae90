// Who may do what, by role and language. The service layer asks these questions (through
// lib/server/access.ts) before every write; nothing else decides access. Pure, so the whole
// matrix is unit-tested.
//
// Reading is open to every signed-in person, whatever the role: documents, translations and their
// versions, diffs, comments, quality checks, editions, activity, the glossary and the memory. A
// newsroom's desk reads across languages (a reader checks a translation, a translator looks at how
// a colleague rendered a name), so a read needs only the session or token that every route checks
// first (lib/server/session.ts). Read services take the actor so that each call site shows it
// reads for a signed-in person; they check nothing with it. What is personal is the exception,
// and checked: one's own API tokens; the people and webhooks lists are for admins.

export const ROLES = ['reader', 'translator', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in person as the service layer sees them. */
export type Actor = {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** Languages a translator works in; editors and admins work in every language. */
  languages: string[];
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Translators in their own languages; editors and admins in every language. */
export function canTranslate(actor: Actor, languageCode: string): boolean {
  if (actor.role === 'editor' || actor.role === 'admin') return true;
  return actor.role === 'translator' && actor.languages.includes(languageCode);
}

/**
 * Working on a language's translation without writing it: commenting, resolving threads, and
 * saying one is editing a paragraph. Its translators, and editors and admins, who review every
 * language. Readers only read.
 */
export function worksOnLanguage(actor: Actor, languageCode: string): boolean {
  return canTranslate(actor, languageCode) || canReview(actor);
}

/** Approving, rejecting and publishing are for editors and admins. */
export function canReview(actor: Actor): boolean {
  return actor.role === 'editor' || actor.role === 'admin';
}

/** Correcting the English source is an editor's job. */
export function canEditSource(actor: Actor): boolean {
  return actor.role === 'editor' || actor.role === 'admin';
}

/** The glossary is the desk's shared decision: editors and admins keep it. */
export function canManageGlossary(actor: Actor): boolean {
  return actor.role === 'editor' || actor.role === 'admin';
}

/** Importing TMX files into the translation memory: what it suggests is the desk's decision, like the glossary. */
export function canImportMemory(actor: Actor): boolean {
  return actor.role === 'editor' || actor.role === 'admin';
}

/**
 * Webhooks send the newsroom's texts to other systems and hold the secrets that sign them: an
 * admin's decision, like who may sign in.
 */
export function canManageWebhooks(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** Inviting people, changing their role and languages, deactivating them: admins only. */
export function canManageUsers(actor: Actor): boolean {
  return actor.role === 'admin';
}

/**
 * An API token may be revoked by its person, and by an admin (who must be able to cut off a
 * leaked token, or a departed colleague's CMS token, without deactivating anyone).
 */
export function canRevokeApiToken(actor: Actor, tokenOwnerId: string): boolean {
  return actor.id === tokenOwnerId || canManageUsers(actor);
}

/** A new article enters Redline through the desk: editors and admins create documents. */
export function canCreateDocument(actor: Actor): boolean {
  return actor.role === 'editor' || actor.role === 'admin';
}
