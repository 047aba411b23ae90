// The browser's calls to the comment endpoints of the REST API. Every call answers with an
// outcome instead of throwing, so the panel shows a failure as a message beside the form.
import type { ApiErrorJson } from './api-types';
import type { CommentJson, CommentThreadJson } from './comment-types';

export type Failed = { kind: 'failed'; message: string };
export type ThreadsOutcome = { kind: 'loaded'; threads: CommentThreadJson[] } | Failed;
export type PostCommentOutcome = { kind: 'posted'; comment: CommentJson } | Failed;
export type ResolveOutcome = { kind: 'resolved'; thread: CommentThreadJson } | Failed;

function commentsUrl(paragraphId: string, lang: string) {
  return `/api/paragraphs/${encodeURIComponent(paragraphId)}/translations/${encodeURIComponent(lang)}/comments`;
}

/** Fetches and reads a JSON answer; `T` when the status is 2xx, else the failure to show. */
async function call<T>(url: string, init: RequestInit, doing: string): Promise<{ ok: true; json: T } | Failed> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    return { kind: 'failed', message: `${doing} failed: the server could not be reached. Try again.` };
  }
  const json = (await response.json().catch(() => null)) as (T & ApiErrorJson) | null;
  if (response.ok && json) return { ok: true, json };
  if (response.status === 401) return { kind: 'failed', message: 'Your session has ended. Sign in again in another tab, then try again.' };
  return { kind: 'failed', message: json?.message ?? `${doing} failed (HTTP ${response.status}).` };
}

export async function fetchCommentThreads(paragraphId: string, lang: string): Promise<ThreadsOutcome> {
  const result = await call<CommentThreadJson[]>(commentsUrl(paragraphId, lang), { cache: 'no-store' }, 'Loading the comments');
  return 'ok' in result ? { kind: 'loaded', threads: result.json } : result;
}

/** Starts a thread (`threadId` null) or replies to one (`threadId` its first comment's id). */
export async function postComment(
  paragraphId: string,
  lang: string,
  body: { text: string; threadId: string | null },
): Promise<PostCommentOutcome> {
  const result = await call<CommentJson>(
    commentsUrl(paragraphId, lang),
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    'Posting the comment',
  );
  return 'ok' in result ? { kind: 'posted', comment: result.json } : result;
}

export async function resolveThread(threadId: string): Promise<ResolveOutcome> {
  const result = await call<CommentThreadJson>(
    `/api/comment-threads/${encodeURIComponent(threadId)}/resolve`,
    { method: 'POST' },
    'Resolving the thread',
  );
  return 'ok' in result ? { kind: 'resolved', thread: result.json } : result;
}
