// A document's activity feed, newest first, one sentence per event, filtered by language with
// plain links (?lang=de), so the filter is a URL that can be shared.
import Link from 'next/link';
import { describeActivity, numberIn, type ActivityEvent, type Translate } from '@/lib/activity';
import { languageLabel, languageName as nameIn } from '@/lib/i18n/format';
import { getDailyActivity } from '@/lib/server/activity/get-daily-activity';
import { listDocumentActivity } from '@/lib/server/activity/list-document-activity';
import { getDocument } from '@/lib/server/documents/get-document';
import { orNotFound, requirePageActor } from '@/lib/server/page-guards';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { LocalTime } from '../common/local-time';
import { ActivityChart } from '../documents/activity-chart';

export async function ActivityView({ slug, lang }: { slug: string; lang?: string }) {
  const base = `/documents/${slug}/activity`;
  const actor = await requirePageActor(lang === undefined ? base : `${base}?lang=${encodeURIComponent(lang)}`);
  const document = await orNotFound(getDocument({ slug, actor }));
  const [events, days] = await Promise.all([orNotFound(listDocumentActivity({ slug, actor, lang })), getDailyActivity({ slug, actor })]);
  const [t, ui] = await Promise.all([getT(), getUiLanguage()]);
  const languageName = (code: string) => nameIn(code, ui);
  const filters = [
    { code: undefined, label: t('activity.allLanguages') },
    { code: document.sourceLang, label: t('activity.sourceFilter', { language: languageName(document.sourceLang) }) },
    ...document.languages.map((language) => ({ code: language.code, label: languageLabel(language.code, ui) })),
  ];

  return (
    <div className="page activity">
      <p className="muted">
        <Link href="/">{t('header.documents')}</Link> / {document.title}
      </p>
      <h1>{t('activity.title')}</h1>
      <ActivityChart days={days} title={document.slug} />
      <nav aria-label={t('activity.filter')} className="language-switch">
        {filters.map((filter) => (
          <Link
            key={filter.code ?? 'all'}
            href={filter.code === undefined ? base : `${base}?lang=${filter.code}`}
            aria-current={filter.code === lang ? 'page' : undefined}
          >
            {filter.label}
          </Link>
        ))}
      </nav>
      {events.length === 0 ? (
        <p>
          {lang === undefined
            ? t('activity.noneAll')
            : lang === document.sourceLang
              ? t('activity.noneSource', { language: languageName(lang) })
              : t('activity.noneLanguage', { language: languageName(lang) })}
        </p>
      ) : (
        <ol className="activity-list">
          {events.map((event, index) => (
            <li key={index} className={`activity-event activity-${event.kind}`}>
              <p className="activity-sentence">{describeActivity(event, { t, languageName, sourceLang: document.sourceLang })}</p>
              <p className="muted small">
                <LocalTime iso={event.at} />
                {versionNote(event, t) && ` · ${versionNote(event, t)}`}
              </p>
              {quoted(event) && <blockquote className="activity-detail">{event.detail}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Saves and source updates note their version number. */
function versionNote(event: ActivityEvent, t: Translate): string | null {
  return event.kind === 'saved' || event.kind === 'source_updated' ? t('activity.version', { number: numberIn(event.detail) }) : null;
}

/** Comments, review comments and the English of a removed paragraph are quoted. */
function quoted(event: ActivityEvent): boolean {
  return (event.kind === 'commented' || event.kind === 'approved' || event.kind === 'rejected' || event.kind === 'paragraph_removed') && event.detail.trim() !== '';
}
