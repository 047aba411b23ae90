import 'server-only';
// Runs the quality checks (lib/qa) over one language of a document: every paragraph's current
// translation against its current English, with the language's glossary, plus the check that
// the numbers of all target languages agree with the source and with each other.
import { checkNumbersAcrossLanguages, checkTranslation, type QaIssue } from '../../qa';
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
  }: {
    documentId: string;
    lang: string;
    states: ParagraphState[];
    otherLanguages: string[];
    /** Only these paragraphs (inclusive, from 1); all when left out. */
    positions?: { first: number; last: number };
  },
): Promise<Map<string, QaIssue[]>> {
  const glossary = await loadGlossary(db, lang);
  const others = await Promise.all(
    otherLanguages.map(async (code) => {
      const otherStates = await loadParagraphStates(db, documentId, code, positions);
      return [code, new Map(otherStates.map((state) => [state.id, state]))] as const;
    }),
  );
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
    issues.set(state.id, [...own, ...across]);
  });
  return issues;
}
