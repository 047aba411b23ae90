// What the document list can be narrowed to, shared by the page at `/`, GET /api/documents and
// the service that answers both.

/** The state of one language of a document, from its paragraphs' statuses (see `languageState`). */
export const DOCUMENT_STATUS_FILTERS = ['needs_translation', 'in_review', 'approved'] as const;
export type DocumentStatusFilter = (typeof DOCUMENT_STATUS_FILTERS)[number];

/** `24h` and `week`: due within 24 hours or 7 days from now, and not yet overdue. */
export const DOCUMENT_DEADLINE_FILTERS = ['overdue', '24h', 'week', 'none'] as const;
export type DocumentDeadlineFilter = (typeof DOCUMENT_DEADLINE_FILTERS)[number];

export const PER_PAGE = 25;
export const MAX_PER_PAGE = 100;

export type DocumentListFilters = {
  q?: string;
  status?: DocumentStatusFilter;
  lang?: string;
  deadline?: DocumentDeadlineFilter;
  page: number;
  perPage: number;
};

const HOUR = 3_600_000;

/** The deadline range a filter stands for, at `now`: `null` bounds are open; `none` is no deadline. */
export function deadlineRange(filter: DocumentDeadlineFilter, now: Date): { from: Date | null; to: Date | null } | 'none' {
  if (filter === 'none') return 'none';
  if (filter === 'overdue') return { from: null, to: now };
  return { from: now, to: new Date(now.getTime() + (filter === '24h' ? 24 : 7 * 24) * HOUR) };
}

/** Whether a deadline is past, close (within 24 hours) or later, for showing it. */
export function deadlineUrgency(deadline: Date, now: Date): 'overdue' | 'soon' | 'later' {
  if (deadline.getTime() < now.getTime()) return 'overdue';
  return deadline.getTime() - now.getTime() < 24 * HOUR ? 'soon' : 'later';
}

/** The list's query string for `filters` on `page` (only what differs from the defaults). */
export function documentListQuery(filters: Omit<DocumentListFilters, 'page' | 'perPage'> & { perPage?: number }, page: number): string {
  const query = new URLSearchParams();
  if (filters.q) query.set('q', filters.q);
  if (filters.status) query.set('status', filters.status);
  if (filters.lang) query.set('lang', filters.lang);
  if (filters.deadline) query.set('deadline', filters.deadline);
  if (filters.perPage && filters.perPage !== PER_PAGE) query.set('perPage', String(filters.perPage));
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `?${text}` : '';
}

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The filters of the page's query string. The page is a plain GET form and its links, so what
 * does not make sense (a hand-edited `?page=x`) is left out rather than refused.
 */
export function readDocumentListFilters(params: SearchParams): DocumentListFilters {
  const one = (name: string) => {
    const value = params[name];
    return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  };
  const among = <T extends string>(values: readonly T[], value: string | undefined) => (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
  const q = one('q')?.slice(0, 200);
  const lang = one('lang');
  const page = Number(one('page'));
  const perPage = Number(one('perPage'));
  return {
    ...(q ? { q } : {}),
    ...(among(DOCUMENT_STATUS_FILTERS, one('status')) ? { status: one('status') as DocumentStatusFilter } : {}),
    ...(lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) ? { lang } : {}),
    ...(among(DOCUMENT_DEADLINE_FILTERS, one('deadline')) ? { deadline: one('deadline') as DocumentDeadlineFilter } : {}),
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    perPage: Number.isSafeInteger(perPage) && perPage >= 1 && perPage <= MAX_PER_PAGE ? perPage : PER_PAGE,
  };
}
