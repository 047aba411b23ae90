'use client';
// The comment threads on a paragraph's translation into one language: each thread's first
// comment, its replies and whether it is resolved; people who work on the language start
// threads, reply and resolve. Texts render as React text, never as HTML.
import { useEffect, useEffectEvent, useReducer, useRef } from 'react';
import { useT } from '@/components/i18n/use-t';
import { failureText } from '@/lib/clients/api-call';
import { fetchCommentThreads, postComment } from '@/lib/clients/comments';
import { CommentForm } from './comment-form';
import { ThreadItem } from './comment-thread-item';
import { commentThreadsReducer, initialCommentThreads, openThreadCount, threadsFor, threadsKey } from './comment-threads-state';

export type CommentThreadsPanelProps = {
  paragraphId: string;
  position: number;
  lang: string;
  canComment: boolean;
  /** Called with the number of unresolved threads once loaded and after every change. */
  onOpenCountChange?: (open: number) => void;
  /**
   * The latest comment change someone else made on this paragraph and language, from the live
   * event stream (a new object per change): each one reloads the threads in place, keeping
   * what this user is typing in a reply.
   */
  changedElsewhere?: object | null;
};

export function CommentThreadsPanel({ paragraphId, position, lang, canComment, onOpenCountChange, changedElsewhere }: CommentThreadsPanelProps) {
  const { t } = useT();
  const [state, dispatch] = useReducer(commentThreadsReducer, initialCommentThreads);
  const key = threadsKey(paragraphId, lang);
  const { threads, failure } = threadsFor(state, key);
  // Reports the count without re-running the effect when the parent passes a new callback.
  const reportOpenCount = useEffectEvent((open: number) => onOpenCountChange?.(open));

  useEffect(() => {
    let cancelled = false;
    void fetchCommentThreads(paragraphId, lang).then((outcome) => {
      if (cancelled) return;
      const key = threadsKey(paragraphId, lang);
      dispatch(outcome.kind === 'loaded' ? { type: 'loaded', key, threads: outcome.threads } : { type: 'failed', key, failure: outcome.failure });
    });
    return () => {
      cancelled = true;
    };
  }, [paragraphId, lang]);

  // A change made before the panel opened is in its first load already.
  const reloadedFor = useRef(changedElsewhere);
  useEffect(() => {
    if (!changedElsewhere || changedElsewhere === reloadedFor.current) return;
    reloadedFor.current = changedElsewhere;
    let cancelled = false;
    void fetchCommentThreads(paragraphId, lang).then((outcome) => {
      if (!cancelled && outcome.kind === 'loaded') dispatch({ type: 'loaded', key: threadsKey(paragraphId, lang), threads: outcome.threads });
    });
    return () => {
      cancelled = true;
    };
  }, [changedElsewhere, paragraphId, lang]);

  const openCount = openThreadCount(threads);
  useEffect(() => {
    if (openCount !== null) reportOpenCount(openCount);
  }, [openCount]);

  return (
    <section className="history comment-threads" aria-label={t('comments.title')}>
      <h3>{t('comments.title')}</h3>
      {failure && <p role="alert" className="error">{failureText(t, failure)}</p>}
      {!threads && !failure && <p className="muted">{t('common.loading')}</p>}
      {threads?.length === 0 && <p className="muted">{t('comments.none')}</p>}
      {threads && threads.length > 0 && (
        <ol className="version-list comment-thread-list" aria-label={t('comments.threadsOn', { n: position })}>
          {threads.map((thread) => (
            <ThreadItem
              key={thread.id}
              thread={thread}
              paragraphId={paragraphId}
              lang={lang}
              canComment={canComment}
              onReplied={(reply) => dispatch({ type: 'replyAdded', key, threadId: thread.id, reply })}
              onResolved={(resolved) => dispatch({ type: 'threadReplaced', key, thread: resolved })}
            />
          ))}
        </ol>
      )}
      {threads && canComment && (
        <CommentForm
          label={t('comments.new')}
          submitLabel={t('comments.add')}
          labelVisible
          send={(text) => postComment(paragraphId, lang, { text, threadId: null })}
          onSent={(comment) => dispatch({ type: 'threadAdded', key, comment })}
        />
      )}
    </section>
  );
}
