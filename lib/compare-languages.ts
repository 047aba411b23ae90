// Which target languages the compare view shows side by side: those named in `?langs=`, else the
// reader's remembered choice (a cookie the language picker writes), else all of the document's.
// Pure, shared by the server view and the client picker, unit-tested beside this file.

export const COMPARE_LANGUAGES_COOKIE = 'redline-compare-langs';
/** More columns than this stop being readable even with horizontal scrolling. */
export const MAX_COMPARE_LANGUAGES = 6;

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
// The address is user input echoed back in the "ignored" note: keep what is read of it small.
const MAX_CODES = 20;
const MAX_CODE_LENGTH = 20;

/** "de, FR,de" or ["de", "fr"] (a form without script sends langs=de&langs=fr) → ["de", "fr"]. */
export function parseLanguageList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  const joined = Array.isArray(value) ? value.join(',') : value;
  const codes = joined
    .replace(/%2C/gi, ',')
    .split(/[\s,]+/)
    .map((code) => code.trim().toLowerCase().slice(0, MAX_CODE_LENGTH))
    .filter((code) => code !== '');
  return [...new Set(codes)].slice(0, MAX_CODES);
}

export type CompareLanguageChoice = {
  /** The columns to show, in the order asked for (the document's order when not asked). */
  codes: string[];
  /** Codes from the address that are not target languages of this document. */
  ignored: string[];
  /** Languages asked for beyond MAX_COMPARE_LANGUAGES. */
  overLimit: string[];
};

export function chooseCompareLanguages({
  requested,
  remembered,
  available,
}: {
  requested: string | string[] | undefined;
  remembered: string | undefined;
  /** The document's target languages, in its order. */
  available: string[];
}): CompareLanguageChoice {
  const asked = parseLanguageList(requested);
  const fromAddress = asked.filter((code) => available.includes(code));
  const ignored = asked.filter((code) => !available.includes(code));
  // A remembered choice may come from another document: keep what this one has.
  const fromCookie = parseLanguageList(remembered).filter((code) => available.includes(code));
  const wanted = fromAddress.length > 0 ? fromAddress : fromCookie.length > 0 ? fromCookie : available;
  return { codes: wanted.slice(0, MAX_COMPARE_LANGUAGES), ignored, overLimit: wanted.slice(MAX_COMPARE_LANGUAGES) };
}

/** The `document.cookie` assignment that remembers a choice for a year, on every page. */
export function compareLanguagesCookie(codes: string[], { secure = false }: { secure?: boolean } = {}): string {
  const value = encodeURIComponent(codes.join(','));
  return `${COMPARE_LANGUAGES_COOKIE}=${value}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** The compare view's address for a choice of languages (commas stay readable). */
export function compareHref(slug: string, codes: string[], page?: number): string {
  const query = [`langs=${codes.map(encodeURIComponent).join(',')}`, ...(page && page > 1 ? [`page=${page}`] : [])];
  return `/documents/${encodeURIComponent(slug)}/compare?${query.join('&')}`;
}
