// Previous and next page of the compare view, and which paragraphs this page shows.
import Link from 'next/link';
import { compareHref } from '@/lib/compare-languages';
import { getT } from '@/lib/server/ui-language';

export async function ComparePager({
  slug,
  codes,
  page,
  pages,
  total,
}: {
  slug: string;
  codes: string[];
  page: { number: number; first: number; last: number };
  pages: number;
  total: number;
}) {
  if (pages <= 1) return null;
  const t = await getT();
  return (
    <nav aria-label={t('pager.label')} className="compare-pager">
      {page.number > 1 ? <Link href={compareHref(slug, codes, page.number - 1)}>{t('pager.previous')}</Link> : <span className="muted">{t('pager.previous')}</span>}
      <span>{t('pager.range', { first: page.first, last: page.last, total })}</span>
      {page.number < pages ? <Link href={compareHref(slug, codes, page.number + 1)}>{t('pager.next')}</Link> : <span className="muted">{t('pager.next')}</span>}
    </nav>
  );
}
