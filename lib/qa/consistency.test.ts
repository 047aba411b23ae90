import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from './consistency';
import { english, LANGUAGES, PARAGRAPH_COUNT, sourceOf, translation } from './welt-seed.test-helper';

const messages = (result: Record<number, Array<{ message: string }>>) =>
  Object.fromEntries(Object.entries(result).filter(([, issues]) => issues.length).map(([position, issues]) => [position, issues.map((issue) => issue.message)]));

// English paragraph 14 of the article, three sentences, and its seeded German (paragraph 13).
const night = { position: 13, source: english(13).text, target: translation('de', 13) };
const repeat = 'Russia attacked Ukraine again overnight. Explosions were reported in several cities.';

describe('consistency', () => {
  it('warns on a later paragraph that translates a repeated sentence differently, naming the earlier one', () => {
    const result = checkConsistency({
      lang: 'de',
      paragraphs: [night, { position: 20, source: repeat, target: 'Russland hat die Ukraine in der Nacht wieder angegriffen. Aus mehreren Städten wurden Explosionen gemeldet.' }],
    });
    expect(result[13]).toEqual([]);
    expect(result[20]).toEqual([
      {
        check: 'consistency',
        severity: 'warning',
        code: 'consistency.differs',
        params: { paragraph: 13, sentence: 'Russia attacked Ukraine again overnight.', translation: 'Russland griff die Ukraine in der Nacht erneut an.' },
        message: 'Paragraph 13 has the same English (“Russia attacked Ukraine again overnight.”) and translates it as “Russland griff die Ukraine in der Nacht erneut an.”.',
      },
    ]);
  });

  it('is quiet when the repeated sentence reads the same, white space aside', () => {
    const target = 'Russland  griff die Ukraine in der Nacht erneut an.\nAus mehreren Städten wurden Explosionen gemeldet.';
    expect(messages(checkConsistency({ lang: 'de', paragraphs: [night, { position: 20, source: repeat, target }] }))).toEqual({});
  });

  it('says nothing when the sentences cannot be lined up', () => {
    // Two English sentences, one German: the translator joined them.
    const joined = 'Russland hat die Ukraine in der Nacht wieder angegriffen, aus mehreren Städten wurden Explosionen gemeldet.';
    expect(messages(checkConsistency({ lang: 'de', paragraphs: [night, { position: 20, source: repeat, target: joined }] }))).toEqual({});
  });

  it('compares whole translations of the same English paragraph (a repeated subheading), in Ukrainian too', () => {
    const heading = english(17).text; // "Trump spoke of an agreement on Wednesday"
    const result = checkConsistency({
      lang: 'uk',
      paragraphs: [
        { position: 17, source: heading, target: translation('uk', 17) },
        { position: 21, source: `${heading} `, target: 'У середу Трамп говорив про домовленість' },
        { position: 23, source: heading, target: translation('uk', 17) },
      ],
    });
    expect(messages(result)).toEqual({
      21: ['Paragraph 17 has the same English (“Trump spoke of an agreement on Wednesday”) and translates it as “У середу Трамп заявив про угоду”.'],
    });
  });

  it('names the first paragraph on every later repeat, and skips untranslated ones and one-word sentences', () => {
    const quote = 'Vladimir, STOP! 5,000 soldiers are dying every week.';
    const result = checkConsistency({
      lang: 'ar',
      paragraphs: [
        { position: 2, source: quote, target: '' },
        { position: 5, source: quote, target: 'فلاديمير، توقف! يموت 5000 جندي كل أسبوع.' },
        { position: 8, source: `Yes. ${quote}`, target: 'نعم. فلاديمير، كفى! يموت 5000 جندي كل أسبوع.' },
        // "Yes." is left out; the quote agrees with paragraph 5, the first to have it.
        { position: 9, source: `Yes. ${quote} Let's complete the peace agreement!`, target: 'أجل. فلاديمير، توقف! يموت 5000 جندي كل أسبوع. فلننجز اتفاق السلام!' },
      ],
    });
    expect(result[2]).toEqual([]);
    expect(result[9]).toEqual([]);
    expect(messages(result)).toEqual({
      8: ['Paragraph 5 has the same English (“Vladimir, STOP!”) and translates it as “فلاديمير، توقف!”.'],
    });
  });

  it('finds nothing to warn about in the seeded translations', () => {
    for (const lang of LANGUAGES) {
      const paragraphs = Array.from({ length: PARAGRAPH_COUNT }, (_, i) => i + 1).map((n) => ({ position: n, source: sourceOf(lang, n), target: translation(lang, n) }));
      expect(messages(checkConsistency({ lang, paragraphs }))).toEqual({});
    }
  });
});

