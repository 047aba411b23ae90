// What a translator or editor should know before touching the text: why it was rejected, how
// the English changed since it was translated, and what changed since the approved version.
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
  return (
    <>
      {rejection && (
        <p className="rejection">
          <strong>Rejected by {rejection.reviewer}:</strong> {rejection.comment}
        </p>
      )}
      {sourceChange && (
        <div className="note note-outdated">
          <p className="note-title">The English changed since this was translated:</p>
          <WordDiffView changes={wordDiff(sourceChange.from, sourceChange.to, 'en').changes} lang="en" label="English changes" />
        </div>
      )}
      {approvedText !== null && (
        <div className="note">
          <p className="note-title">Changes since the approved version:</p>
          <WordDiffView
            changes={wordDiff(approvedText, currentText, language.code).changes}
            lang={language.code}
            dir={language.direction}
            label="Changes since approval"
          />
        </div>
      )}
    </>
  );
}
