'use client';
// A paragraph's versions in one language, newest first: author, time, review, what a revert
// went back to, and the word diff against the version before; any two versions can be compared,
// and any older one restored as a new version. Esc closes it.
import { useEffect, useState } from 'react';
import { useT } from '@/components/i18n/use-t';
import type { VersionWithReviewJson } from '@/lib/api/versions';
import { fetchVersions } from '@/lib/clients/translations';
import { failureText, type ApiFailure } from '@/lib/clients/api-call';
import { wordDiff } from '@/lib/word-diff';
import { LocalTime } from '../common/local-time';
import { WordDiffView } from '../diff/word-diff-view';

type Language = { code: string; englishName: string; direction: 'ltr' | 'rtl' };

export function HistoryPanel({
  id,
  paragraphId,
  language,
  revision,
  canRevert,
  onRevert,
  onClose,
}: {
  id: string;
  paragraphId: string;
  language: Language;
  /** Changes after every save, so the panel reloads. */
  revision: number;
  canRevert: boolean;
  onRevert: (version: VersionWithReviewJson) => void;
  onClose: () => void;
}) {
  const { t } = useT();
  const [versions, setVersions] = useState<VersionWithReviewJson[] | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [compare, setCompare] = useState<{ from: string; to: string } | null>(null);

  useEffect(() => {
    let cancelled = false;
    void fetchVersions(paragraphId, language.code).then((result) => {
      if (cancelled) return;
      if (!result.ok) return setFailure(result);
      const loaded = result.value;
      setVersions(loaded);
      setCompare(loaded.length >= 2 ? { from: loaded[loaded.length - 1].versionId, to: loaded[0].versionId } : null);
    });
    return () => {
      cancelled = true;
    };
  }, [paragraphId, language.code, revision]);

  const textOf = (versionId: string) => versions?.find((version) => version.versionId === versionId)?.text ?? '';
  const numberOf = (versionId: string) => versions?.find((version) => version.versionId === versionId)?.number;
  return (
    <section
      id={id}
      className="history"
      aria-label={t('history.title')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      <h3>{t('history.title')}</h3>
      {failure && <p role="alert">{failureText(t, failure)}</p>}
      {!versions && !failure && <p className="muted">{t('common.loading')}</p>}
      {versions?.length === 0 && <p className="muted">{t('history.none')}</p>}
      {versions && versions.length >= 2 && compare && (
        <div className="history-compare">
          <label>
            {t('history.compareFrom')}
            <select value={compare.from} onChange={(event) => setCompare({ ...compare, from: event.target.value })}>
              {versions.map((version) => (
                <option key={version.versionId} value={version.versionId}>
                  {version.number}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('history.compareTo')}
            <select value={compare.to} onChange={(event) => setCompare({ ...compare, to: event.target.value })}>
              {versions.map((version) => (
                <option key={version.versionId} value={version.versionId}>
                  {version.number}
                </option>
              ))}
            </select>
          </label>
          <WordDiffView
            changes={wordDiff(textOf(compare.from), textOf(compare.to), language.code).changes}
            lang={language.code}
            dir={language.direction}
            label={t('history.comparison')}
          />
        </div>
      )}
      <ol className="version-list">
        {versions?.map((version, index) => {
          const previous = versions[index + 1];
          return (
            <li key={version.versionId} aria-label={t('history.version', { number: version.number })}>
              <p className="version-meta">
                <strong>{t('history.version', { number: version.number })}</strong>
                {index === 0 && ` ${t('history.current')}`} {t('history.by', { author: version.author.name })} <LocalTime iso={version.createdAt} />
                {version.revertOfVersionId && numberOf(version.revertOfVersionId) !== undefined && (
                  <span className="revert-of"> · {t('revert.label', { number: numberOf(version.revertOfVersionId) })}</span>
                )}
                {version.machineProvider && <span className="from-machine"> · {t('machine.fromMachine', { provider: version.machineProvider })}</span>}
                {version.review && (
                  <span className={`review review-${version.review.decision}`}>
                    {' '}
                    ·{' '}
                    {version.review.carriedFrom
                      ? t('carried.history', { number: version.review.carriedFrom.versionNumber, reviewer: version.review.reviewer })
                      : t(version.review.decision === 'approved' ? 'history.approvedBy' : 'history.rejectedBy', { reviewer: version.review.reviewer })}
                    {version.review.comment && `: “${version.review.comment}”`}
                  </span>
                )}
              </p>
              <WordDiffView
                changes={wordDiff(previous?.text ?? '', version.text, language.code).changes}
                lang={language.code}
                dir={language.direction}
                label={previous ? t('history.changesFrom', { number: previous.number }) : t('history.first')}
              />
              {index > 0 && canRevert && (
                <button type="button" className="button-quiet" onClick={() => onRevert(version)}>
                  {t('revert.button', { number: version.number })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
