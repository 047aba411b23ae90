// TMX 1.4b (the LISA/GALA translation-memory exchange format) as Redline reads and writes it:
// its dates, language tags and limits. Pure.

/** An imported TMX file may be this large (the request body's limit). */
export const MAX_TMX_BYTES = 20 * 1024 * 1024;

/** TMX's date: YYYYMMDDThhmmssZ, always UTC. */
export function formatTmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** A TMX date as a Date, or null when it is missing or not one. */
export function parseTmxDate(value: string | null): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value?.trim() ?? '');
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // 20250231T… rolls over into March: not a date.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60 ? date : null;
}

/** The primary subtag of a language tag, lower-cased: en-GB → en, DE-de → de. */
export function primaryLanguage(tag: string): string {
  return tag.trim().split(/[-_]/)[0].toLowerCase();
}

/**
 * Redline's language for a TMX language tag, or null: the code itself (any case, `_` for `-`),
 * else the code that is the tag's primary subtag (de-DE, de-AT and de-CH are all German).
 */
export function matchLanguage(tag: string, codes: readonly string[]): string | null {
  const wanted = tag.trim().replace(/_/g, '-').toLowerCase();
  return codes.find((code) => code.toLowerCase() === wanted) ?? codes.find((code) => code.toLowerCase() === primaryLanguage(wanted)) ?? null;
}
