'use client';
// The comment threads on a paragraph's translation into one language: each thread's first
// comment, its replies and whether it is resolved; people who work on the language start
// threads, reply and resolve. Texts render as React text, never as HTML.
import { useEffect, useEffectEvent, useId, useReducer, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '@/components/i18n/use-t';
import type { CommentJson, CommentThreadJson } from '@/lib/comment-types';
import { failureText } from '@/lib/clients/api-call';
import { fetchCommentThreads, postComment, resolveThread, type PostCommentOutcome } from '@/lib/clients/comments';
import { LocalTime } from '../common/local-time';
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

function ThreadItem({
  thread,
  paragraphId,
  lang,
  canComment,
  onReplied,
  onResolved,
}: {
  thread: CommentThreadJson;
  paragraphId: string;
  lang: string;
  canComment: boolean;
  onReplied: (reply: CommentJson) => void;
  onResolved: (thread: CommentThreadJson) => void;
}) {
  const { t } = useT();
  const [resolving, setResolving] = useState(false);
  const [resolveError, setResolveError] = useState<string | null>(null);

  async function resolve() {
    setResolving(true);
    setResolveError(null);
    const outcome = await resolveThread(thread.id);
    setResolving(false);
    if (outcome.kind === 'resolved') onResolved(outcome.thread);
    else setResolveError(failureText(t, outcome.failure));
  }

  const resolved = thread.resolvedAt !== null;
  return (
    <li className={resolved ? 'comment-thread resolved' : 'comment-thread'}>
      <p className="version-meta">
        <strong>{thread.author.name}</strong>, <LocalTime iso={thread.createdAt} />
        {resolved && (
          <span className="muted">
            {' '}
            · {thread.resolvedBy ? t('comments.resolvedBy', { name: thread.resolvedBy }) : t('comments.resolved')}, <LocalTime iso={thread.resolvedAt!} />
          </span>
        )}
      </p>
      <p className="comment-text" dir="auto">
        {thread.text}
      </p>
      {thread.replies.length > 0 && (
        <ol className="comment-replies">
          {thread.replies.map((reply) => (
            <li key={reply.id}>
              <p className="version-meta small">
                <strong>{reply.author.name}</strong>, <LocalTime iso={reply.createdAt} />
              </p>
              <p className="comment-text" dir="auto">
                {reply.text}
              </p>
            </li>
          ))}
        </ol>
      )}
      {canComment && !resolved && (
        <>
          <CommentForm
            label={t('comments.reply')}
            submitLabel={t('comments.reply')}
            send={(text) => postComment(paragraphId, lang, { text, threadId: thread.id })}
            onSent={onReplied}
          >
            <button type="button" className="button-quiet" onClick={() => void resolve()} disabled={resolving}>
              {t('comments.resolve')}
            </button>
          </CommentForm>
          {resolveError && (
            <p role="alert" className="error">
              {resolveError}
            </p>
          )}
        </>
      )}
    </li>
  );
}

/** A text box and a submit button; keeps the text when sending fails and shows why. */
function CommentForm({
  label,
  submitLabel,
  labelVisible = false,
  send,
  onSent,
  children,
}: {
  label: string;
  submitLabel: string;
  labelVisible?: boolean;
  send: (text: string) => Promise<PostCommentOutcome>;
  onSent: (comment: CommentJson) => void;
  children?: ReactNode;
}) {
  const { t } = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    if (text.trim() === '') {
      setError(t('comments.empty'));
      return;
    }
    setSending(true);
    setError(null);
    const outcome = await send(text);
    setSending(false);
    if (outcome.kind === 'posted') {
      setText('');
      onSent(outcome.comment);
    } else {
      setError(failureText(t, outcome.failure));
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  }

  return (
    <form className="comment-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id} className={labelVisible ? undefined : 'visually-hidden'}>
        {label}
      </label>
      <textarea
        id={id}
        dir="auto"
        rows={2}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (error) setError(null);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="editor-actions">
        <button type="submit" disabled={sending}>
          {submitLabel}
        </button>
        {children}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
