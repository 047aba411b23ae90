'use client';
// One comment thread in the panel: its first comment, its replies, whether it is resolved, and
// for people who work on the language a reply form and a resolve button.
import { useState } from 'react';
import { useT } from '@/components/i18n/use-t';
import type { CommentJson, CommentThreadJson } from '@/lib/comment-types';
import { failureText } from '@/lib/clients/api-call';
import { postComment, resolveThread } from '@/lib/clients/comments';
import { LocalTime } from '../common/local-time';
import { CommentForm } from './comment-form';

export function ThreadItem({
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
