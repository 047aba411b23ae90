// DeepL's REST API (v2) in plain functions, no I/O: our language codes as DeepL writes them, the
// glossary as a TSV, the answer of /v2/translate read strictly, and what each HTTP status from
// DeepL means for a translator, in one line. The client (lib/server/machine/deepl.ts) sends.
import { createHash } from 'node:crypto';

/** DeepL's source languages have no regional variants: "en" is "EN". */
export function deeplSourceLang(code: string): string {
  return code.split('-')[0].toUpperCase();
}

/**
 * DeepL's target code for one of our languages. English and Portuguese must name a variant as a
 * target, Chinese its script; the rest are the code in capitals (DE, FR, UK, AR).
 */
export function deeplTargetLang(code: string): string {
  const lower = code.toLowerCase();
  const variants: Record<string, string> = { en: 'EN-GB', pt: 'PT-PT', zh: 'ZH-HANS' };
  return variants[lower] ?? code.toUpperCase();
}

/** A glossary's language as /v2/glossary-language-pairs and /v2/glossaries write it: "en", "de". */
export function glossaryLang(code: string): string {
  return code.split('-')[0].toLowerCase();
}

export type GlossaryEntry = { source: string; target: string; doNotTranslate: boolean };

/**
 * The entries as DeepL's TSV, sorted so that the same terms always give the same text: one
 * "source<TAB>target" line each; a do-not-translate term maps to itself. DeepL refuses an entry
 * with a tab or a line break, or with space at either end, so such a term is left out (trimmed
 * where trimming is enough) rather than failing the whole glossary.
 */
export function glossaryTsv(entries: readonly GlossaryEntry[]): string {
  const lines = new Map<string, string>();
  for (const entry of entries) {
    const source = entry.source.trim();
    const target = (entry.doNotTranslate ? entry.source : entry.target).trim();
    if (!source || !target || /[\t\r\n\u2028\u2029]/.test(source + target)) continue;
    if (!lines.has(source)) lines.set(source, `${source}\t${target}`);
  }
  return [...lines.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, line]) => line)
    .join('\n');
}

/** Names a set of entries: an unchanged glossary has the same hash, a changed one another. */
export function glossaryHash(tsv: string): string {
  return createHash('sha256').update(tsv).digest('hex').slice(0, 16);
}

/** The one translation of /v2/translate's answer `{ translations: [{ detected_source_language, text }] }`, or null when it is not that. */
export function readTranslation(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const translations = (body as { translations?: unknown }).translations;
  if (!Array.isArray(translations) || translations.length !== 1) return null;
  const text = (translations[0] as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : null;
}

/** The glossary_id of POST /v2/glossaries' answer, or null. */
export function readGlossaryId(body: unknown): string | null {
  const id = typeof body === 'object' && body !== null ? (body as { glossary_id?: unknown }).glossary_id : undefined;
  return typeof id === 'string' && id !== '' ? id : null;
}

export type DeeplGlossary = { glossary_id: string; name: string; source_lang: string; target_lang: string; ready?: boolean };

/** The glossaries of GET /v2/glossaries `{ glossaries: [...] }` (those with an id and a name), or null. */
export function readGlossaryList(body: unknown): DeeplGlossary[] | null {
  const list = typeof body === 'object' && body !== null ? (body as { glossaries?: unknown }).glossaries : undefined;
  if (!Array.isArray(list)) return null;
  return list.filter(
    (item): item is DeeplGlossary =>
      typeof item === 'object' && item !== null && typeof item.glossary_id === 'string' && typeof item.name === 'string' && typeof item.source_lang === 'string' && typeof item.target_lang === 'string',
  );
}

/** The pairs of GET /v2/glossary-language-pairs `{ supported_languages: [{ source_lang, target_lang }] }` as "en>de", or null. */
export function readGlossaryPairs(body: unknown): Set<string> | null {
  const list = typeof body === 'object' && body !== null ? (body as { supported_languages?: unknown }).supported_languages : undefined;
  if (!Array.isArray(list)) return null;
  const pairs = new Set<string>();
  for (const item of list) {
    const { source_lang: source, target_lang: target } = (item ?? {}) as { source_lang?: unknown; target_lang?: unknown };
    if (typeof source === 'string' && typeof target === 'string') pairs.add(`${source.toLowerCase()}>${target.toLowerCase()}`);
  }
  return pairs;
}

export type DeeplFailure =
  | { kind: 'status'; status: number }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'unreachable' }
  | { kind: 'malformed' };

/**
 * What a translator reads when the suggestion cannot come: one line, no jargon beyond the name of
 * the service. DeepL's documented statuses: 403 key refused, 456 quota used up, 429 (and the older
 * 529) too many requests, 5xx trouble on DeepL's side; anything else is a request it refused.
 */
export function deeplFailureMessage(failure: DeeplFailure): string {
  switch (failure.kind) {
    case 'timeout':
      return `DeepL did not answer within ${failure.seconds} ${failure.seconds === 1 ? 'second' : 'seconds'}. Try again later.`;
    case 'unreachable':
      return 'DeepL could not be reached. Try again later.';
    case 'malformed':
      return 'DeepL sent an answer Redline cannot read. Try again later.';
    case 'status': {
      const { status } = failure;
      if (status === 401 || status === 403) return 'DeepL refused the key. Ask an admin to check DEEPL_AUTH_KEY.';
      if (status === 456) return 'DeepL’s quota for this month is used up.';
      if (status === 429 || status === 529) return 'DeepL is getting too many requests. Try again in a minute.';
      if (status >= 500) return 'DeepL is having trouble right now. Try again later.';
      return `DeepL refused to translate this paragraph (HTTP ${status}).`;
    }
  }
}
