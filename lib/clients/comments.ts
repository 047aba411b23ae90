// The browser's calls to the comment endpoints of the REST API. Every call answers with an
// outcome instead of throwing, so the panel shows a failure as a message beside the form.
import { callApi, postJson, type ApiFailure } from './api-call';
import type { CommentJson, CommentThreadJson } from '../comment-types';

export type Failed = { kind: 'failed'; failure: ApiFailure };
export type ThreadsOutcome = { kind: 'loaded'; threads: CommentThreadJson[] } | Failed;
export type PostCommentOutcome = { kind: 'posted'; comment: CommentJson } | Failed;
export type ResolveOutcome = { kind: 'resolved'; thread: CommentThreadJson } | Failed;

function commentsUrl(paragraphId: string, lang: string) {
  return `/api/paragraphs/${encodeURIComponent(paragraphId)}/translations/${encodeURIComponent(lang)}/comments`;
}

export async function fetchCommentThreads(paragraphId: string, lang: string): Promise<ThreadsOutcome> {
  const result = await callApi<CommentThreadJson[]>(commentsUrl(paragraphId, lang));
  return result.ok ? { kind: 'loaded', threads: result.value } : { kind: 'failed', failure: result };
}

/** Starts a thread (`threadId` null) or replies to one (`threadId` its first comment's id). */
export async function postComment(paragraphId: string, lang: string, body: { text: string; threadId: string | null }): Promise<PostCommentOutcome> {
  const result = await postJson<CommentJson>(commentsUrl(paragraphId, lang), body);
  return result.ok ? { kind: 'posted', comment: result.value } : { kind: 'failed', failure: result };
}

export async function resolveThread(threadId: string): Promise<ResolveOutcome> {
  const result = await callApi<CommentThreadJson>(`/api/comment-threads/${encodeURIComponent(threadId)}/resolve`, { method: 'POST' });
  return result.ok ? { kind: 'resolved', thread: result.value } : { kind: 'failed', failure: result };
}
