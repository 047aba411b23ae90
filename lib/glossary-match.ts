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

/** A term for an administrative area: "Luhansk region", "Kherson oblast". */
const AREA_TERM = /^(.+?)\s+(region|oblast|province)$/iu;
/** A list of capitalised names before the name: "the regions of Luhansk, Donetsk, Zaporizhia, and ". */
const NAME = "\\p{Lu}[\\p{L}'’-]*";
/** "region" or "Region": the names must keep their capitals, so the patterns are case-sensitive. */
const eitherCase = (word: string) => `(?:${word.toLowerCase()}|${word[0].toUpperCase()}${word.slice(1).toLowerCase()})`;
/** Compiled once per head word ("region", "oblast", "province"), not per paragraph and term. */
const listPatterns = new Map<string, { before: RegExp; after: RegExp }>();
function listPatternsOf(head: string) {
  let compiled = listPatterns.get(head);
  if (!compiled) {
    compiled = {
      before: new RegExp(`\\b${eitherCase(head)}s?\\s+of\\s+(?:the\\s+)?(?:${NAME}(?:\\s+${NAME})*\\s*,?\\s+(?:(?:and|or)\\s+)?)*$`, 'u'),
      after: new RegExp(`^(?:\\s*,?\\s+(?:(?:and|or)\\s+)?${NAME}(?:\\s+${NAME})*)*\\s+${eitherCase(head)}s\\b`, 'u'),
    };
    listPatterns.set(head, compiled);
  }
  return compiled;
}

/**
 * English names areas in lists: "the regions of Luhansk, Donetsk, Zaporizhia, and Kherson", "the
 * Donetsk and Luhansk regions", "the region of Kherson". For a term "<name> region" (or oblast,
 * province) each name of such a list counts as the term; the match covers the name only.
 */
function areaMatches(text: string, term: string): GlossaryMatch[] {
  const area = AREA_TERM.exec(term);
  if (!area) return [];
  const [, name, head] = area;
  const { before, after } = listPatternsOf(head.toLowerCase());
  return [...text.matchAll(pattern(name))]
    .filter((match) => {
      const start = match.index!;
      const end = start + match[0].length;
      // Only the list's own clause: the text before, back to the last sentence end.
      const clause = text.slice(0, start).split(/[.;:!?]\s/).pop()!;
      return before.test(clause) || after.test(text.slice(end));
    })
    .map((match) => ({ start: match.index!, end: match.index! + match[0].length, term }));
}

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
    candidates.push(...areaMatches(text, term));
  }
  // The longest match wins; on the same words the longer term ("Luhansk region" over "Luhansk").
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || b.term.length - a.term.length);
  const chosen: GlossaryMatch[] = [];
  for (const candidate of candidates) {
    if (chosen.every((other) => candidate.end <= other.start || candidate.start >= other.end)) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
