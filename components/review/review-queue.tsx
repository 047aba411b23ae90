'use client';
// The queue, driven from the keyboard: J/↓ next, K/↑ previous, A approve, R reject with a
// comment. "Approve all shown" opens only after every item's redline has been on screen.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '@/components/i18n/use-t';
import { languageName } from '@/lib/i18n/format';
import { qaApprovalBlockedText } from '@/lib/qa/messages';
import { failureText } from '@/lib/api-call';
import { approveVersion, rejectVersion } from '@/lib/review-api-client';
import { REASON_KEYS, type QueueReason } from '@/lib/review-queue';
import { wordDiff } from '@/lib/word-diff';
import { useHydrated } from '../common/use-hydrated';
import { WordDiffView } from '../diff/word-diff-view';

export type QueueItem = {
  paragraphId: string;
  position: number;
  versionId: string;
  author: string;
  text: string;
  approvedText: string;
  sourceText: string;
  translatedSourceText: string | null;
  reasons: QueueReason[];
  openThreads: number;
};

/** A failed approval may carry the quality-check errors that blocked it (`checks` of the API's 409). */
type Decision = { kind: 'approved' } | { kind: 'rejected'; comment: string } | { kind: 'failed'; message: string; checks?: unknown };
type Language = { code: string; englishName: string; direction: 'ltr' | 'rtl' };

