// Paging through a long document, and jumping straight to paragraph N.
import Link from 'next/link';
import { pageCount, pageRange } from '@/lib/workbench-pages';
import { getT } from '@/lib/server/ui-language';

export async function WorkbenchPager({ basePath, page, paragraphs }: { basePath: string; page: number; paragraphs: number }) {
  const t = await getT();
  const pages = pageCount(paragraphs);
  const { first, last } = pageRange(page, paragraphs);
  return (
    <nav aria-label={t('pager.label')} className="pager">
      {pages > 1 && (
        <>
          {page > 1 ? <Link href={`${basePath}?page=${page - 1}`}>{t('pager.previous')}</Link> : <span className="muted">{t('pager.previous')}</span>}
          <span>
            {t('pager.range', { first, last, total: paragraphs })}
          </span>
          {page < pages ? <Link href={`${basePath}?page=${page + 1}`}>{t('pager.next')}</Link> : <span className="muted">{t('pager.next')}</span>}
        </>
      )}
      <form method="get" action={basePath} className="jump">
        <label>
          {t('pager.goTo')}
          <input type="number" name="paragraph" min={1} max={paragraphs} required inputMode="numeric" />
        </label>
        <button type="submit" className="button-quiet">
          {t('pager.go')}
        </button>
      </form>
    </nav>
  );
}
