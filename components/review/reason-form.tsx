'use client';
// A short text an editor gives with a decision: a rejection's comment, or the reason for
// approving despite quality-check errors. Ctrl/Cmd+Enter sends; Esc leaves the box. The text
// lives in the queue's state, so a failed send keeps it.
import { useT } from '@/components/i18n/use-t';
import type { Draft } from '@/lib/review-queue-state';

export function ReasonForm({
  id,
  label,
  submitLabel,
  submitClassName,
  draft,
  autoFocus = false,
  onChange,
  onSubmit,
  onEscape,
  onCancel,
}: {
  id: string;
  label: string;
  submitLabel: string;
  submitClassName: string;
  draft: Draft;
  autoFocus?: boolean;
  onChange: (text: string) => void;
  onSubmit: (text: string) => void;
  onEscape: () => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const ready = draft.text.trim() !== '' && !draft.sending;
  return (
    <form
      className="reject-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) onSubmit(draft.text);
      }}
    >
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        // Opened by R on purpose: the comment is what comes next.
        autoFocus={autoFocus}
        rows={2}
        maxLength={2000}
        value={draft.text}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onEscape();
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && ready) {
            event.preventDefault();
            onSubmit(draft.text);
          }
        }}
      />
      {draft.error && (
        <p role="alert" className="error small">
          {t('queue.notRecorded', { message: draft.error })}
        </p>
      )}
      <div className="editor-actions">
        <button type="submit" className={submitClassName} disabled={!ready}>
          {submitLabel}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
