'use client';
// Above the queue: the keys (listed once they work, i.e. once the page is interactive) and
// Approve all shown, which opens only after every pending redline has been on screen and asks
// with the count.
import { useT } from '@/components/i18n/use-t';

export function QueueToolbar({
  canReview,
  interactive,
  pending,
  unseen,
  confirming,
  onConfirm,
  onApproveAll,
}: {
  canReview: boolean;
  interactive: boolean;
  pending: number;
  unseen: number;
  confirming: boolean;
  onConfirm: (open: boolean) => void;
  onApproveAll: () => void;
}) {
  const { t } = useT();
  return (
    <>
      {interactive && (
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
          <button type="button" disabled={!interactive || pending === 0 || unseen > 0} onClick={() => onConfirm(true)}>
            {t('queue.approveAll')}
          </button>
          <span className="muted small" role="status">
            {pending === 0 ? t('queue.allDecided') : unseen > 0 ? t('queue.unseen', { unseen, total: pending }) : t('queue.waiting', { count: pending })}
          </span>
          {confirming && (
            <div className="confirm" role="alertdialog" aria-label={t('queue.approveAll')}>
              <p>{t('queue.confirmAll', { count: pending })}</p>
              <button
                type="button"
                onClick={() => {
                  onConfirm(false);
                  onApproveAll();
                }}
              >
                {t('queue.approveN', { n: pending })}
              </button>
              <button type="button" className="button-quiet" onClick={() => onConfirm(false)}>
                {t('common.cancel')}
              </button>
            </div>
          )}
        </div>
      )}
    </>
  );
}
