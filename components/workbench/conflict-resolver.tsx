'use client';
// Shown when a save is refused because someone else saved the paragraph first: who, when, their
// text, and the three-way merge of their edit and mine. What only one of us changed is merged;
// each place both changed is a conflict the person decides (theirs, mine, or their own wording)
// before the merge can be saved or edited. Saving mine as it is shows first which of their words
// it would remove. Nothing is lost or saved without a decision.
import { useId, useMemo, useReducer, useState } from 'react';
import type { TranslationVersionJson } from '@/lib/api/versions';
import { useT } from '@/components/i18n/use-t';
import { chosenTexts, decisionsReducer, initialDecisions, openConflicts } from '@/lib/merge-decisions';
import { resolveMerge, threeWayMerge } from '@/lib/three-way-merge';
import { countDiffWords, wordDiff } from '@/lib/word-diff';
import { LocalTime } from '../common/local-time';
import { WordDiffView } from '../diff/word-diff-view';
import { MergeConflictChoice } from './merge-conflict-choice';
import { MergePreview } from './merge-preview';

type Language = { code: string; englishName: string; direction: 'ltr' | 'rtl' };

type Props = {
  conflict: { theirs: TranslationVersionJson; mine: string; baseText: string };
  language: Language;
  onKeepTheirs: () => void;
  onSaveOnTop: (text: string) => void;
  onEdit: (text: string) => void;
};

export function ConflictResolver(props: Props) {
  const { theirs, mine, baseText } = props.conflict;
  // A new conflict (another save, or other text of mine) starts with fresh decisions.
  return <ConflictMerge key={`${theirs.versionId}\u0000${baseText}\u0000${mine}`} {...props} />;
}

function ConflictMerge({ conflict, language, onKeepTheirs, onSaveOnTop, onEdit }: Props) {
  const { t } = useT();
  const { theirs, mine, baseText } = conflict;
  const merge = useMemo(() => threeWayMerge({ base: baseText, theirs: theirs.text, mine }), [baseText, theirs.text, mine]);
  const [decisions, dispatch] = useReducer(decisionsReducer, merge, initialDecisions);
  const [confirmingMine, setConfirmingMine] = useState(false);
  const reasonId = useId();
  const chosen = chosenTexts(merge, decisions);
  const merged = resolveMerge(merge, chosen);
  const open = openConflicts(decisions);
  const text = { lang: language.code, dir: language.direction };

  let conflictIndex = 0;
  return (
    <div className="conflict" role="group" aria-label={t('conflict.label')}>
      <h3>{t('conflict.title')}</h3>
      <p>
        {t('conflict.who', { author: theirs.author.name, number: theirs.number })} <LocalTime iso={theirs.createdAt} />.{' '}
        {t('conflict.nothingLost')}
      </p>
      <h4>{t('conflict.theirText')}</h4>
      <p className="conflict-text" {...text}>
        {theirs.text}
      </p>

      <p>{merge.conflicts ? t('conflict.summaryConflicts', { count: merge.conflicts }) : t('conflict.summaryMerged')}</p>
      {merge.hunks.map((hunk, index) => {
        if (!hunk.conflict) return null;
        const k = conflictIndex++;
        return (
          <MergeConflictChoice
            key={index}
            hunk={hunk}
            number={k + 1}
            total={merge.conflicts}
            pick={decisions.picks[k]}
            own={decisions.own[k]}
            language={language}
            onPick={(pick) => dispatch({ type: 'pick', conflict: k, pick })}
            onWrite={(value) => dispatch({ type: 'write', conflict: k, text: value })}
          />
        );
      })}

      <MergePreview hunks={merge.hunks} chosen={chosen} language={language} />
      {merged !== undefined && (
        <>
          <h4>{t('conflict.changesToTheirs')}</h4>
          <WordDiffView changes={wordDiff(theirs.text, merged, language.code).changes} lang={language.code} dir={language.direction} label={t('conflict.changesToTheirs')} />
        </>
      )}

      <div className="conflict-actions">
        <button type="button" disabled={merged === undefined} aria-describedby={open ? reasonId : undefined} onClick={() => merged !== undefined && onSaveOnTop(merged)}>
          {t('conflict.saveMerged')}
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={merged === undefined}
          aria-describedby={open ? reasonId : undefined}
          onClick={() => merged !== undefined && onEdit(merged)}
        >
          {t('conflict.edit')}
        </button>
        <button type="button" className="button-quiet" onClick={onKeepTheirs}>
          {t('conflict.keepTheirs')}
        </button>
        <button type="button" className="button-quiet" aria-expanded={confirmingMine} onClick={() => setConfirmingMine((shown) => !shown)}>
          {t('conflict.saveMine')}
        </button>
      </div>
      {open > 0 && (
        <p id={reasonId} className="muted small">
          {t('conflict.decideFirst', { count: open })}
        </p>
      )}
      {confirmingMine && (
        <SaveMineConfirmation theirs={theirs.text} mine={mine} language={language} onConfirm={() => onSaveOnTop(mine)} onCancel={() => setConfirmingMine(false)} />
      )}
    </div>
  );
}

/** What saving my text unchanged would do to theirs, and an explicit choice to do it anyway. */
function SaveMineConfirmation({
  theirs,
  mine,
  language,
  onConfirm,
  onCancel,
}: {
  theirs: string;
  mine: string;
  language: Language;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const changes = wordDiff(theirs, mine, language.code).changes;
  const { removed } = countDiffWords(changes);
  return (
    <div className="confirm" role="group" aria-label={t('conflict.saveMine')}>
      <p>{t('conflict.saveMineExplained')}</p>
      <WordDiffView changes={changes} lang={language.code} dir={language.direction} label={t('conflict.saveMineLabel')} />
      <p>
        <strong>{removed ? t('conflict.saveMineRemoves', { count: removed }) : t('conflict.saveMineKeepsAll')}</strong>
      </p>
      <button type="button" onClick={onConfirm}>
        {t('conflict.confirmSaveMine')}
      </button>
      <button type="button" className="button-quiet" onClick={onCancel}>
        {t('conflict.cancel')}
      </button>
    </div>
  );
}
