'use client';
// What a translator or editor should know before touching the text: why it was rejected, how
// the English changed since it was translated, and what changed since the approved version.
import { useT } from '@/components/i18n/use-t';
import { wordDiff } from '@/lib/word-diff';
import { WordDiffView } from '../diff/word-diff-view';

type Language = { code: string; direction: 'ltr' | 'rtl' };

export function TranslationNotes({
  language,
  rejection,
  sourceChange,
  approvedText,
  currentText,
}: {
  language: Language;
  rejection: { comment: string; reviewer: string } | null;
  sourceChange: { from: string; to: string } | null;
  approvedText: string | null;
  currentText: string;
}) {
  const { t } = useT();
  return (
    <>
      {rejection && (
        <p className="rejection">
          <strong>{t('notes.rejectedBy', { reviewer: rejection.reviewer })}</strong> {rejection.comment}
        </p>
      )}
      {sourceChange && (
        <div className="note note-outdated">
          <p className="note-title">{t('notes.sourceChanged')}</p>
          <WordDiffView changes={wordDiff(sourceChange.from, sourceChange.to, 'en').changes} lang="en" label={t('notes.englishChanges')} />
        </div>
      )}
      {approvedText !== null && (
        <div className="note">
          <p className="note-title">{t('notes.sinceApproval')}</p>
          <WordDiffView
            changes={wordDiff(approvedText, currentText, language.code).changes}
            lang={language.code}
            dir={language.direction}
            label={t('notes.sinceApprovalLabel')}
          />
        </div>
      )}
    </>
  );
}
