'use client';
// The English side of a row. Editors can correct or update it: a new source version, after
// which every translation of the paragraph shows as outdated with the English diff.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useT } from '@/components/i18n/use-t';
import { failureText } from '@/lib/clients/api-call';
import { updateSource } from '@/lib/clients/review';
import { useHydrated } from '../common/use-hydrated';
import { GlossaryMarkedText, type SourceGlossaryTerm } from './glossary-marked-text';
import { useEditingPresence, useRowLive } from './live-document-context';
import { LiveLine, LiveNotice } from './live-notes';
import { SearchMarkedText } from './search-marked-text';

export function SourceEditor({
  paragraphId,
  position,
  versionId,
  text,
  canEdit,
  glossary,
}: {
  paragraphId: string;
  position: number;
  versionId: string;
  text: string;
  canEdit: boolean;
  glossary: SourceGlossaryTerm[];
}) {
  const router = useRouter();
  const { t } = useT();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(text);
  // The version the edit started from: a live update may bring a newer one meanwhile, and
  // saving must then be refused as a conflict, not silently replace it.
  const [editBase, setEditBase] = useState(versionId);
  const live = useRowLive(paragraphId, null);
  const presence = useEditingPresence(paragraphId, null, canEdit);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Its editing box appears on click, which needs the page's scripts.
  const hydrated = useHydrated();

  async function save() {
    setBusy(true);
    setError(null);
    const outcome = await updateSource(paragraphId, draft, editBase);
    setBusy(false);
    if (outcome.ok) {
      setEditing(false);
      router.refresh();
    } else {
      setError(outcome.status === 409 ? `${outcome.message} ${t('source.reload')}` : failureText(t, outcome));
    }
  }

  if (!editing) {
    return (
      <>
        <p className="source-text" lang="en" dir="ltr">
          <SearchMarkedText field="source" text={text}>
            <GlossaryMarkedText paragraphId={paragraphId} text={text} terms={glossary} />
          </SearchMarkedText>
        </p>
        <div className="source-live">
          {canEdit && (
            <button
              type="button"
              className="button-quiet button-small"
              disabled={!hydrated}
              onClick={() => {
                setDraft(text);
                setEditBase(versionId);
                setEditing(true);
              }}
            >
              {t('source.edit')}
            </button>
          )}
          <LiveLine live={live} />
        </div>
      </>
    );
  }
  return (
    <div className="source-edit">
      <textarea
        aria-label={t('source.boxLabel', { n: position })}
        lang="en"
        dir="ltr"
        value={draft}
        rows={Math.max(2, Math.ceil(draft.length / 70))}
        onChange={(event) => setDraft(event.target.value)}
        onFocus={presence.onFocus}
        onBlur={presence.onBlur}
      />
      <div className="editor-actions">
        <button type="button" onClick={save} disabled={busy || draft.trim() === '' || draft === text}>
          {t('source.save')}
        </button>
        <button type="button" className="button-quiet" onClick={() => setEditing(false)}>
          {t('common.cancel')}
        </button>
        <LiveLine live={live} />
      </div>
      <LiveNotice notice={versionId !== editBase ? t('live.missedSource') : null} />
      <p className="muted small">{t('source.warning')}</p>
      {error && (
        <p role="alert" className="error small">
          {error}
        </p>
      )}
    </div>
  );
}
