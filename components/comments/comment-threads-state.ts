// The comment panel's threads as a reducer: what was loaded for which paragraph and language, and
// the changes this person makes (a new thread, a reply, a resolution) applied in place. Pure.
//
// The state remembers whose threads it holds (`key`), so when the panel is shown for another
// paragraph or language it reads as loading until that one's threads arrive, and an answer that
// arrives late for the paragraph before is dropped.
import type { ApiFailure } from '@/lib/clients/api-call';
import type { CommentJson, CommentThreadJson } from '@/lib/comment-types';

export type CommentThreadsState = { key: string | null; threads: CommentThreadJson[] | null; failure: ApiFailure | null };

export type CommentThreadsAction =
  | { type: 'loaded'; key: string; threads: CommentThreadJson[] }
  | { type: 'failed'; key: string; failure: ApiFailure }
  | { type: 'threadAdded'; key: string; comment: CommentJson }
  | { type: 'replyAdded'; key: string; threadId: string; reply: CommentJson }
  | { type: 'threadReplaced'; key: string; thread: CommentThreadJson };

export const initialCommentThreads: CommentThreadsState = { key: null, threads: null, failure: null };

/** The key of a paragraph's threads in one language. */
export const threadsKey = (paragraphId: string, lang: string) => `${paragraphId}:${lang}`;

/** What the panel shows for `key`: its threads, its load failure, or neither while loading. */
export function threadsFor(state: CommentThreadsState, key: string): { threads: CommentThreadJson[] | null; failure: ApiFailure | null } {
  return state.key === key ? { threads: state.threads, failure: state.failure } : { threads: null, failure: null };
}

export function commentThreadsReducer(state: CommentThreadsState, action: CommentThreadsAction): CommentThreadsState {
  if (action.type === 'loaded') return { key: action.key, threads: action.threads, failure: null };
  if (action.type === 'failed') return { key: action.key, threads: null, failure: action.failure };
  // A change to threads that are not the ones shown (the panel moved on meanwhile) is dropped.
  if (state.key !== action.key || state.threads === null) return state;
  switch (action.type) {
    case 'threadAdded': {
      const thread: CommentThreadJson = { ...withoutThreadId(action.comment), resolvedAt: null, resolvedBy: null, replies: [] };
      return { ...state, threads: [...state.threads, thread] };
    }
    case 'replyAdded':
      return {
        ...state,
        threads: state.threads.map((thread) => (thread.id === action.threadId ? { ...thread, replies: [...thread.replies, withoutThreadId(action.reply)] } : thread)),
      };
    case 'threadReplaced':
      return { ...state, threads: state.threads.map((thread) => (thread.id === action.thread.id ? action.thread : thread)) };
  }
}

/** How many threads are still open, or null before they are loaded. */
export function openThreadCount(threads: CommentThreadJson[] | null): number | null {
  return threads?.filter((thread) => thread.resolvedAt === null).length ?? null;
}

function withoutThreadId({ id, text, author, createdAt }: CommentJson) {
  return { id, text, author, createdAt };
}
