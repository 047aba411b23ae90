'use client';
// The machine translation suggestion beside the memory's: asked once per paragraph and English
// (on focus, like the memory's), shown with its service's name and an Insert button that puts it
// in the box as a memory suggestion is put there. When no service is configured (404) nothing
// shows, and the page stops asking; a failure is one line, and editing goes on.
import { useCallback, useState } from 'react';
import { useT } from '@/components/i18n/use-t';
import { failureText } from '@/lib/clients/api-call';
import { fetchMachineSuggestion, type MachineSuggestionJson } from '@/lib/clients/machine';
import { createSuggestionsCache } from '@/lib/memory-suggestions-cache';

type Outcome = { suggestion: MachineSuggestionJson } | { failed: { status: number; message: string } };

/** One per page: each paragraph's English is sent to the service once. */
const cache = createSuggestionsCache<MachineSuggestionJson>();
/** Set by the first 404 of the feature: no service is configured, so nothing is asked again. */
let switchedOff = false;

export function useMachineSuggestion(paragraphId: string, lang: string, english: string, canTranslate: boolean) {
  const [shown, setShown] = useState<{ english: string; outcome: Outcome } | null>(null);
  const peeked = cache.peek({ paragraphId, lang, english });
  const outcome: Outcome | null = shown?.english === english ? shown.outcome : peeked ? { suggestion: peeked } : null;
  const load = useCallback(async () => {
    if (!canTranslate || switchedOff) return;
    const failure: { outcome: Outcome | null } = { outcome: null };
    const suggestion = await cache.load({ paragraphId, lang, english }, async () => {
      const result = await fetchMachineSuggestion(paragraphId, lang);
      if (result.ok) return result.value;
      if (result.status === 404 && result.code === 'not_found') switchedOff = true;
      else failure.outcome = { failed: { status: result.status, message: result.message } };
      return null;
    });
    if (suggestion) setShown({ english, outcome: { suggestion } });
    else if (failure.outcome) setShown({ english, outcome: failure.outcome });
  }, [paragraphId, lang, english, canTranslate]);
  return { outcome, load };
}

export function MachineSuggestion({
  outcome,
  language,
  onInsert,
}: {
  outcome: Outcome | null;
  language: { code: string; direction: 'ltr' | 'rtl' };
  onInsert: (suggestion: MachineSuggestionJson) => void;
}) {
  const { t } = useT();
  if (!outcome) return null;
  if ('failed' in outcome) {
    return (
      <p className="note muted small">
        {t('machine.failed', { message: failureText(t, outcome.failed) })}
      </p>
    );
  }
  const { suggestion } = outcome;
  return (
    <section className="note" aria-label={t('machine.label')}>
      <p className="note-title">{t('machine.title', { provider: suggestion.provider })}</p>
      <p lang={language.code} dir={language.direction}>
        {suggestion.text}
      </p>
      <button type="button" onClick={() => onInsert(suggestion)}>
        {t('machine.insert')}
      </button>
    </section>
  );
}
