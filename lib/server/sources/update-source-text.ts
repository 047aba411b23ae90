import 'server-only';
// An editor corrects or updates the English of a paragraph: a new source version. Every
// translation of the paragraph then reads as outdated until it is revised or re-approved.
// Conflicts are caught as for translations: the unique (paragraph, number) index. Every such edit
// moves the document's source revision on, so that an update of the whole text that was made
// from the revision before is refused (update-document-source.ts).
import { AppError } from '../../app-error';
import type { SourceVersion } from '../../api/versions';
import type { Actor } from '../../roles';
import { normalizeParagraphText } from '../../translation-text';
import { searchable } from '../../search-text';
import { requireSourceEditor } from '../access';
import { getDb } from '../db';
import { announceChange } from '../live/announce-change';
import { requireInArticle } from '../translations/find-paragraph-language';
import { writeTransaction } from '../write-transaction';
import { isUniqueViolation } from '../unique-violation';

const select = { id: true, number: true, text: true, createdAt: true, author: { select: { name: true } } } as const;

type SourceRow = { id: string; number: number; text: string; createdAt: Date; author: { name: string } | null };

export async function updateSourceText({
  paragraphId,
  text,
  baseVersionId,
  actor,
}: {
  paragraphId: string;
  text: string;
  baseVersionId: string;
  actor: Actor;
}) {
  requireSourceEditor(actor);
  const normalized = normalizeParagraphText(text).trim();
  if (!normalized) throw new AppError('invalid_input', { message: 'The English text of a paragraph cannot be empty.' });
  const db = getDb();
  const current = await db.sourceVersion.findFirst({
    where: { paragraphId },
    orderBy: { number: 'desc' },
    select: { ...select, paragraph: { select: { documentId: true, removedFromPosition: true } } },
  });
  if (!current) throw new AppError('not_found', { message: `There is no paragraph ${paragraphId}.` });
  requireInArticle(current.paragraph);
  if (current.id !== baseVersionId) {
    const base = await db.sourceVersion.findFirst({ where: { id: baseVersionId, paragraphId }, select: { id: true } });
    if (!base) throw new AppError('invalid_input', { message: `baseVersionId ${baseVersionId} is not a source version of this paragraph.` });
    throw sourceConflict(current);
  }
  if (current.text === normalized) return { created: false as const, version: sourceJson(current) };
  try {
    const { documentId } = current.paragraph;
    const created = await writeTransaction(db, async (tx) => {
      // First the revision: on PostgreSQL its row lock orders this edit after an update of the
      // whole text that is committing, and the check below then sees what that update removed.
      await tx.document.update({ where: { id: documentId }, data: { sourceRevision: { increment: 1 } } });
      requireInArticle(await tx.paragraph.findUniqueOrThrow({ where: { id: paragraphId }, select: { removedFromPosition: true } }));
      return tx.sourceVersion.create({ data: { paragraphId, number: current.number + 1, ...searchable(normalized), authorId: actor.id }, select });
    });
    announceChange({ documentId, paragraphId, lang: null, change: 'source', actor });
    return { created: true as const, version: sourceJson(created) };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.sourceVersion.findFirstOrThrow({ where: { paragraphId }, orderBy: { number: 'desc' }, select });
    throw sourceConflict(winner);
  }
}

function sourceConflict(current: SourceRow) {
  return new AppError('conflict', {
    message: `${current.author?.name ?? 'Someone'} changed the English of this paragraph after the version you started from.`,
    details: { current: sourceJson(current) },
  });
}

function sourceJson(row: SourceRow): SourceVersion {
  return { versionId: row.id, number: row.number, text: row.text, author: row.author?.name ?? null, createdAt: row.createdAt.toISOString() };
}