describe('consistency over a long article', () => {
  // The rule as written first: each sentence searched for in every earlier paragraph, in order.
  // The check looks the first earlier one up instead; both must say the same on any article.
  function searchingEveryEarlier(paragraphs: Array<{ position: number; source: string; target: string }>) {
    const cut = (text: string, lang: string) =>
      Array.from(new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text), (segment) => segment.segment.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const result: Record<number, Array<{ paragraph: number; sentence: string; translation: string }>> = {};
    const aligned: Array<{ position: number; source: string; target: string; pairs: Array<[string, string]> | null }> = [];
    for (const paragraph of [...paragraphs].sort((a, b) => a.position - b.position)) {
      result[paragraph.position] = [];
      if (!paragraph.target.trim()) continue;
      const english = cut(paragraph.source, 'en');
      const german = cut(paragraph.target, 'de');
      const current = {
        position: paragraph.position,
        source: paragraph.source.replace(/\s+/g, ' ').trim(),
        target: paragraph.target.replace(/\s+/g, ' ').trim(),
        pairs: english.length === german.length ? english.map((sentence, i): [string, string] => [sentence, german[i]]) : null,
      };
      const reported = new Set<string>();
      const report = (earlier: number, sentence: string, translation: string) => {
        if (!reported.has(sentence)) result[paragraph.position].push({ paragraph: earlier, sentence, translation });
        reported.add(sentence);
      };
      const same = aligned.find((earlier) => earlier.source === current.source);
      if (same) {
        if (same.target !== current.target) report(same.position, current.source, same.target);
      } else {
        for (const [sentence, translated] of current.pairs ?? []) {
          if (sentence.split(' ').length < 2) continue;
          for (const earlier of aligned) {
            const match = earlier.pairs?.find(([other]) => other === sentence);
            if (!match) continue;
            if (match[1] !== translated) report(earlier.position, sentence, match[1]);
            break;
          }
        }
      }
      aligned.push(current);
    }
    return result;
  }

  it('finds what searching every earlier paragraph finds, on articles that repeat sentences (property)', () => {
    const english = ['Kyiv was attacked overnight.', 'The talks will go on.', 'Moscow denied it.', 'Yes.', 'Drones hit Odesa again.'];
    const german = ['Kiew wurde nachts angegriffen.', 'Kiew wurde in der Nacht angegriffen.', 'Die Gespräche gehen weiter.', 'Moskau bestritt es.', 'Ja.', 'Drohnen trafen erneut Odessa.'];
    const paragraph = fc.record({
      source: fc.array(fc.constantFrom(...english), { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(' ')),
      target: fc.array(fc.constantFrom(...german), { minLength: 0, maxLength: 3 }).map((sentences) => sentences.join(' ')),
    });
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 30 }), (drafts) => {
        const paragraphs = drafts.map((draft, i) => ({ position: i + 1, ...draft }));
        const found = checkConsistency({ lang: 'de', paragraphs });
        const params = Object.fromEntries(Object.entries(found).map(([position, issues]) => [position, issues.map((issue) => issue.params)]));
        expect(params).toEqual(searchingEveryEarlier(paragraphs));
      }),
      { numRuns: 300 },
    );
  });
});
