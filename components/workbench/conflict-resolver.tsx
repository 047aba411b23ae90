'use client';
// Shown when a save is refused because someone else saved the paragraph first: who, when, their
// text, what mine would change in theirs, and three ways on. When the two edits touch different
// words, the three-way merge is offered ready to save.
import type { TranslationVersionJson } from '@/lib/api-types';
import { threeWayMerge } from '@/lib/three-way-merge';
import { wordDiff } from '@/lib/word-diff';
import { LocalTime } from '../common/local-time';
import { WordDiffView } from '../diff/word-diff-view';

type Language = { code: string; englishName: string; direction: 'ltr' | 'rtl' };

export function ConflictResolver({
  conflict,
  language,
  onKeepTheirs,
  onSaveOnTop,
  onEdit,
}: {
  conflict: { theirs: TranslationVersionJson; mine: string; baseText: string };
  language: Language;
  onKeepTheirs: () => void;
  onSaveOnTop: (text: string) => void;
  onEdit: (text: string) => void;
}) {
  const { theirs, mine, baseText } = conflict;
  const merge = threeWayMerge({ base: baseText, theirs: theirs.text, mine, lang: language.code });
  return (
    <div className="conflict" role="group" aria-label="Edit conflict">
      <h3>Someone else saved this paragraph while you were editing</h3>
      <p>
        <strong>{theirs.author.name}</strong> saved version {theirs.number} at <LocalTime iso={theirs.createdAt} />. Your
        text is not saved yet; nothing is lost.
      </p>
      <h4>Their text</h4>
      <p className="conflict-text" lang={language.code} dir={language.direction}>
        {theirs.text}
      </p>
      <h4>Your changes to their text</h4>
      <WordDiffView changes={wordDiff(theirs.text, mine, language.code).changes} lang={language.code} dir={language.direction} label="Your changes" />
      {merge.clean && merge.text !== mine && merge.text !== theirs.text && (
        <>
          <h4>Both edits merged</h4>
          <p className="muted small">Your edits and theirs touch different words, so they combine:</p>
          <WordDiffView changes={wordDiff(theirs.text, merge.text, language.code).changes} lang={language.code} dir={language.direction} label="Merged text against theirs" />
        </>
      )}
      <div className="conflict-actions">
        {merge.clean && merge.text !== mine && merge.text !== theirs.text && (
          <button type="button" onClick={() => onSaveOnTop(merge.text)}>
            Save merged text
          </button>
        )}
        <button type="button" className="button-quiet" onClick={onKeepTheirs}>
          Keep theirs
        </button>
        <button type="button" className="button-quiet" onClick={() => onSaveOnTop(mine)}>
          Save mine on top of theirs
        </button>
        <button type="button" className="button-quiet" onClick={() => onEdit(merge.clean ? merge.text : mine)}>
          Edit merged text
        </button>
      </div>
    </div>
  );
}
