// The workbench's memory suggestions, asked once per paragraph and kept for the page: focusing a
// text box again, or a row mounted again (paging, a reload of the rows), shows what came before
// without asking the server. Kept per paragraph, language and the English they were found for,
// so a change to the English (an editor's edit, an update of the story) asks again; kept for a
// while only, so that a tab left open sees what was approved since.

export type SuggestionsKey = { paragraphId: string; lang: string; english: string };

export type SuggestionsCache<T> = {
  /** What was found for this paragraph's current English, if it is here and fresh. */
  peek(key: SuggestionsKey): T | undefined;
  /**
   * What was found, asking `fetch` only when nothing is here for this English: a second call
   * while the first is under way waits for it. A failed fetch (null or thrown) is not kept.
   */
  load(key: SuggestionsKey, fetch: () => Promise<T | null>): Promise<T | null>;
};

type Entry<T> = { english: string; at: number; pending: Promise<T | null>; value?: T };

export function createSuggestionsCache<T>({
  maxParagraphs = 1000,
  maxAgeMs = 10 * 60_000,
  now = Date.now,
}: { maxParagraphs?: number; maxAgeMs?: number; now?: () => number } = {}): SuggestionsCache<T> {
  // A Map iterates in insertion order: re-inserting on use makes the first entry the least recently used.
  const entries = new Map<string, Entry<T>>();
  const slot = ({ paragraphId, lang }: SuggestionsKey) => `${paragraphId}\u0000${lang}`;
  const current = (key: SuggestionsKey) => {
    const entry = entries.get(slot(key));
    if (!entry || entry.english !== key.english || now() - entry.at > maxAgeMs) return undefined;
    return entry;
  };
  return {
    peek: (key) => current(key)?.value,
    load(key, fetch) {
      const found = current(key);
      if (found) {
        entries.delete(slot(key));
        entries.set(slot(key), found);
        return found.pending;
      }
      const entry: Entry<T> = { english: key.english, at: now(), pending: Promise.resolve(null) };
      const forget = () => {
        if (entries.get(slot(key)) === entry) entries.delete(slot(key));
        return null;
      };
      entry.pending = fetch().then((value) => {
        if (value === null) return forget();
        entry.value = value;
        return value;
      }, forget);
      entries.delete(slot(key));
      entries.set(slot(key), entry);
      while (entries.size > maxParagraphs) entries.delete(entries.keys().next().value!);
      return entry.pending;
    },
  };
}
