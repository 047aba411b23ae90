'use client';
// Shown when a save is refused because someone else saved the paragraph first: who, when, their
// text, what mine would change in theirs, and three ways on. When the two edits touch different
// words, the three-way merge is offered ready to save.
import type { TranslationVersionJson } from '@/lib/api-types';
import { useT } from '@/components/i18n/use-t';
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
  const { t } = useT();
  const { theirs, mine, baseText } = conflict;
  const merge = threeWayMerge({ base: baseText, theirs: theirs.text, mine, lang: language.code });
  return (
    <div className="conflict" role="group" aria-label={t('conflict.label')}>
      <h3>{t('conflict.title')}</h3>
      <p>
        {t('conflict.who', { author: theirs.author.name, number: theirs.number })} <LocalTime iso={theirs.createdAt} />.{' '}
        {t('conflict.nothingLost')}
      </p>
      <h4>{t('conflict.theirText')}</h4>
      <p className="conflict-text" lang={language.code} dir={language.direction}>
        {theirs.text}
      </p>
      <h4>{t('conflict.yourChanges')}</h4>
      <WordDiffView changes={wordDiff(theirs.text, mine, language.code).changes} lang={language.code} dir={language.direction} label={t('conflict.yourChanges')} />
      {merge.clean && merge.text !== mine && merge.text !== theirs.text && (
        <>
          <h4>{t('conflict.merged')}</h4>
          <p className="muted small">{t('conflict.mergedExplained')}</p>
          <WordDiffView changes={wordDiff(theirs.text, merge.text, language.code).changes} lang={language.code} dir={language.direction} label={t('conflict.mergedLabel')} />
        </>
      )}
      <div className="conflict-actions">
        {merge.clean && merge.text !== mine && merge.text !== theirs.text && (
          <button type="button" onClick={() => onSaveOnTop(merge.text)}>
            {t('conflict.saveMerged')}
          </button>
        )}
        <button type="button" className="button-quiet" onClick={onKeepTheirs}>
          {t('conflict.keepTheirs')}
        </button>
        <button type="button" className="button-quiet" onClick={() => onSaveOnTop(mine)}>
          {t('conflict.saveMine')}
        </button>
        <button type="button" className="button-quiet" onClick={() => onEdit(merge.clean ? merge.text : mine)}>
          {t('conflict.edit')}
        </button>
      </div>
    </div>
  );
}
