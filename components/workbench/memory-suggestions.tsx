'use client';
// Translation-memory suggestions under the text box: the approved translation, how well its
// English matches (with the English diff), and a button (or Ctrl+1..3) that puts it in the box.
import { useCallback, useState } from 'react';
import { useT } from '@/components/i18n/use-t';
import { fetchSuggestions, type SuggestionJson } from '@/lib/clients/memory';
import { wordDiff } from '@/lib/word-diff';
import { WordDiffView } from '../diff/word-diff-view';

export function useMemorySuggestions(paragraphId: string, lang: string) {
  const [state, setState] = useState<{ source: string; suggestions: SuggestionJson[] } | null>(null);
  const [loading, setLoading] = useState(false);
  const load = useCallback(async () => {
    if (state || loading) return state;
    setLoading(true);
    // Suggestions are a help, not the work: when they cannot be loaded the panel stays closed.
    const result = await fetchSuggestions(paragraphId, lang);
    setLoading(false);
    if (!result.ok) return null;
    setState(result.value);
    return result.value;
  }, [paragraphId, lang, state, loading]);
  return { state, load };
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
          <li key={suggestion.versionId}>
            {canUse ? (
              <button type="button" onClick={() => onUse(suggestion.target)} aria-label={t('memory.use', { n: index + 1, score: suggestion.score })}>
                <span className="muted small">
                  Ctrl+{index + 1} · {suggestion.score}% · {suggestion.document.title}
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
