// The form in which search compares texts: Unicode case folding, the same for every script and
// both databases. Stored beside each version's text (`searchText`) and applied to the query, so
// a plain `contains` finds "київ" for "Київ" on SQLite (whose LIKE folds ASCII only) and
// "Straße" for "STRASSE" on PostgreSQL (whose ILIKE does not), without reading rows into memory.

/**
 * Compatibility-normalized (NFKC: "A" + combining diaeresis is "Ä", ligatures and full-width
 * letters are plain), then lower-cased through upper case, which is what Unicode's full case
 * folding does for the letters that change length ("ß" and "ẞ" fold to "ss"), with Greek's final
 * sigma as a plain one, so that a word's beginning finds the whole word.
 */
export function searchFold(text: string): string {
  return text.normalize('NFKC').toLowerCase().toUpperCase().toLowerCase().replaceAll('ς', 'σ').normalize('NFC');
}

/** A version's text with its search form: the `text` and `searchText` of a new row. */
export function searchable(text: string): { text: string; searchText: string } {
  return { text, searchText: searchFold(text) };
}
