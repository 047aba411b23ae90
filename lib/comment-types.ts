// Shapes of the comment endpoints' answers, shared by the services that build them and the
// browser code that reads them. Pure: no server imports.

/** The most characters a comment may have once trimmed; longer ones are refused with 413. */
export const MAX_COMMENT_LENGTH = 2000;

/** One comment as it travels to the browser. `threadId` is null for a thread's first comment. */
export type CommentJson = {
  id: string;
  threadId: string | null;
  text: string;
  author: { name: string };
  createdAt: string;
};

export type CommentReplyJson = Omit<CommentJson, 'threadId'>;

/** A thread: its first comment, whether it is resolved (and by whom), and its replies, oldest first. */
export type CommentThreadJson = {
  id: string;
  text: string;
  author: { name: string };
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  replies: CommentReplyJson[];
};
