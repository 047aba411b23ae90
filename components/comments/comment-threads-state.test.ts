import { describe, expect, it } from 'vitest';
import type { ApiFailure } from '@/lib/clients/api-call';
import type { CommentJson, CommentThreadJson } from '@/lib/comment-types';
import { commentThreadsReducer, initialCommentThreads, openThreadCount, threadsFor, threadsKey, type CommentThreadsState } from './comment-threads-state';

const here = threadsKey('p1', 'de');
const elsewhere = threadsKey('p2', 'de');
const author = { name: 'Anna' };
const thread = (id: string, resolvedAt: string | null = null): CommentThreadJson => ({ id, text: `Thread ${id}`, author, createdAt: '2025-04-24T10:00:00Z', resolvedAt, resolvedBy: resolvedAt ? 'Eva' : null, replies: [] });
const comment = (id: string, threadId: string | null): CommentJson => ({ id, text: `Comment ${id}`, author, createdAt: '2025-04-24T11:00:00Z', threadId });
const failure: ApiFailure = { ok: false, status: 0, code: null, message: 'The server could not be reached.', body: null };
const loaded = (threads: CommentThreadJson[]): CommentThreadsState => commentThreadsReducer(initialCommentThreads, { type: 'loaded', key: here, threads });

describe('comment threads state', () => {
  it('is loading until its threads arrive, then shows them', () => {
    expect(threadsFor(initialCommentThreads, here)).toEqual({ threads: null, failure: null });
    expect(threadsFor(loaded([thread('t1')]), here).threads).toEqual([thread('t1')]);
  });

  it('shows a failed load with its failure, and a later load replaces it', () => {
    const failed = commentThreadsReducer(initialCommentThreads, { type: 'failed', key: here, failure });
    expect(threadsFor(failed, here)).toEqual({ threads: null, failure });
    expect(threadsFor(commentThreadsReducer(failed, { type: 'loaded', key: here, threads: [] }), here)).toEqual({ threads: [], failure: null });
  });

  it('reads as loading for another paragraph until that one is loaded', () => {
    expect(threadsFor(loaded([thread('t1')]), elsewhere)).toEqual({ threads: null, failure: null });
  });

  it('adds a new thread at the end, open and without replies', () => {
    const state = commentThreadsReducer(loaded([thread('t1')]), { type: 'threadAdded', key: here, comment: comment('t2', null) });
    expect(state.threads!.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(state.threads![1]).toEqual({ id: 't2', text: 'Comment t2', author, createdAt: '2025-04-24T11:00:00Z', resolvedAt: null, resolvedBy: null, replies: [] });
  });

  it('adds a reply to its thread only', () => {
    const state = commentThreadsReducer(loaded([thread('t1'), thread('t2')]), { type: 'replyAdded', key: here, threadId: 't2', reply: comment('r1', 't2') });
    expect(state.threads![0].replies).toEqual([]);
    expect(state.threads![1].replies).toEqual([{ id: 'r1', text: 'Comment r1', author, createdAt: '2025-04-24T11:00:00Z' }]);
  });

  it('replaces a resolved thread in place', () => {
    const resolved = thread('t1', '2025-04-24T12:00:00Z');
    const state = commentThreadsReducer(loaded([thread('t1'), thread('t2')]), { type: 'threadReplaced', key: here, thread: resolved });
    expect(state.threads).toEqual([resolved, thread('t2')]);
    expect(openThreadCount(state.threads)).toBe(1);
  });

  it('drops a change meant for threads no longer shown, or not loaded yet', () => {
    const shown = loaded([thread('t1')]);
    expect(commentThreadsReducer(shown, { type: 'threadAdded', key: elsewhere, comment: comment('t9', null) })).toBe(shown);
    expect(commentThreadsReducer(initialCommentThreads, { type: 'threadAdded', key: here, comment: comment('t9', null) })).toBe(initialCommentThreads);
  });

  it('counts open threads, or null before loading', () => {
    expect(openThreadCount(null)).toBeNull();
    expect(openThreadCount([thread('t1'), thread('t2', '2025-04-24T12:00:00Z')])).toBe(1);
  });
});
