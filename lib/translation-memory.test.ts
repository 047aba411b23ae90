import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryCorpus, partlyOverlapping, seededRandom } from '../tests/support/memory-corpus';
import { fuzzyMatchScore, rankSuggestions } from './translation-memory';

const history = JSON.parse(readFileSync(new URL('../seeds/welt-2025-04-24.history.json', import.meta.url), 'utf8')) as {
  sourceUpdates: Array<{ before: string }>;
};
const before = history.sourceUpdates[0].before;
const after =
  'Mayor Vitali Klitschko wrote on Telegram that residential buildings and cars in several districts in Kyiv had been hit and caught fire. A residential building was destroyed, and people were under the rubble. The injured, including six children, were taken to hospitals.';

describe('fuzzyMatchScore', () => {
  it('is 100 for the same words, whatever the case and punctuation', () => {
    expect(fuzzyMatchScore(before, before)).toBe(100);
    expect(fuzzyMatchScore('Vladimir, STOP!', 'vladimir stop')).toBe(100);
    expect(fuzzyMatchScore('', '')).toBe(100);
  });

  it('counts a replaced word as one edit', () => {
    // 10 words, 1 replaced: 90.
    expect(fuzzyMatchScore('In total, Ukraine registered attacks with 215 drones and missiles today.', 'In total, Ukraine registered attacks with 251 drones and missiles today.')).toBe(90);
    expect(fuzzyMatchScore('Trump writes', 'Trump wrote')).toBe(50);
  });

  it('scores the updated paragraph 14 against its earlier version', () => {
    // 8 words added ("and cars", "and caught fire", "including six children"), 42 in all: 100 × (1 − 8/42) = 80.9.
    expect(fuzzyMatchScore(before, after)).toBe(80);
    expect(fuzzyMatchScore(after, before)).toBe(80);
  });

  it('is 0 for unrelated texts and never below', () => {
    expect(fuzzyMatchScore('Russia attacked Ukraine again overnight.', 'Vladimir, STOP!')).toBe(0);
    expect(fuzzyMatchScore('a b c x', 'x d e f')).toBe(0);
    expect(fuzzyMatchScore('', 'Kyiv')).toBe(0);
  });
});

describe('rankSuggestions', () => {
  const memory = [
    { source: 'Trump spoke of an agreement on Wednesday', target: 'Trump sprach am Mittwoch von einer Einigung' },
    { source: before, target: 'Bürgermeister Vitali Klitschko schrieb auf Telegram …' },
    { source: 'US Increases Pressure on Ukraine', target: 'USA erhöhen den Druck auf die Ukraine' },
    { source: 'Trump spoke of an agreement on Thursday', target: 'Trump sprach am Donnerstag von einer Einigung' },
  ];

  it('returns the close matches, best first, with their score and fields', () => {
    expect(rankSuggestions('Trump spoke of a deal on Wednesday', memory)).toEqual([
      { ...memory[0], score: 71 },
      { ...memory[3], score: 57 },
    ]);
    expect(rankSuggestions(after, memory)).toEqual([{ ...memory[1], score: 80 }]);
  });

  it('honours min and limit, and keeps the given order for equal scores', () => {
    expect(rankSuggestions('Trump spoke of an agreement on Friday', memory, { min: 0, limit: 2 }).map((s) => s.target)).toEqual([
      memory[0].target,
      memory[3].target,
    ]);
    expect(rankSuggestions('Trump spoke of an agreement on Friday', memory, { min: 90 })).toEqual([]);
    expect(rankSuggestions('anything', [], {})).toEqual([]);
  });
});

describe('rankSuggestions skips what cannot make the results', () => {
  /** Scoring every candidate (`scores`, by position): what rankSuggestions must answer. */
  const everyCandidate = <T extends { source: string }>(candidates: T[], scores: number[], min: number, limit: number) =>
    candidates
      .map((candidate, order) => ({ candidate: { ...candidate, score: scores[order] }, order }))
      .filter(({ candidate }) => candidate.score >= min)
      .sort((a, b) => b.candidate.score - a.candidate.score || a.order - b.order)
      .slice(0, limit)
      .map(({ candidate }) => candidate);

  it('answers what scoring every candidate answers, ties and duplicates included', () => {
    const corpus = memoryCorpus(120, 77);
    const random = seededRandom(5);
    const candidates = [...corpus, ...corpus.slice(0, 20)].map((source, index) => ({ source, id: index }));
    for (let i = 0; i < 12; i++) {
      const query = i % 4 === 0 ? corpus[i] : partlyOverlapping(corpus[Math.floor(random.next() * corpus.length)], random);
      const scores = candidates.map((candidate) => fuzzyMatchScore(query, candidate.source));
      for (const [min, limit] of [[50, 3], [0, 5], [80, 1], [50, 0]]) {
        expect(rankSuggestions(query, candidates, { min, limit }), `${query} ${min} ${limit}`).toEqual(everyCandidate(candidates, scores, min, limit));
      }
    }
  });

  it('empty texts score 100 against each other', () => {
    expect(rankSuggestions('—', [{ source: 'Kyiv' }, { source: '***' }], { min: 50 })).toEqual([{ source: '***', score: 100 }]);
  });
});
