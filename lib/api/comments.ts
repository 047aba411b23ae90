// Comment threads on a paragraph's translation into one language: listed, added to (a new thread
// or a reply), and resolved.
import { z } from 'zod';
import { MAX_COMMENT_LENGTH } from '../comment-types';
import { Id, ParagraphLangParams, Timestamp } from './common';
import { defineOperation } from './operation';
import { named } from './registry';

const COMMENT_BODY_LIMIT = 32 * 1024;

const Author = z.object({ name: z.string() });

export const Comment = named(
  'Comment',
  z.object({
    id: z.string(),
    threadId: z.string().nullable().meta({ description: 'The thread it replies to; null for a thread’s first comment.' }),
    text: z.string(),
    author: Author,
    createdAt: Timestamp,
  }),
  'One comment, as it was added.',
);
export type Comment = z.infer<typeof Comment>;

export const CommentReply = named('CommentReply', Comment.omit({ threadId: true }), 'A reply in a thread.');
export type CommentReply = z.infer<typeof CommentReply>;

export const CommentThread = named(
  'CommentThread',
  z.object({
    id: z.string().meta({ description: 'The thread, which is its first comment.' }),
    text: z.string(),
    author: Author,
    createdAt: Timestamp,
    resolvedAt: Timestamp.nullable(),
    resolvedBy: z.string().nullable(),
    replies: z.array(CommentReply).meta({ description: 'Oldest first.' }),
  }),
  'A thread: its first comment, whether it is resolved (and by whom), and its replies.',
);
export type CommentThread = z.infer<typeof CommentThread>;

export const listCommentThreadsOperation = defineOperation({
  method: 'get',
  path: '/api/paragraphs/{id}/translations/{lang}/comments',
  operationId: 'listCommentThreads',
  summary: 'Comment threads on a paragraph’s translation',
  tags: ['Comments'],
  params: ParagraphLangParams,
  responses: {
    200: { description: 'The threads, oldest first, with their replies.', schema: z.array(CommentThread) },
    404: { description: 'The paragraph or the language does not exist.' },
  },
});

export const AddCommentInput = z.strictObject({
  // The comment limit (2,000 characters once trimmed, 413) is the service's; this bound only
  // repeats the body limit, which a longer string could not fit in anyway.
  text: z.string().max(COMMENT_BODY_LIMIT).meta({ description: `At most ${MAX_COMMENT_LENGTH.toLocaleString('en')} characters once trimmed.` }),
  threadId: Id.nullable().optional().meta({ description: 'The thread to reply to; a new thread when left out or null.' }),
});

export const addCommentOperation = defineOperation({
  method: 'post',
  path: '/api/paragraphs/{id}/translations/{lang}/comments',
  operationId: 'addComment',
  summary: 'Comment, or reply to a thread',
  tags: ['Comments'],
  params: ParagraphLangParams,
  body: { json: AddCommentInput, maxBytes: COMMENT_BODY_LIMIT, example: { text: 'Is “dozens” right here?' } },
  responses: {
    201: { description: 'The comment.', schema: Comment },
    400: { description: 'An empty comment, or a threadId that is not a thread here.' },
    403: { description: 'You do not work on this language.' },
    404: { description: 'The paragraph or the language does not exist.' },
    413: { description: `The comment is longer than ${MAX_COMMENT_LENGTH.toLocaleString('en')} characters.` },
  },
});

export const resolveCommentThreadOperation = defineOperation({
  method: 'post',
  path: '/api/comment-threads/{id}/resolve',
  operationId: 'resolveCommentThread',
  summary: 'Resolve a comment thread',
  tags: ['Comments'],
  params: z.object({ id: Id.meta({ description: 'The thread’s first comment.', examples: ['cm9x0comment000001'] }) }),
  responses: {
    200: { description: 'The thread, resolved.', schema: CommentThread },
    400: { description: 'The comment is a reply, not a thread.' },
    403: { description: 'You do not work on this language.' },
    404: { description: 'The thread does not exist.' },
  },
});

export const commentOperations = [listCommentThreadsOperation, addCommentOperation, resolveCommentThreadOperation];
