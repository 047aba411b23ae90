// The workbench shows long documents a page of paragraphs at a time, so a 2,000-paragraph story
// opens as fast as a short one. Pure arithmetic, shared by the view and its tests.
export const PARAGRAPHS_PER_PAGE = 100;

export function pageCount(paragraphs: number): number {
  return Math.max(1, Math.ceil(paragraphs / PARAGRAPHS_PER_PAGE));
}

/** The page (from 1) that holds paragraph `position` (from 1). */
export function pageOf(position: number): number {
  return Math.max(1, Math.ceil(position / PARAGRAPHS_PER_PAGE));
}

/** A page number from the URL, clamped to the pages there are. */
export function parsePage(value: string | undefined, paragraphs: number): number {
  const page = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(page) ? Math.min(Math.max(page, 1), pageCount(paragraphs)) : 1;
}

/** The positions (from 1, inclusive) a page shows. */
export function pageRange(page: number, paragraphs: number): { first: number; last: number } {
  const first = (page - 1) * PARAGRAPHS_PER_PAGE + 1;
  return { first, last: Math.min(paragraphs, first + PARAGRAPHS_PER_PAGE - 1) };
}
