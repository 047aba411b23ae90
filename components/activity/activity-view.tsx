// A document's activity feed, newest first, one sentence per event, filtered by language with
// plain links (?lang=de), so the filter is a URL that can be shared.
import Link from 'next/link';
import { describeActivity, type ActivityEvent } from '@/lib/activity';
import { listDocumentActivity } from '@/lib/server/activity/list-document-activity';
import { getDocument } from '@/lib/server/documents/get-document';
import { orNotFound, requirePageActor } from '@/lib/server/page-guards';
import { LocalTime } from '../common/local-time';

const englishNames = new Intl.DisplayNames(['en'], { type: 'language' });

export async function ActivityView({ slug, lang }: { slug: string; lang?: string }) {
  const base = `/documents/${slug}/activity`;
  const actor = await requirePageActor(lang === undefined ? base : `${base}?lang=${encodeURIComponent(lang)}`);
  const document = await orNotFound(getDocument({ slug, actor }));
  const events = await orNotFound(listDocumentActivity({ slug, actor, lang }));
  const languageName = (code: string) =>
    document.languages.find((language) => language.code === code)?.englishName ?? englishNames.of(code) ?? code;
  const filters = [
    { code: undefined, label: 'All languages' },
    { code: document.sourceLang, label: `${languageName(document.sourceLang)} source` },
    ...document.languages.map((language) => ({ code: language.code, label: language.englishName })),
  ];

  return (
    <div className="page activity">
      <p className="muted">
        <Link href="/">Documents</Link> / {document.title}
      </p>
      <h1>Activity</h1>
      <nav aria-label="Filter by language" className="language-switch">
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
            ? 'Nothing has happened to this document yet.'
            : lang === document.sourceLang
              ? `The ${languageName(lang)} source has not been updated since the import.`
              : `Nothing has happened in ${languageName(lang)} yet.`}
        </p>
      ) : (
        <ol className="activity-list">
          {events.map((event, index) => (
            <li key={index} className={`activity-event activity-${event.kind}`}>
              <p className="activity-sentence">{describeActivity(event, { languageName, sourceLang: document.sourceLang })}</p>
              <p className="muted small">
                <LocalTime iso={event.at} />
                {versionNote(event) && ` · ${versionNote(event)}`}
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
function versionNote(event: ActivityEvent): string | null {
  return event.kind === 'saved' || event.kind === 'source_updated' ? event.detail.toLowerCase() : null;
}

/** Comments and review comments are quoted. */
function quoted(event: ActivityEvent): boolean {
  return (event.kind === 'commented' || event.kind === 'approved' || event.kind === 'rejected') && event.detail.trim() !== '';
}
