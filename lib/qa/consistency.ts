// The consistency check: a sentence the English article repeats (a quote cited twice, a
// recurring formula) should read the same in the translation every time. It needs the whole
// article, so it runs over one language's paragraphs at once, like the cross-language check.
//
// The rule: for a later paragraph whose English repeats an earlier one,
// - when the two English paragraphs are the same (after white space is normalised), their whole
//   translations must be the same;
// - otherwise both English paragraphs and both translations are cut into sentences
//   (Intl.Segmenter), and a repeated English sentence is compared with the translation's sentence
//   at the same place, only where each translation has as many sentences as its English (else
//   the sentences cannot be lined up and nothing is said).
// The warning goes on the later paragraph and names the first earlier one that translates the
// sentence differently. Sentences of fewer than two words ("Yes.") are left out: their
// translation rightly depends on what they answer.
import { issue } from './issue';
import type { QaIssue } from './messages';
import { baseLanguage, wordsOf } from './text';

export type ConsistencyParagraph = { position: number; source: string; target: string };

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One segmenter per language: making one costs more than cutting a paragraph with it. */
const segmenters = new Map<string, Intl.Segmenter>();

function sentences(text: string, lang: string): string[] {
  const code = baseLanguage(lang) || 'en';
  let segmenter = segmenters.get(code);
  if (!segmenter) segmenters.set(code, (segmenter = new Intl.Segmenter(code, { granularity: 'sentence' })));
  return Array.from(segmenter.segment(text), (segment) => normalize(segment.segment)).filter(Boolean);
}

type Aligned = { position: number; whole: { source: string; target: string }; pairs: Array<{ source: string; target: string }> | null };

function align({ position, source, target }: ConsistencyParagraph, lang: string, sourceLang: string): Aligned {
  const englishSentences = sentences(source, sourceLang);
  const targetSentences = sentences(target, lang);
  const pairs = englishSentences.length === targetSentences.length ? englishSentences.map((sentence, i) => ({ source: sentence, target: targetSentences[i] })) : null;
  return { position, whole: { source: normalize(source), target: normalize(target) }, pairs };
}

/**
 * Issues by paragraph position; every position of `paragraphs` is in the result. Untranslated
 * paragraphs (an empty target) are skipped; the caller leaves out outdated ones, which translate
 * another English.
 */
export function checkConsistency({ paragraphs, lang, sourceLang = 'en' }: { paragraphs: ConsistencyParagraph[]; lang: string; sourceLang?: string }): Record<number, QaIssue[]> {
  const result: Record<number, QaIssue[]> = {};
  const check = consistencyChecker({ lang, sourceLang });
  for (const paragraph of [...paragraphs].sort((a, b) => a.position - b.position)) result[paragraph.position] = check(paragraph);
  return result;
}

/**
 * The same check a paragraph at a time, for a caller that lets other work in between (a long
 * article's sentences take 130 to 160 ms to segment): give it the paragraphs in the order of
 * their positions; it answers each one's issues against those given before.
 */
export function consistencyChecker({ lang, sourceLang = 'en' }: { lang: string; sourceLang?: string }): (paragraph: ConsistencyParagraph) => QaIssue[] {
  // The first earlier paragraph with each whole English, and with each English sentence (its
  // first pair of that sentence): looked up, not searched for, so a 2,000-paragraph review queue
  // is checked in linear time (searching every earlier paragraph took 200 to 300 ms).
  const firstWhole = new Map<string, Aligned>();
  const firstSentence = new Map<string, { position: number; target: string }>();
  return (paragraph) => {
    const issues: QaIssue[] = [];
    if (typeof paragraph.source !== 'string' || typeof paragraph.target !== 'string' || !paragraph.target.trim()) return issues;
    const current = align(paragraph, lang, sourceLang);
    const reported = new Set<string>();
    const report = (earlier: number, sentence: string, translation: string) => {
      if (reported.has(sentence)) return;
      reported.add(sentence);
      issues.push(issue('consistency.differs', { paragraph: earlier, sentence, translation }));
    };

    const sameParagraph = firstWhole.get(current.whole.source);
    if (sameParagraph) {
      if (sameParagraph.whole.target !== current.whole.target) report(sameParagraph.position, current.whole.source, sameParagraph.whole.target);
    } else if (current.pairs) {
      for (const pair of current.pairs) {
        if (wordsOf(pair.source, sourceLang).length < 2) continue;
        const match = firstSentence.get(pair.source);
        if (match && match.target !== pair.target) report(match.position, pair.source, match.target);
      }
    }
    if (!firstWhole.has(current.whole.source)) firstWhole.set(current.whole.source, current);
    for (const pair of current.pairs ?? []) {
      if (!firstSentence.has(pair.source)) firstSentence.set(pair.source, { position: current.position, target: pair.target });
    }
    return issues;
  };
}
