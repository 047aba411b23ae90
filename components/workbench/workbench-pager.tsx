// Paging through a long document, and jumping straight to paragraph N.
import Link from 'next/link';
import { pageCount, pageRange } from '@/lib/workbench-pages';

export function WorkbenchPager({ basePath, page, paragraphs }: { basePath: string; page: number; paragraphs: number }) {
  const pages = pageCount(paragraphs);
  const { first, last } = pageRange(page, paragraphs);
  return (
    <nav aria-label="Pages" className="pager">
      {pages > 1 && (
        <>
          {page > 1 ? <Link href={`${basePath}?page=${page - 1}`}>Previous page</Link> : <span className="muted">Previous page</span>}
          <span>
            Paragraphs {first}–{last} of {paragraphs}
          </span>
          {page < pages ? <Link href={`${basePath}?page=${page + 1}`}>Next page</Link> : <span className="muted">Next page</span>}
        </>
      )}
      <form method="get" action={basePath} className="jump">
        <label>
          Go to paragraph
          <input type="number" name="paragraph" min={1} max={paragraphs} required inputMode="numeric" />
        </label>
        <button type="submit" className="button-quiet">
          Go
        </button>
      </form>
    </nav>
  );
}
