import 'server-only';
// Marks a comment thread resolved, on its first comment. Resolving a resolved thread changes
// nothing and answers with it as it is, so two people resolving at once both succeed and the
// first one is named.
import { AppError } from '../../app-error';
import type { CommentThreadJson } from '../../comment-types';
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { announceChange } from '../live/announce-change';
import { requireLanguageWorker } from '../access';
import { threadJson, threadSelect } from './list-comment-threads';

export async function resolveCommentThread({ threadId, actor }: { threadId: string; actor: Actor }): Promise<CommentThreadJson> {
  const db = getDb();
  const comment = await db.comment.findUnique({
    where: { id: threadId },
    select: { languageCode: true, threadId: true, paragraphId: true, paragraph: { select: { documentId: true } } },
  });
  if (!comment) throw new AppError('not_found', { message: `There is no comment thread ${threadId}.` });
  if (comment.threadId !== null) {
    throw new AppError('invalid_input', {
      message: `Comment ${threadId} is a reply; resolve its thread ${comment.threadId} instead.`,
      userMessage: 'That comment is a reply; resolve its thread instead.',
    });
  }
  requireLanguageWorker(actor, comment.languageCode);
  // Only an open thread is updated: a concurrent resolve that lands first keeps its name and time.
  const { count } = await db.comment.updateMany({
    where: { id: threadId, resolvedAt: null },
    data: { resolvedAt: new Date(), resolvedById: actor.id },
  });
  if (count > 0) announceChange({ documentId: comment.paragraph.documentId, paragraphId: comment.paragraphId, lang: comment.languageCode, change: 'comment', actor });
  const thread = await db.comment.findUniqueOrThrow({ where: { id: threadId }, select: threadSelect });
  return threadJson(thread);
}
