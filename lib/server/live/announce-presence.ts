import 'server-only';
// Someone starts or stops editing a paragraph's translation (or its English): every open
// workbench of the document shows it on the row. Only people who may work on that text may say
// so, and the paragraph must be the document's. Nothing is stored: presence expires by itself.
import { AppError } from '../../app-error';
import { PRESENCE_TTL_MS } from '../../live-presence';
import type { Actor } from '../../roles';
import { requireLanguageWorker, requireSourceEditor } from '../access';
import { getDb } from '../db';
import { findDocument } from '../documents/find-document-language';
import { livePerson, publishQuietly } from './announce-change';

export async function announcePresence({
  slug,
  paragraphId,
  lang,
  editing,
  seq = nextServerSeq(),
  actor,
}: {
  slug: string;
  paragraphId: string;
  /** The translation's language; null for the English. */
  lang: string | null;
  editing: boolean;
  /** Orders this person's announcements for the box (lib/live-events.ts); by default the time. */
  seq?: number;
  actor: Actor;
}): Promise<void> {
  const db = getDb();
  const document = await findDocument(db, slug);
  const paragraph = await db.paragraph.findFirst({ where: { id: paragraphId, documentId: document.id, removedAt: null }, select: { id: true } });
  if (!paragraph) throw new AppError('not_found', { message: `"${document.title}" has no paragraph ${paragraphId}.` });
  if (lang === null) requireSourceEditor(actor);
  else {
    if (!document.languages.some((language) => language.code === lang)) {
      throw new AppError('not_found', { message: `This document is not translated into ${JSON.stringify(lang)}.` });
    }
    requireLanguageWorker(actor, lang);
  }
  publishQuietly({ type: 'presence', documentId: document.id, paragraphId, lang, user: livePerson(actor), editing, ttlMs: PRESENCE_TTL_MS, seq });
}

let lastServerSeq = 0;

/** For callers that send no seq: this process's clock, never twice the same. */
function nextServerSeq(): number {
  lastServerSeq = Math.max(Date.now(), lastServerSeq + 1);
  return lastServerSeq;
}
