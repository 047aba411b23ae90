// Two editions of one language as a document-level redline: every paragraph in article order,
// the changed ones as word diffs, the unchanged ones plainly. Defaults to the previous edition
// against the latest.
import type { TFunction } from 'i18next';
import Link from 'next/link';
import { countChanges, diffEditions } from '@/lib/edition-diff';
import { languageLabel, languageName } from '@/lib/i18n/format';
import { getDocument } from '@/lib/server/documents/get-document';
import { getEdition } from '@/lib/server/editions/get-edition';
import { listEditions, type EditionSummary } from '@/lib/server/editions/list-editions';
import { orNotFound, requirePageActor } from '@/lib/server/page-guards';
import { getT, getUiLanguage } from '@/lib/server/ui-language';
import { WordDiffView } from '../diff/word-diff-view';

export async function EditionCompareView({ slug, lang, from, to }: { slug: string; lang: string; from?: string; to?: string }) {
  const base = `/read/${slug}/${lang}`;
  const query = new URLSearchParams({ ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }).toString();
  const actor = await requirePageActor(`${base}/compare${query ? `?${query}` : ''}`);
  const editions = await orNotFound(listEditions({ slug, lang, actor }));
  const [t, ui] = await Promise.all([getT(), getUiLanguage()]);
  const name = (code: string) => languageName(code, ui);
  if (editions.length === 0 || (editions.length === 1 && from === undefined && to === undefined)) {
    const document = await orNotFound(getDocument({ slug, actor }));
    const language = document.languages.find((candidate) => candidate.code === lang)!;
    return (
      <div className="page reader">
        <p className="muted">
          <Link href="/">{t('header.documents')}</Link> / <Link href={base}>{t('reader.published', { language: name(language.code) })}</Link>
        </p>
        <h1>{t('reader.compareEditions')}</h1>
        <p className="notice">
          {editions.length === 0
            ? t('reader.nothingPublished', { language: name(language.code) })
            : t('reader.onlyOneEdition', { number: editions[0].number, language: name(language.code) })}
        </p>
      </div>
    );
  }

  const toNumber = to === undefined ? editions[0].number : Number(to);
  // Edition 1 has no previous edition: compared with itself, it shows plainly.
  const fromNumber = from === undefined ? (previousEdition(editions, toNumber) ?? toNumber) : Number(from);
  const [older, newer] = await Promise.all([
    orNotFound(getEdition({ slug, lang, number: fromNumber, actor })),
    orNotFound(getEdition({ slug, lang, number: toNumber, actor })),
  ]);
  const { language } = newer;
  const diff = diffEditions(older.paragraphs, newer.paragraphs, language.code);
  const counts = countChanges(diff);
  const summary = (['changed', 'added', 'removed', 'unchanged'] as const)
    .filter((change) => counts[change] > 0)
    .map((change) => t(`editionDiff.count.${change}`, { count: counts[change] }));

  return (
    <div className="page reader">
      <p className="muted">
        <Link href="/">{t('header.documents')}</Link> / <Link href={base}>{t('reader.published', { language: name(language.code) })}</Link>
      </p>
      <h1>{t('reader.compareEditions')}</h1>
      <p className="muted">{newer.document.title}</p>
      <form method="get" action={`${base}/compare`} className="edition-compare-form">
        <EditionSelect label={t('reader.fromEdition')} name="from" editions={editions} selected={older.number} t={t} />
        <EditionSelect label={t('reader.toEdition')} name="to" editions={editions} selected={newer.number} t={t} />
        <button type="submit">{t('reader.compare')}</button>
      </form>
      <h2>
        {t('reader.compareHeading', { language: languageLabel(language.code, ui), from: older.number, to: newer.number })}
      </h2>
      <p>
        {counts.unchanged === diff.length
          ? t('reader.same')
          : t('reader.diffSummary', { count: diff.length, summary: summary.join(', ') })}
      </p>
      <ol className="edition-diff">
        {diff.map((paragraph) => (
          <li key={paragraph.position}>
            <section
              aria-label={t('paragraph.label', { n: paragraph.position })}
              className={`edition-diff-paragraph change-${paragraph.change} kind-${paragraph.kind}`}
            >
              <p className="paragraph-meta">
                <span className="paragraph-number">{paragraph.position}</span> {t(`editionDiff.${paragraph.change}`)}
              </p>
              {paragraph.change === 'unchanged' ? (
                <p className="edition-diff-text" lang={language.code} dir={language.direction}>
                  {paragraph.changes.map((part) => part.value).join('')}
                </p>
              ) : (
                <WordDiffView
                  changes={paragraph.changes}
                  lang={language.code}
                  dir={language.direction}
                  label={t('paragraph.label', { n: paragraph.position })}
                />
              )}
            </section>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The newest edition older than `number`: what "the previous edition" means. */
function previousEdition(editions: EditionSummary[], number: number): number | undefined {
  return editions.find((edition) => edition.number < number)?.number;
}

function EditionSelect({
  label,
  name,
  editions,
  selected,
  t,
}: {
  label: string;
  name: string;
  editions: Array<{ number: number; publishedBy: string }>;
  selected: number;
  t: TFunction;
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={String(selected)}>
        {editions.map((edition) => (
          <option key={edition.number} value={edition.number}>
            {t('reader.editionBy', { number: edition.number, name: edition.publishedBy })}
          </option>
        ))}
      </select>
    </label>
  );
}
