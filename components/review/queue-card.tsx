'use client';
// One card of the review queue: who, why it is there, the English and translation changes, the
// quality checks' findings, and the decision: Approve, Reject with a comment, or, when the
// checks' errors refused the approval, a reason to approve despite them.
import type { Ref } from 'react';
import { useT } from '@/components/i18n/use-t';
import { qaApprovalBlockedText, type QaIssue } from '@/lib/qa/messages';
import { REASON_KEYS, type QueueItem } from '@/lib/review-queue';
import { canDecide, type CardState } from '@/lib/review-queue-state';
import { QualityChecks } from '../workbench/quality-checks';
import { QueueRedline } from './queue-redline';
import { ReasonForm } from './reason-form';

type Language = { code: string; direction: 'ltr' | 'rtl' };

/** The id of a card's override reason box, which A focuses after a refusal. */
export function overrideReasonId(versionId: string): string {
  return `override-reason-${versionId}`;
}

export function QueueCard({
  item,
  language,
  card,
  active,
  canReview,
  interactive,
  cardRef,
  onFocus,
  onApprove,
  onStartReject,
  onType,
  onReject,
  onOverride,
  onCancel,
  onLeaveBox,
}: {
  item: QueueItem;
  language: Language;
  card: CardState;
  active: boolean;
  canReview: boolean;
  /** The page is hydrated: buttons work. */
  interactive: boolean;
  cardRef: Ref<HTMLElement>;
  onFocus: () => void;
  onApprove: () => void;
  onStartReject: () => void;
  onType: (text: string) => void;
  onReject: (comment: string) => void;
  onOverride: (reason: string) => void;
  onCancel: () => void;
  /** Esc in a text box: back to the card, where the keys work. */
  onLeaveBox: () => void;
}) {
  const { t } = useT();
  const label = t('paragraph.label', { n: item.position });
  const undecided = card.kind === 'open' || card.kind === 'blocked';
  return (
    <article ref={cardRef} tabIndex={-1} aria-label={label} aria-current={active ? 'true' : undefined} className={`queue-item${active ? ' active' : ''}`} onFocus={onFocus}>
      <p className="queue-meta">
        <strong>{label}</strong> · {item.author} ·{' '}
        {item.reasons.map((reason) => (
          <span key={reason} className="reason">
            {t(REASON_KEYS[reason])}
          </span>
        ))}
        {item.openThreads > 0 && <span className="reason reason-comments">{t('queue.openComments', { count: item.openThreads })}</span>}
        {item.machineProvider && <span className="reason reason-machine">{t('machine.fromMachine', { provider: item.machineProvider })}</span>}
      </p>
      <QueueRedline item={item} language={language} />
      <QualityChecks issues={item.checks as QaIssue[]} position={item.position} />

      {card.kind === 'approved' && <p className="decided approved">{card.overridden ? t('queueCard.approvedDespite') : t('status.approved')}</p>}
      {card.kind === 'rejected' && <p className="decided rejected">{t('queue.rejectedWith', { comment: card.comment })}</p>}
      {card.kind === 'open' && card.error && (
        <p role="alert" className="error">
          {t('queue.notRecorded', { message: card.error })}
        </p>
      )}
      {card.kind === 'blocked' && (
        <>
          <p role="alert" className="error">
            {t('queue.notRecorded', { message: qaApprovalBlockedText(t, card.checks, card.message) })}
          </p>
          {canReview && <p className="muted small">{t('queueCard.blockedKeys')}</p>}
        </>
      )}

      {canReview && undecided && (
        <div className="editor-actions">
          {card.kind !== 'blocked' && (
            <button type="button" className="button-approve" disabled={!interactive || !canDecide(card)} onClick={onApprove}>
              {t('review.approve')}
            </button>
          )}
          <button type="button" className="button-quiet" disabled={!interactive || !canDecide(card)} onClick={onStartReject}>
            {t('review.reject')}
          </button>
        </div>
      )}
      {canReview && card.kind === 'blocked' && (
        <ReasonForm
          id={overrideReasonId(item.versionId)}
          label={t('review.overrideReason')}
          submitLabel={t('review.approveDespite')}
          submitClassName="button-approve"
          draft={card.draft}
          onChange={onType}
          onSubmit={onOverride}
          onEscape={onLeaveBox}
          onCancel={onCancel}
        />
      )}
      {canReview && card.kind === 'rejecting' && (
        <ReasonForm
          id={`reject-comment-${item.versionId}`}
          label={t('review.why', { n: item.position })}
          submitLabel={t('review.rejectWithComment')}
          submitClassName="button-danger"
          draft={card.draft}
          autoFocus
          onChange={onType}
          onSubmit={onReject}
          onEscape={onCancel}
          onCancel={onCancel}
        />
      )}
    </article>
  );
}
