// Shapes of the comment endpoints' answers, shared by the services that build them and the
// browser code that reads them: the types of lib/api/comments.ts's schemas. Pure: no server imports.
import type { z } from 'zod';
import type { Comment, CommentReply, CommentThread } from './api/comments';

/** The most characters a comment may have once trimmed; longer ones are refused with 413. */
export const MAX_COMMENT_LENGTH = 2000;

/** One comment as it travels to the browser. `threadId` is null for a thread's first comment. */
export type CommentJson = z.infer<typeof Comment>;

export type CommentReplyJson = z.infer<typeof CommentReply>;

/** A thread: its first comment, whether it is resolved (and by whom), and its replies, oldest first. */
export type CommentThreadJson = z.infer<typeof CommentThread>;
