// Finds glossary terms in English text, to underline them in the source and to know which terms
// a paragraph's translation must use. Pure; whole words, any case, "Zelensky's" counts.

export type GlossaryMatch = { start: number; end: number; term: string };

const LETTER = '[\\p{L}\\p{M}\\p{N}]';
/** What may follow a term inside the same word: a possessive or a simple plural. */
const SUFFIX = "(?:['’]s|s['’]|['’]|es|s)?";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A term as a pattern: its words with any white space between them. Compiled once per term and
 * kept: a workbench page looks for every glossary term in every paragraph several times.
 * Sharing a global RegExp is safe here because matchAll works on a copy (its lastIndex).
 */
function pattern(term: string): RegExp {
  let compiled = patterns.get(term);
  if (!compiled) {
    const words = term.trim().split(/\s+/).map(escape).join('\\s+');
    compiled = new RegExp(`(?<!${LETTER})${words}(?=${SUFFIX}(?!${LETTER}))`, 'giu');
    if (patterns.size >= 5000) patterns.clear();
    patterns.set(term, compiled);
  }
  return compiled;
}

const patterns = new Map<string, RegExp>();

/**
 * Where the terms occur, in text order, not overlapping. The longest match wins where matches
 * overlap ("Ukrainian Air Force" over "Air Force"). `end` is the end of the term itself, before
 * a possessive: the underline covers "Putin" in "Putin's". `term` is the glossary's spelling.
 */
export function findGlossaryTerms(text: string, terms: Array<{ source: string }>): GlossaryMatch[] {
  const candidates: GlossaryMatch[] = [];
  const seen = new Set<string>();
  for (const { source } of terms) {
    const term = String(source ?? '').trim();
    if (!term || !/[\p{L}\p{N}]/u.test(term) || seen.has(term.toLowerCase())) continue;
    seen.add(term.toLowerCase());
    for (const match of text.matchAll(pattern(term))) {
      candidates.push({ start: match.index!, end: match.index! + match[0].length, term });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: GlossaryMatch[] = [];
  for (const candidate of candidates) {
    if (chosen.every((other) => candidate.end <= other.start || candidate.start >= other.end)) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
