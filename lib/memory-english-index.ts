// The English of every source version, held in memory by the translation memory's thread
// (lib/server/memory/memory-thread-worker.ts), to find the texts most like a paragraph by the word
// score itself (lib/translation-memory.ts), exactly, in milliseconds at a year's archive.
//
// A database's text index can only rank by its own measure: at 30,000 paragraphs of news, every
// distinctive word of a paragraph is in thousands of texts, and bm25 both spent most of 50 ms
// ranking them and left a fifth of the best matches out (bench/misses.md). Here each text's words
// are numbers; the texts that share words with the paragraph are counted in one pass over the
// words' lists, which bounds each text's score (shared words over the longer text); texts are then
// scored best bound first, a second bound (the words in common in order, lib/lcs-length.ts) skips
// most diffs, and the scoring stops where no bound reaches the best scores found.
//
// Which of these texts have an approved translation, in which language, and whether it still
// stands is the database's to say: the index only ever grows, and a text whose paragraph was
// deleted stays in it without harm. Pure: no database, no thread.
import { lcsLength, lcsPattern } from './lcs-length';
import { englishWords, scoreOf } from './translation-memory';

export type EnglishText = { sourceVersionId: string; text: string };
export type ScoredText = { sourceVersionId: string; score: number };

export type BestTexts = {
  /** Best score first; among equal scores, the text added first. */
  texts: ScoredText[];
  /**
   * Every text that scores more than this is in `texts`: the last one's score when there were more
   * texts to give than were asked for, else one below the minimum asked.
   */
  complete: number;
};

/**
 * How many texts a suggestion asks the index for first. Enough nearly always: a text may have no
 * approved translation into the language, or be the paragraph's own; when the texts given do not
 * settle the answer (answerSettled), four times as many are asked, and so on.
 */
export const FIRST_TEXTS = 24;
export const MORE_TEXTS = 4;

/**
 * Whether `ranked`, the best `limit` suggestions (at least `min`) from the approved pairs of
 * `best`'s texts and any other candidates, is the answer over every text: every text left out
 * scores `best.complete` at most, so none of its pairs can enter.
 */
export function answerSettled(best: BestTexts, ranked: ReadonlyArray<{ score: number }>, { min, limit }: { min: number; limit: number }): boolean {
  return best.complete < min || limit <= 0 || (ranked.length >= limit && ranked[limit - 1].score > best.complete);
}

export class EnglishIndex {
  private readonly wordIds = new Map<string, number>();
  /** Each text's words, as word ids. */
  private readonly words: number[][] = [];
  private readonly sourceVersionIds: string[] = [];
  private readonly known = new Set<string>();
  /** For each word id, the texts that have it and how often: text, count, text, count, ... */
  private readonly postings: number[][] = [];
  /** Shared words per text during a search: kept between searches, zeroed after each. */
  private shared = new Int32Array(0);

  get size(): number {
    return this.words.length;
  }

  /** Adds the texts not in the index yet (by source version). */
  add(texts: Iterable<EnglishText>): void {
    for (const { sourceVersionId, text } of texts) {
      if (this.known.has(sourceVersionId)) continue;
      this.known.add(sourceVersionId);
      const textIndex = this.words.length;
      const ids = englishWords(text).map((word) => {
        let id = this.wordIds.get(word);
        if (id === undefined) {
          id = this.postings.length;
          this.wordIds.set(word, id);
          this.postings.push([]);
        }
        return id;
      });
      const counts = new Map<number, number>();
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      for (const [id, count] of counts) this.postings[id].push(textIndex, count);
      this.words.push(ids);
      this.sourceVersionIds.push(sourceVersionId);
    }
  }

  /**
   * The `count` texts that score best against `english`, each scoring at least `min` (above 0: a
   * text that shares no word with the paragraph scores 0 and is never looked at). None for a
   * paragraph without words.
   */
  best(english: string, { count, min }: { count: number; min: number }): BestTexts {
    const none = { texts: [], complete: min - 1 };
    let unknown = -1;
    // A word no text has gets a number of its own (negative), equal to nothing in the index.
    const query = englishWords(english).map((word) => this.wordIds.get(word) ?? unknown--);
    if (query.length === 0 || count <= 0) return none;
    const candidates = this.candidates(query, min);
    const pattern = lcsPattern(query);
    const top: Array<{ text: number; score: number }> = [];
    let bar = min;
    for (const { text, bound } of candidates) {
      if (bound < bar) break;
      const words = this.words[text];
      if (Math.floor((100 * lcsLength(pattern, words)) / Math.max(query.length, words.length)) < bar) continue;
      const score = scoreOf(query, words);
      if (score < bar) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1].score < score || (top[at - 1].score === score && top[at - 1].text > text))) at--;
      top.splice(at, 0, { text, score });
      if (top.length > count) top.pop();
      if (top.length === count) bar = Math.max(min, top[count - 1].score);
    }
    return {
      texts: top.map(({ text, score }) => ({ sourceVersionId: this.sourceVersionIds[text], score })),
      complete: top.length === count ? top[count - 1].score : min - 1,
    };
  }

  /**
   * The texts that could score `min` against `query` by the words they share (each word counted
   * as often as both have it, over the longer text's length), best bound first.
   */
  private candidates(query: number[], min: number): Array<{ text: number; bound: number }> {
    const queryCounts = new Map<number, number>();
    for (const id of query) if (id >= 0) queryCounts.set(id, (queryCounts.get(id) ?? 0) + 1);
    if (this.shared.length < this.words.length) this.shared = new Int32Array(Math.max(1024, this.words.length * 2));
    const shared = this.shared;
    const touched: number[] = [];
    for (const [id, inQuery] of queryCounts) {
      const list = this.postings[id];
      for (let i = 0; i < list.length; i += 2) {
        const text = list[i];
        if (shared[text] === 0) touched.push(text);
        shared[text] += Math.min(inQuery, list[i + 1]);
      }
    }
    const candidates: Array<{ text: number; bound: number }> = [];
    for (const text of touched) {
      const bound = Math.floor((100 * shared[text]) / Math.max(query.length, this.words[text].length));
      if (bound >= min) candidates.push({ text, bound });
      shared[text] = 0;
    }
    return candidates.sort((a, b) => b.bound - a.bound || a.text - b.text);
  }
}
