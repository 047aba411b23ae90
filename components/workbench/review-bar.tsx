'use client';
// An editor's decision on the paragraph's current version: Approve, or Reject with a comment
// that the translator will see on the row.
import { useState } from 'react';
import { useT } from '@/components/i18n/use-t';
import { qaApprovalBlockedText } from '@/lib/qa/messages';
import { failureText } from '@/lib/clients/api-call';
import type { Review as ReviewJson } from '@/lib/api/reviews';
import { approveVersion, rejectVersion } from '@/lib/clients/review';

export function ReviewBar({
  versionId,
  position,
  disabled,
  onReviewed,
}: {
  versionId: string;
  position: number;
  /** Unsaved text in the box: the decision would be on a version the editor is not looking at. */
  disabled: boolean;
  onReviewed: (review: ReviewJson) => void;
}) {
  const { t } = useT();
  const [rejecting, setRejecting] = useState(false);
  const [blockedByChecks, setBlockedByChecks] = useState(false);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function decide(run: () => ReturnType<typeof approveVersion>) {
    setBusy(true);
    setError(null);
    const outcome = await run();
    setBusy(false);
    if (outcome.ok) {
      setRejecting(false);
      setComment('');
      setBlockedByChecks(false);
      onReviewed(outcome.value);
    } else if (outcome.status === 409 && outcome.body?.checks) {
      setBlockedByChecks(true);
      setError(qaApprovalBlockedText(t, outcome.body.checks, outcome.message));
    } else {
      setError(failureText(t, outcome));
    }
  }

  return (
    <div className="review-bar">
      <button type="button" className="button-approve" disabled={disabled || busy} onClick={() => decide(() => approveVersion(versionId))}>
        {t('review.approve')}
      </button>
      <button type="button" className="button-quiet" disabled={disabled || busy} onClick={() => setRejecting(!rejecting)} aria-expanded={rejecting}>
        {t('review.reject')}
      </button>
      {rejecting && (
        <form
          className="reject-form"
          onSubmit={(event) => {
            event.preventDefault();
            void decide(() => rejectVersion(versionId, comment));
          }}
        >
          <label>
            {t('review.why', { n: position })}
            <textarea value={comment} onChange={(event) => setComment(event.target.value)} rows={2} maxLength={2000} required />
          </label>
          <button type="submit" className="button-danger" disabled={busy || !comment.trim()}>
            {t('review.rejectWithComment')}
          </button>
        </form>
      )}
      {blockedByChecks && (
        <form
          className="reject-form"
          onSubmit={(event) => {
            event.preventDefault();
            void decide(() => approveVersion(versionId, reason));
          }}
        >
          <label>
            {t('review.overrideReason')}
            <textarea value={reason} onChange={(event) => setReason(event.target.value)} rows={2} maxLength={2000} required />
          </label>
          <button type="submit" className="button-approve" disabled={busy || !reason.trim()}>
            {t('review.approveDespite')}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="error small">
          {error}
        </p>
      )}
    </div>
  );
}
