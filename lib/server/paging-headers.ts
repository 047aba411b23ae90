import 'server-only';
// How a paged list tells where the other pages are: `X-Total-Count` and an RFC 8288 `Link`
// header with the first, previous, next and last pages' URLs (as GitHub's API does), so the
// answer itself stays the plain array it always was.

export function pagingHeaders(requestUrl: string, { page, pageCount, total }: { page: number; pageCount: number; total: number }): Headers {
  const link = (target: number, rel: string) => {
    const url = new URL(requestUrl);
    if (target === 1) url.searchParams.delete('page');
    else url.searchParams.set('page', String(target));
    return `<${url.pathname}${url.search}>; rel="${rel}"`;
  };
  const links = [link(1, 'first')];
  if (page > 1) links.push(link(Math.min(page - 1, pageCount), 'prev'));
  if (page < pageCount) links.push(link(page + 1, 'next'));
  links.push(link(pageCount, 'last'));
  return new Headers({ 'X-Total-Count': String(total), Link: links.join(', ') });
}
