'use client';
// The live lines of a row: who else is editing it and what changed a moment ago (the live line),
// and a notice when the row changed under the user's unsaved text. Each is a polite live region,
// always present, so screen readers hear the lines as they come; names are text, never HTML.
// The live line comes and goes by itself, so it never takes a line of its own: it sits at the end
// of a line the row has anyway (the translation's in the row's header, the English's beside Edit
// English) and is cut short there (the whole text is its title), so that nothing the person is
// about to click moves when someone else starts editing, saves or stops.
// The notice is about the person's own text and stays until they save, merge or discard it.
import { useT } from '@/components/i18n/use-t';
import type { TFunction } from 'i18next';
import { useRowLive } from './live-document-context';
import type { RecentChange, RowLive } from './live-document-store';

export function LiveLine({ live }: { live: RowLive }) {
  const { t, i18n } = useT();
  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(live.editors.map((person) => person.name));
  const editing = live.editors.length > 0 ? t('live.editing', { count: live.editors.length, names }) : null;
  const recent = live.recent ? recentText(t, live.recent) : null;
  return (
    <span className="live-line small" aria-live="polite" title={[editing, recent].filter(Boolean).join(' · ') || undefined}>
      {editing && <span className="live-editing">{editing}</span>}
      {editing && recent && ' · '}
      {recent && <span className="muted">{recent}</span>}
    </span>
  );
}

export function TranslationLiveLine({ paragraphId, lang }: { paragraphId: string; lang: string }) {
  return <LiveLine live={useRowLive(paragraphId, lang)} />;
}

export function LiveNotice({ notice }: { notice: string | null }) {
  return <div aria-live="polite">{notice && <p className="notice small">{notice}</p>}</div>;
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
