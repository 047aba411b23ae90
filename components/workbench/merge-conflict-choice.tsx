'use client';
// One conflict of a three-way merge: what the words were before both edits, and a choice
// between theirs, mine, and the person's own wording of just this place.
import { useId } from 'react';
import { useT } from '@/components/i18n/use-t';
import type { Pick } from '@/lib/merge-decisions';
import type { MergeHunk } from '@/lib/three-way-merge';

type Language = { code: string; direction: 'ltr' | 'rtl' };

export function MergeConflictChoice({
  hunk,
  number,
  total,
  pick,
  own,
  language,
  onPick,
  onWrite,
}: {
  hunk: MergeHunk;
  number: number;
  total: number;
  pick: Pick | null;
  own: string;
  language: Language;
  onPick: (pick: Pick) => void;
  onWrite: (text: string) => void;
}) {
  const { t } = useT();
  const id = useId();
  const name = `${id}-pick`;
  const text = (value: string) =>
    value ? (
      <span className="hunk-text" lang={language.code} dir={language.direction}>
        {value}
      </span>
    ) : (
      <em>{t('conflict.nothing')}</em>
    );
  return (
    <fieldset className="merge-conflict" role="radiogroup" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`}>{t('conflict.conflictN', { n: number, total })}</legend>
      <p className="muted small">
        {t('conflict.before')} {text(hunk.base)}
      </p>
      <label>
        <input type="radio" name={name} checked={pick === 'theirs'} onChange={() => onPick('theirs')} /> {t('conflict.theirs')}: {text(hunk.theirs)}
      </label>
      <label>
        <input type="radio" name={name} checked={pick === 'mine'} onChange={() => onPick('mine')} /> {t('conflict.mine')}: {text(hunk.mine)}
      </label>
      <label>
        <input type="radio" name={name} checked={pick === 'own'} onChange={() => onPick('own')} /> {t('conflict.own')}
      </label>
      {pick === 'own' && (
        <textarea
          aria-label={t('conflict.ownLabel', { n: number, total })}
          lang={language.code}
          dir={language.direction}
          rows={2}
          value={own}
          onChange={(event) => onWrite(event.target.value)}
        />
      )}
    </fieldset>
  );
}
