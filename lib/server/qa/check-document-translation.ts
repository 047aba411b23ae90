import 'server-only';
// Runs the quality checks (lib/qa) over one language of a document: every paragraph's current
// translation against its current English, with the language's glossary, plus the check that
// the numbers of all target languages agree with the source and with each other, and the check
// that a sentence the English repeats is translated the same way each time. A whole long document
// is checked in slices with other requests let in between (2,000 paragraphs held the event loop
// for over two seconds), so never in a transaction.
import { checkNumbersAcrossLanguages, consistencyChecker, type QaIssue } from '../../qa';
import type { Db } from '../db';
import { loadAllParagraphStates } from '../documents/load-all-paragraph-states';
import type { ParagraphState } from '../documents/load-paragraph-states';
import { loadParagraphStates } from '../documents/load-paragraph-states';
import { loadGlossary } from '../glossary/list-glossary-terms';
import { betweenSlices } from '../let-others-in';
import { checkTranslationOnce, glossaryKey } from './recent-checks';

export async function checkDocumentTranslation(
  db: Db,
  {
    documentId,
    lang,
    states,
    otherLanguages,
    positions,
    article = states,
  }: {
    documentId: string;
    lang: string;
    states: ParagraphState[];
    otherLanguages: string[];
    /** Only these paragraphs (inclusive, from 1); all when left out. */
    positions?: { first: number; last: number };
    /**
     * The paragraphs of this language that a repeated sentence is compared with; `states` when
     * left out (a workbench page then compares within its page). The review queue passes all.
     */
    article?: ParagraphState[];
  },
): Promise<Map<string, QaIssue[]>> {
  const glossary = await loadGlossary(db, lang);
  const glossaryChecked = glossaryKey(glossary);
  // A page's other languages at once; a whole document's one after another, or the pages of
  // several, read at once, would come back in the same turn of the event loop.
  const others: Array<readonly [string, Map<string, ParagraphState>]> = [];
  const loadOther = async (code: string) => {
    const otherStates = positions ? await loadParagraphStates(db, documentId, code, positions) : await loadAllParagraphStates(db, documentId, code);
    return [code, new Map(otherStates.map((state) => [state.id, state]))] as const;
  };
  if (positions) others.push(...(await Promise.all(otherLanguages.map(loadOther))));
  else for (const code of otherLanguages) others.push(await loadOther(code));
  // Outdated translations translate another English, so they neither warn nor are warned about.
  const pause = betweenSlices();
  const comparable = article.filter((state) => state.translation && state.status !== 'outdated').sort((a, b) => a.position - b.position);
  const consistency: Record<number, QaIssue[]> = {};
  const checkRepeats = consistencyChecker({ lang });
  for (const state of comparable) {
    await pause();
    consistency[state.position] = checkRepeats({ position: state.position, source: state.source.text, target: state.translation!.text });
  }
  const issues = new Map<string, QaIssue[]>();
  for (const state of states) {
    await pause();
    if (!state.translation) continue;
    if (positions && (state.position < positions.first || state.position > positions.last)) continue;
    const own = checkTranslationOnce({ source: state.source.text, target: state.translation.text, targetLang: lang, kind: state.kind, glossary }, glossaryChecked);
    const targets: Record<string, string> = { [lang]: state.translation.text };
    for (const [code, otherStates] of others) {
      const other = otherStates.get(state.id);
      // Only translations of the same English compare: an outdated one would disagree by design.
      if (other?.translation?.text && other.status !== 'outdated') targets[code] = other.translation.text;
    }
    const across = state.status === 'outdated' || Object.keys(targets).length < 2 ? [] : (checkNumbersAcrossLanguages({ source: state.source.text, targets })[lang] ?? []);
    issues.set(state.id, [...own, ...across, ...(consistency[state.position] ?? [])]);
  }
  return issues;
}
