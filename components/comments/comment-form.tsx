'use client';
// The form that sends a comment: a new thread or a reply.
import { useId, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { ScriptedForm } from '@/components/common/scripted-form';
import { useT } from '@/components/i18n/use-t';
import type { CommentJson } from '@/lib/comment-types';
import { failureText } from '@/lib/clients/api-call';
import type { PostCommentOutcome } from '@/lib/clients/comments';

/** A text box and a submit button; keeps the text when sending fails and shows why. */
export function CommentForm({
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
    <ScriptedForm className="comment-form" onSubmit={(event) => void submit(event)}>
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
    </ScriptedForm>
  );
}
