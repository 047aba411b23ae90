// The published editions of a language, newest first, each a link to read it.
import Link from 'next/link';
import type { EditionSummary } from '@/lib/server/editions/list-editions';
import { LocalTime } from '../common/local-time';

export function EditionList({ base, editions, current }: { base: string; editions: EditionSummary[]; current?: number }) {
  return (
    <nav aria-label="Editions" className="edition-list">
      <h2>Editions</h2>
      <ol>
        {editions.map((edition) => (
          <li key={edition.number}>
            <Link href={`${base}?edition=${edition.number}`} aria-current={edition.number === current ? 'page' : undefined}>
              Edition {edition.number}
            </Link>{' '}
            <span className="muted small">
              <LocalTime iso={edition.createdAt} /> · {edition.publishedBy}
            </span>
          </li>
        ))}
      </ol>
      {editions.length >= 2 && (
        <p>
          <Link href={`${base}/compare`}>Compare editions</Link>
        </p>
      )}
    </nav>
  );
}
