'use client';
// A card's two columns: the English (with its change since the English the editor last decided
// on, when it changed) and the translation against the last decision: the rejected version with
// its comment, the approved version, or the whole text when nothing was decided yet.
import type { ReactNode } from 'react';
import { useT } from '@/components/i18n/use-t';
import type { QueueItem } from '@/lib/review-queue';
import { wordDiff } from '@/lib/word-diff';
import { WordDiffView } from '../diff/word-diff-view';

type Language = { code: string; direction: 'ltr' | 'rtl' };

export function QueueRedline({ item, language }: { item: QueueItem; language: Language }) {
  const { t } = useT();
  return (
    <div className="queue-columns">
      <div lang="en" dir="ltr">
        {item.source.before !== null ? (
          <WordDiffView changes={wordDiff(item.source.before, item.source.text, 'en').changes} lang="en" label={t('notes.englishChanges')} />
        ) : (
          <p>{item.source.text}</p>
        )}
      </div>
      <div data-redline data-version-id={item.versionId}>
        <TranslationChange item={item} language={language} />
      </div>
    </div>
  );
}

function TranslationChange({ item, language }: { item: QueueItem; language: Language }) {
  const { t } = useT();
  const { basis } = item;
  const diff = (from: string, label: string) => (
    <WordDiffView changes={wordDiff(from, item.text, language.code).changes} lang={language.code} dir={language.direction} label={label} />
  );
  const plain = (
    <p lang={language.code} dir={language.direction}>
      {item.text}
    </p>
  );
  if (basis.kind === 'new') {
    const label = t('queueCard.newTranslation');
    return <Captioned caption={label}>{diff('', label)}</Captioned>;
  }
  if (basis.kind === 'approved') {
    // The translation is what was approved; only the English changed (shown beside it).
    if (basis.versionNumber === item.versionNumber) return <Captioned caption={t('queueCard.unchanged')}>{plain}</Captioned>;
    if (basis.text === item.text) return <Captioned caption={t('queueCard.sameAsApproved', { number: basis.versionNumber })}>{plain}</Captioned>;
    const label = t('queueCard.sinceApproved', { number: basis.versionNumber });
    return <Captioned caption={label}>{diff(basis.text, label)}</Captioned>;
  }
  const label = t('queueCard.sinceRejected', { number: basis.versionNumber, reviewer: basis.reviewer });
  const approved = basis.approved && basis.approved.text !== basis.text && basis.approved.text !== item.text ? basis.approved : null;
  return (
    <>
      <Captioned caption={label}>
        {basis.comment && <blockquote className="rejection-comment">{basis.comment}</blockquote>}
        {diff(basis.text, label)}
      </Captioned>
      {approved && (
        <Captioned caption={t('queueCard.sinceApproved', { number: approved.versionNumber })}>
          {diff(approved.text, t('queueCard.sinceApproved', { number: approved.versionNumber }))}
        </Captioned>
      )}
    </>
  );
}

function Captioned({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className="queue-change">
      <p className="muted small queue-caption">{caption}</p>
      {children}
    </div>
  );
}
