// The published editions of a language, newest first, each a link to read it.
import Link from 'next/link';
import type { EditionSummary } from '@/lib/server/editions/list-editions';
import { getT } from '@/lib/server/ui-language';
import { LocalTime } from '../common/local-time';

export async function EditionList({ base, editions, current }: { base: string; editions: EditionSummary[]; current?: number }) {
  const t = await getT();
  return (
    <nav aria-label={t('reader.editions')} className="edition-list">
      <h2>{t('reader.editions')}</h2>
      <ol>
        {editions.map((edition) => (
          <li key={edition.number}>
            <Link href={`${base}?edition=${edition.number}`} aria-current={edition.number === current ? 'page' : undefined}>
              {t('reader.edition', { number: edition.number })}
            </Link>{' '}
            <span className="muted small">
              <LocalTime iso={edition.createdAt} /> · {edition.publishedBy}
            </span>
          </li>
        ))}
      </ol>
      {editions.length >= 2 && (
        <p>
          <Link href={`${base}/compare`}>{t('reader.compareEditions')}</Link>
        </p>
      )}
    </nav>
  );
}
