'use client';
// The live lines of a row: who else is editing it, what changed a moment ago and by whom, and a
// notice when the row changed under the user's unsaved text. One polite live region, always
// present, so screen readers hear the lines as they come; names are text, never HTML.
import { useT } from '@/components/i18n/use-t';
import type { TFunction } from 'i18next';
import type { RecentChange, RowLive } from './live-document-store';

export function LiveNotes({ live, notice }: { live: RowLive; notice: string | null }) {
  const { t, i18n } = useT();
  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(live.editors.map((person) => person.name));
  return (
    <div className="live-notes" aria-live="polite">
      {notice && <p className="notice small">{notice}</p>}
      {live.editors.length > 0 && <p className="live-editing small">{t('live.editing', { count: live.editors.length, names })}</p>}
      {live.recent && <p className="muted small">{recentText(t, live.recent)}</p>}
    </div>
  );
}

function recentText(t: TFunction, { change, by }: RecentChange): string {
  switch (change) {
    case 'version':
      return t('live.changedVersion', { name: by.name });
    case 'review':
      return t('live.changedReview', { name: by.name });
    case 'source':
      return t('live.changedSource', { name: by.name });
    case 'comment':
      return t('live.changedComment', { name: by.name });
  }
}