export function ReviewQueue({ items, language, canReview }: { items: QueueItem[]; language: Language; canReview: boolean }) {
  const { t, i18n } = useT();
  const [active, setActive] = useState(0);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [seen, setSeen] = useState<Set<string>>(new Set());
  const [confirmingAll, setConfirmingAll] = useState(false);
  const itemRefs = useRef<Array<HTMLElement | null>>([]);
  // Keys pressed faster than the queue re-renders each move on from the last one, not from the
  // item the previous render knew.
  const activeRef = useRef(0);
  // The keys and buttons work once the page's scripts run: until then neither is offered.
  const hydrated = useHydrated();
  const pending = items.filter((item) => !decisions[item.versionId] || decisions[item.versionId].kind === 'failed');

  const focusItem = useCallback(
    (index: number) => {
      const next = Math.max(0, Math.min(items.length - 1, index));
      activeRef.current = next;
      setActive(next);
      const element = itemRefs.current[next];
      element?.focus();
      element?.scrollIntoView({ block: 'nearest' });
    },
    [items.length],
  );

  const decide = useCallback(async (item: QueueItem, decision: 'approved' | 'rejected', comment = '') => {
    const outcome = decision === 'approved' ? await approveVersion(item.versionId) : await rejectVersion(item.versionId, comment);
    setDecisions((current) => ({
      ...current,
      [item.versionId]: outcome.ok ? (decision === 'approved' ? { kind: 'approved' } : { kind: 'rejected', comment }) : { kind: 'failed', message: failureText(t, outcome), checks: outcome.body?.checks },
    }));
    return outcome.ok;
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest('textarea, input, select') || event.ctrlKey || event.metaKey || event.altKey) return;
      const active = activeRef.current;
      const item = items[active];
      if (event.key === 'j' || event.key === 'ArrowDown') focusItem(active + 1);
      else if (event.key === 'k' || event.key === 'ArrowUp') focusItem(active - 1);
      else if (event.key === 'a' && item && canReview && !decisions[item.versionId]) {
        void decide(item, 'approved').then((ok) => ok && focusItem(active + 1));
      } else if (event.key === 'r' && item && canReview && !decisions[item.versionId]) setRejecting(item.versionId);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, decisions, canReview, decide, focusItem]);

  useEffect(() => {
    const observer = new IntersectionObserver(
      (entries) => {
        const visible = entries.filter((entry) => entry.isIntersecting).map((entry) => (entry.target as HTMLElement).dataset.versionId!);
        if (visible.length) setSeen((current) => new Set([...current, ...visible]));
      },
      { threshold: 0.6 },
    );
    document.querySelectorAll<HTMLElement>('[data-redline]').forEach((element) => observer.observe(element));
    return () => observer.disconnect();
  }, [items]);

  if (items.length === 0) return <p>{t('queue.none', { language: languageName(language.code, i18n.language) })}</p>;
  const unseen = pending.filter((item) => !seen.has(item.versionId)).length;

  return (
    <>
      {hydrated && (
        <p className="keys" aria-label={t('shortcuts.title')}>
          <kbd>J</kbd>/<kbd>↓</kbd> {t('queue.keys.next')} · <kbd>K</kbd>/<kbd>↑</kbd> {t('queue.keys.previous')}
          {canReview && (
            <>
              {' '}
              · <kbd>A</kbd> {t('queue.keys.approve')} · <kbd>R</kbd> {t('queue.keys.reject')} · <kbd>Ctrl</kbd>+<kbd>Enter</kbd> {t('queue.keys.send')} ·{' '}
              <kbd>Esc</kbd> {t('queue.keys.cancel')}
            </>
          )}
        </p>
      )}
      {canReview && (
        <div className="approve-all">
          <button type="button" disabled={!hydrated || pending.length === 0 || unseen > 0} onClick={() => setConfirmingAll(true)}>
            {t('queue.approveAll')}
          </button>
          <span className="muted small" role="status">
            {pending.length === 0
              ? t('queue.allDecided')
              : unseen > 0
                ? t('queue.unseen', { unseen, total: pending.length })
                : t('queue.waiting', { count: pending.length })}
          </span>
          {confirmingAll && (
            <div className="confirm" role="alertdialog" aria-label={t('queue.approveAll')}>
              <p>{t('queue.confirmAll', { count: pending.length })}</p>
              <button
                type="button"
                onClick={async () => {
                  setConfirmingAll(false);
                  for (const item of pending) await decide(item, 'approved');
                }}
              >
                {t('queue.approveN', { n: pending.length })}
              </button>
              <button type="button" className="button-quiet" onClick={() => setConfirmingAll(false)}>
                {t('common.cancel')}
              </button>
            </div>
          )}
        </div>
      )}
      <ol className="queue">
        {items.map((item, index) => {
          const decision = decisions[item.versionId];
          return (
            <li key={item.versionId}>
              <article
                ref={(element) => {
                  itemRefs.current[index] = element;
                }}
                tabIndex={-1}
                aria-label={t('paragraph.label', { n: item.position })}
                aria-current={index === active ? 'true' : undefined}
                className={`queue-item${index === active ? ' active' : ''}`}
                onFocus={() => {
                  activeRef.current = index;
                  setActive(index);
                }}
              >
                <p className="queue-meta">
                  <strong>{t('paragraph.label', { n: item.position })}</strong> · {item.author} ·{' '}
                  {item.reasons.map((reason) => (
                    <span key={reason} className="reason">
                      {t(REASON_KEYS[reason])}
                    </span>
                  ))}
                  {item.openThreads > 0 && (
                    <span className="reason reason-comments">
                      {t('queue.openComments', { count: item.openThreads })}
                    </span>
                  )}
                </p>
                <div className="queue-columns">
                  <div lang="en">
                    {item.translatedSourceText !== null ? (
                      <WordDiffView changes={wordDiff(item.translatedSourceText, item.sourceText, 'en').changes} lang="en" label={t('notes.englishChanges')} />
                    ) : (
                      <p>{item.sourceText}</p>
                    )}
                  </div>
                  <div data-redline data-version-id={item.versionId}>
                    <WordDiffView
                      changes={wordDiff(item.approvedText, item.text, language.code).changes}
                      lang={language.code}
                      dir={language.direction}
                      label={item.approvedText ? t('notes.sinceApprovalLabel') : t('queue.newTranslation')}
                    />
                  </div>
                </div>
                {decision?.kind === 'approved' && <p className="decided approved">{t('status.approved')}</p>}
                {decision?.kind === 'rejected' && <p className="decided rejected">{t('queue.rejectedWith', { comment: decision.comment })}</p>}
                {decision?.kind === 'failed' && <p role="alert" className="error">{t('queue.notRecorded', { message: qaApprovalBlockedText(t, decision.checks, decision.message) })}</p>}
                {canReview && (!decision || decision.kind === 'failed') && (
                  <div className="editor-actions">
                    <button type="button" className="button-approve" disabled={!hydrated} onClick={() => decide(item, 'approved')}>
                      {t('review.approve')}
                    </button>
                    <button type="button" className="button-quiet" disabled={!hydrated} onClick={() => setRejecting(item.versionId)}>
                      {t('review.reject')}
                    </button>
                  </div>
                )}
                {rejecting === item.versionId && (
                  <RejectForm
                    position={item.position}
                    onCancel={() => {
                      setRejecting(null);
                      itemRefs.current[index]?.focus();
                    }}
                    onSubmit={async (comment) => {
                      if (await decide(item, 'rejected', comment)) {
                        setRejecting(null);
                        focusItem(index + 1);
                      }
                    }}
                  />
                )}
              </article>
            </li>
          );
        })}
      </ol>
    </>
  );
}

function RejectForm({ position, onCancel, onSubmit }: { position: number; onCancel: () => void; onSubmit: (comment: string) => void }) {
  const { t } = useT();
  const [comment, setComment] = useState('');
  return (
    <form
      className="reject-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (comment.trim()) onSubmit(comment);
      }}
    >
      <label>
        {t('review.why', { n: position })}
        <textarea
          autoFocus
          rows={2}
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onCancel();
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && comment.trim()) onSubmit(comment);
          }}
        />
      </label>
      <button type="submit" className="button-danger" disabled={!comment.trim()}>
        {t('review.rejectWithComment')}
      </button>
      <button type="button" className="button-quiet" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
