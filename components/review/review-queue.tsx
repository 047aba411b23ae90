'use client';
// The queue, driven from the keyboard: J/↓ next, K/↑ previous, A approve (after a refusal for
// quality-check errors, A again goes to the reason that overrides them), R reject with a
// comment. The state and what each key does are lib/review-queue-state.ts; this component sends
// the decisions and moves the focus: to the next card after a decision, back to the card after a
// refusal or Esc, so the keys keep working.
import { useCallback, useEffect, useEffectEvent, useReducer, useRef } from 'react';
import { useT } from '@/components/i18n/use-t';
import { failureText } from '@/lib/clients/api-call';
import { languageName } from '@/lib/i18n/format';
import { approveVersion, rejectVersion } from '@/lib/clients/review';
import type { QueueItem } from '@/lib/review-queue';
import { initialQueueState, keyCommand, pendingIds, queueReducer } from '@/lib/review-queue-state';
import { overrideReasonId, QueueCard } from './queue-card';
import { QueueToolbar } from './queue-toolbar';
import { useHydrated } from '../common/use-hydrated';

type Language = { code: string; englishName: string; direction: 'ltr' | 'rtl' };

export function ReviewQueue({ items, language, canReview }: { items: QueueItem[]; language: Language; canReview: boolean }) {
  const { t, i18n } = useT();
  const interactive = useHydrated();
  const [state, dispatch] = useReducer(queueReducer, items.map((item) => item.versionId), initialQueueState);
  const cards = useRef<Array<HTMLElement | null>>([]);

  const focusCard = useCallback(
    (index: number) => {
      const next = Math.max(0, Math.min(items.length - 1, index));
      dispatch({ type: 'activate', index: next });
      cards.current[next]?.focus();
      cards.current[next]?.scrollIntoView({ block: 'nearest' });
    },
    [items.length],
  );

  /** Sends an approval; true when recorded. A refusal for errors leaves the focus on the card. */
  async function approve(index: number, { overrideReason, advance = true }: { overrideReason?: string; advance?: boolean } = {}) {
    const id = items[index].versionId;
    dispatch({ type: 'sending', id });
    const outcome = await approveVersion(id, overrideReason);
    if (outcome.ok) {
      dispatch({ type: 'approved', id, overridden: Boolean(overrideReason) });
      if (advance) focusCard(index + 1);
      return;
    }
    const checks = outcome.body?.checks;
    if (outcome.status === 409 && Array.isArray(checks) && checks.length > 0) dispatch({ type: 'refused', id, checks, message: outcome.message });
    else dispatch({ type: 'failed', id, message: failureText(t, outcome) });
    // From a key or the button: back to the card, where R and A work. From the reason box: stay there.
    if (advance && overrideReason === undefined) focusCard(index);
  }

  async function reject(index: number, comment: string) {
    const id = items[index].versionId;
    dispatch({ type: 'sending', id });
    const outcome = await rejectVersion(id, comment);
    if (outcome.ok) {
      dispatch({ type: 'rejected', id, comment });
      focusCard(index + 1);
    } else {
      dispatch({ type: 'failed', id, message: failureText(t, outcome) });
    }
  }

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.closest('textarea, input, select') || event.ctrlKey || event.metaKey || event.altKey) return;
    const command = keyCommand(state, event.key, canReview);
    if (!command) return;
    event.preventDefault();
    const index = state.active;
    const id = items[index]?.versionId;
    if (command === 'next') focusCard(index + 1);
    else if (command === 'previous') focusCard(index - 1);
    else if (command === 'approve') void approve(index);
    else if (command === 'giveReason') document.getElementById(overrideReasonId(id))?.focus();
    else dispatch({ type: 'startReject', id });
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  useEffect(() => {
    const observer = new IntersectionObserver(
      (entries) => {
        const visible = entries.filter((entry) => entry.isIntersecting).map((entry) => (entry.target as HTMLElement).dataset.versionId!);
        if (visible.length) dispatch({ type: 'seen', ids: visible });
      },
      { threshold: 0.6 },
    );
    document.querySelectorAll<HTMLElement>('[data-redline]').forEach((element) => observer.observe(element));
    return () => observer.disconnect();
  }, [items]);

  if (items.length === 0) return <p>{t('queue.none', { language: languageName(language.code, i18n.language) })}</p>;
  const pending = pendingIds(state);
  const unseen = pending.filter((id) => !state.seen.includes(id)).length;

  return (
    <>
      <QueueToolbar
        canReview={canReview}
        interactive={interactive}
        pending={pending.length}
        unseen={unseen}
        confirming={state.confirmingAll}
        onConfirm={(open) => dispatch({ type: 'confirmAll', open })}
        onApproveAll={async () => {
          for (const id of pending) {
            if (state.cards[id].kind === 'open') await approve(items.findIndex((item) => item.versionId === id), { advance: false });
          }
        }}
      />
      <ol className="queue">
        {items.map((item, index) => (
          <li key={item.versionId}>
            <QueueCard
              item={item}
              language={language}
              card={state.cards[item.versionId]}
              active={index === state.active}
              canReview={canReview}
              interactive={interactive}
              cardRef={(element) => {
                cards.current[index] = element;
              }}
              onFocus={() => dispatch({ type: 'activate', index })}
              onApprove={() => void approve(index)}
              onStartReject={() => dispatch({ type: 'startReject', id: item.versionId })}
              onType={(text) => dispatch({ type: 'type', id: item.versionId, text })}
              onReject={(comment) => void reject(index, comment)}
              onOverride={(reason) => void approve(index, { overrideReason: reason })}
              onCancel={() => {
                dispatch({ type: 'cancel', id: item.versionId });
                focusCard(index);
              }}
              onLeaveBox={() => focusCard(index)}
            />
          </li>
        ))}
      </ol>
    </>
  );
}
