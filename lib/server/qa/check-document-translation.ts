import 'server-only';
// Runs the quality checks (lib/qa) over one language of a document: every paragraph's current
// translation against its current English, with the language's glossary, plus the check that
// the numbers of all target languages agree with the source and with each other, and the check
// that a sentence the English repeats is translated the same way each time.
import { checkConsistency, checkNumbersAcrossLanguages, checkTranslation, type QaIssue } from '../../qa';
import type { Db, Tx } from '../db';
import type { ParagraphState } from '../documents/load-paragraph-states';
import { loadParagraphStates } from '../documents/load-paragraph-states';
import { loadGlossary } from '../glossary/list-glossary-terms';

export async function checkDocumentTranslation(
  db: Db | Tx,
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
  const others = await Promise.all(
    otherLanguages.map(async (code) => {
      const otherStates = await loadParagraphStates(db, documentId, code, positions);
      return [code, new Map(otherStates.map((state) => [state.id, state]))] as const;
    }),
  );
  // Outdated translations translate another English, so they neither warn nor are warned about.
  const comparable = article.filter((state) => state.translation && state.status !== 'outdated');
  const consistency = checkConsistency({
    lang,
    paragraphs: comparable.map((state) => ({ position: state.position, source: state.source.text, target: state.translation!.text })),
  });
  const issues = new Map<string, QaIssue[]>();
  states.forEach((state) => {
    if (!state.translation) return;
    if (positions && (state.position < positions.first || state.position > positions.last)) return;
    const own = checkTranslation({ source: state.source.text, target: state.translation.text, targetLang: lang, kind: state.kind, glossary });
    const targets: Record<string, string> = { [lang]: state.translation.text };
    for (const [code, otherStates] of others) {
      const other = otherStates.get(state.id);
      // Only translations of the same English compare: an outdated one would disagree by design.
      if (other?.translation?.text && other.status !== 'outdated') targets[code] = other.translation.text;
    }
    const across = state.status === 'outdated' || Object.keys(targets).length < 2 ? [] : (checkNumbersAcrossLanguages({ source: state.source.text, targets })[lang] ?? []);
    issues.set(state.id, [...own, ...across, ...(consistency[state.position] ?? [])]);
  });
  return issues;
}
