'use client';
// Translation-memory suggestions under the text box: the approved translation, how well its
// English matches (with the English diff), where it comes from (a document, or an imported TMX
// file), and a button (or Ctrl+1..3) that puts it in the box.
import { useCallback, useEffect, useState } from 'react';
import { useT } from '@/components/i18n/use-t';
import { fetchSuggestions, type SuggestionJson } from '@/lib/clients/memory';
import { memoryOriginLabel, memoryPairKey } from '@/lib/memory-origin';
import { createSuggestionsCache } from '@/lib/memory-suggestions-cache';
import { wordDiff } from '@/lib/word-diff';
import { WordDiffView } from '../diff/word-diff-view';

type Suggestions = { source: string; suggestions: SuggestionJson[] };

/**
 * One per page (browser tab): every row asks the server once for its paragraph's English. Filled
 * only by `load`, from events and effects, which never run in the server's render.
 */
const cache = createSuggestionsCache<Suggestions>();

/**
 * The suggestions for a paragraph's current English: `load` (on focus, Ctrl+1..3) asks the
 * server the first time only. When the English changes, the old suggestions go, and a row that
 * showed them asks again for the new English.
 */
export function useMemorySuggestions(paragraphId: string, lang: string, english: string) {
  const [loaded, setLoaded] = useState<{ english: string; value: Suggestions } | null>(null);
  const key = { paragraphId, lang, english };
  const state = loaded?.english === english ? loaded.value : (cache.peek(key) ?? null);
  const load = useCallback(async () => {
    const value = await suggestionsFor(paragraphId, lang, english);
    if (value) setLoaded({ english, value });
    return value;
  }, [paragraphId, lang, english]);
  const shownFor = loaded?.english;
  useEffect(() => {
    if (shownFor === undefined || shownFor === english) return;
    let cancelled = false;
    void suggestionsFor(paragraphId, lang, english).then((value) => {
      if (!cancelled && value) setLoaded({ english, value });
    });
    return () => {
      cancelled = true;
    };
  }, [shownFor, english, paragraphId, lang]);
  return { state, load };
}

/** From the page's cache, or once from the server. */
function suggestionsFor(paragraphId: string, lang: string, english: string): Promise<Suggestions | null> {
  // Suggestions are a help, not the work: when they cannot be loaded the panel stays closed.
  return cache.load({ paragraphId, lang, english }, async () => {
    const result = await fetchSuggestions(paragraphId, lang);
    return result.ok ? result.value : null;
  });
}

export function MemorySuggestions({
  state,
  language,
  onUse,
  canUse,
}: {
  state: { source: string; suggestions: SuggestionJson[] } | null;
  language: { code: string; direction: 'ltr' | 'rtl' };
  onUse: (text: string) => void;
  canUse: boolean;
}) {
  const { t } = useT();
  if (!state || state.suggestions.length === 0) return null;
  return (
    <section className="note" aria-label={t('memory.label')}>
      <p className="note-title">{t('memory.title')}</p>
      <ol className="suggestions">
        {state.suggestions.map((suggestion, index) => (
          <li key={memoryPairKey(suggestion)}>
            {canUse ? (
              <button type="button" onClick={() => onUse(suggestion.target)} aria-label={t('memory.use', { n: index + 1, score: suggestion.score })}>
                <span className="muted small">
                  Ctrl+{index + 1} · {suggestion.score}% · {memoryOriginLabel(suggestion, t)}
                </span>
                <br />
                <span lang={language.code} dir={language.direction}>
                  {suggestion.target}
                </span>
              </button>
            ) : (
              <p lang={language.code} dir={language.direction}>
                {suggestion.score}% · {suggestion.target}
              </p>
            )}
            {suggestion.score < 100 && (
              <WordDiffView changes={wordDiff(suggestion.source, state.source, 'en').changes} lang="en" label={t('memory.diffLabel')} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
