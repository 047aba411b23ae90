import 'server-only';
// Adds a comment to a paragraph's translation into one language: a new thread, or a reply to a
// thread's first comment. Replying to a resolved thread is allowed and leaves it resolved: the
// reply is a note on a settled question, not a reason to reopen it.
import { AppError, isAppError } from '../../app-error';
import { MAX_COMMENT_LENGTH, type CommentJson } from '../../comment-types';
import type { Actor } from '../../roles';
import { requireLanguageWorker } from '../access';
import { normalizeParagraphText } from '../../translation-text';
import { getDb } from '../db';
import { announceChange } from '../live/announce-change';
import { findParagraphLanguage, requireInArticle } from '../translations/find-paragraph-language';

export type AddCommentInput = {
  paragraphId: string;
  lang: string;
  text: string;
  /** The thread's first comment when replying; null or absent to start a thread. */
  threadId?: string | null;
  actor: Actor;
};

export async function addComment({ paragraphId, lang, text, threadId = null, actor }: AddCommentInput): Promise<CommentJson> {
  const db = getDb();
  const checked = checkCommentText(text);
  const { paragraph } = await findParagraphLanguage(db, paragraphId, lang);
  requireLanguageWorker(actor, lang);
  requireInArticle(paragraph);
  if (threadId !== null) {
    const thread = await db.comment.findFirst({
      where: { id: threadId, paragraphId, languageCode: lang, threadId: null },
      select: { id: true },
    });
    if (!thread) {
      throw new AppError('invalid_input', {
        message: `threadId ${threadId} is not a thread on this paragraph in this language; reply to a thread's first comment.`,
        userMessage: 'That thread is not on this paragraph in this language.',
      });
    }
  }
  const created = await db.comment.create({
    data: { paragraphId, languageCode: lang, authorId: actor.id, text: checked, threadId },
    select: { id: true, threadId: true, text: true, createdAt: true, author: { select: { name: true } } },
  });
  announceChange({ documentId: paragraph.documentId, paragraphId, lang, change: 'comment', actor });
  return {
    id: created.id,
    threadId: created.threadId,
    text: created.text,
    author: { name: created.author.name },
    createdAt: created.createdAt.toISOString(),
  };
}

/** The paragraph-text rules (line ends, NFC, no control characters), trimmed, 1 to 2,000 characters. */
function checkCommentText(text: string): string {
  let normalized: string;
  try {
    normalized = normalizeParagraphText(text).trim();
  } catch (error) {
    // Its limit is a paragraph's (20,000); say the comment's instead.
    if (isAppError(error) && error.code === 'too_large') throw tooLong(text.length);
    throw error;
  }
  if (normalized === '') {
    throw new AppError('invalid_input', { message: 'The comment is empty.' });
  }
  if (normalized.length > MAX_COMMENT_LENGTH) throw tooLong(normalized.length);
  return normalized;
}

function tooLong(length: number) {
  return new AppError('too_large', {
    message: `The comment has ${length.toLocaleString('en')} characters; the limit is ${MAX_COMMENT_LENGTH.toLocaleString('en')}.`,
  });
}
