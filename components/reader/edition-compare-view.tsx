// Two editions of one language as a document-level redline: every paragraph in article order,
// the changed ones as word diffs, the unchanged ones plainly. Defaults to the previous edition
// against the latest.
import Link from 'next/link';
import { countChanges, diffEditions, type ParagraphChange } from '@/lib/edition-diff';
import { getDocument } from '@/lib/server/documents/get-document';
import { getEdition } from '@/lib/server/editions/get-edition';
import { listEditions, type EditionSummary } from '@/lib/server/editions/list-editions';
import { orNotFound, requirePageActor } from '@/lib/server/page-guards';
import { WordDiffView } from '../diff/word-diff-view';

const CHANGE_LABELS: Record<ParagraphChange, string> = {
  unchanged: 'Unchanged',
  changed: 'Changed',
  added: 'Added',
  removed: 'Removed',
};

export async function EditionCompareView({ slug, lang, from, to }: { slug: string; lang: string; from?: string; to?: string }) {
  const base = `/read/${slug}/${lang}`;
  const query = new URLSearchParams({ ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }).toString();
  const actor = await requirePageActor(`${base}/compare${query ? `?${query}` : ''}`);
  const editions = await orNotFound(listEditions({ slug, lang, actor }));
  if (editions.length === 0 || (editions.length === 1 && from === undefined && to === undefined)) {
    const document = await orNotFound(getDocument({ slug, actor }));
    const language = document.languages.find((candidate) => candidate.code === lang)!;
    return (
      <div className="page reader">
        <p className="muted">
          <Link href="/">Documents</Link> / <Link href={base}>Published {language.englishName}</Link>
        </p>
        <h1>Compare editions</h1>
        <p className="notice">
          {editions.length === 0
            ? `Nothing is published in ${language.englishName} yet.`
            : `Only edition ${editions[0].number} is published in ${language.englishName}; there is nothing to compare it with yet.`}
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
    .map((change) => `${counts[change]} ${change}`);

  return (
    <div className="page reader">
      <p className="muted">
        <Link href="/">Documents</Link> / <Link href={base}>Published {language.englishName}</Link>
      </p>
      <h1>Compare editions</h1>
      <p className="muted">{newer.document.title}</p>
      <form method="get" action={`${base}/compare`} className="edition-compare-form">
        <EditionSelect label="From edition" name="from" editions={editions} selected={older.number} />
        <EditionSelect label="To edition" name="to" editions={editions} selected={newer.number} />
        <button type="submit">Compare</button>
      </form>
      <h2>
        {language.englishName} edition {older.number} → edition {newer.number}
      </h2>
      <p>
        {counts.unchanged === diff.length
          ? 'The two editions are the same.'
          : `${diff.length} ${diff.length === 1 ? 'paragraph' : 'paragraphs'}: ${summary.join(', ')}.`}
      </p>
      <ol className="edition-diff">
        {diff.map((paragraph) => (
          <li key={paragraph.position}>
            <section
              aria-label={`Paragraph ${paragraph.position}`}
              className={`edition-diff-paragraph change-${paragraph.change} kind-${paragraph.kind}`}
            >
              <p className="paragraph-meta">
                <span className="paragraph-number">{paragraph.position}</span> {CHANGE_LABELS[paragraph.change]}
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
                  label={`Paragraph ${paragraph.position}`}
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
}: {
  label: string;
  name: string;
  editions: Array<{ number: number; publishedBy: string }>;
  selected: number;
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={String(selected)}>
        {editions.map((edition) => (
          <option key={edition.number} value={edition.number}>
            Edition {edition.number}, {edition.publishedBy}
          </option>
        ))}
      </select>
    </label>
  );
}
