// fast-check arbitraries for news text in the languages Redline serves and the ones it meets:
// German, French, Ukrainian, Arabic, Chinese and emoji, with the white space, punctuation and
// line breaks that editing changes. Shared by the diff, tokenizer and merge properties.
import fc from 'fast-check';

const words = [
  // German
  'Bürgermeister', 'A.Bürgermeister', 'Straße', 'Ergänzung', 'eins', 'Wettlauf', 'Kremlsprecher', 'Trump-Regierung', 'z.B.', 'Ölpreis',
  // French
  'l’Élysée', "aujourd'hui", 'été', 'Œuvre', 'ça', 'c’est',
  // Ukrainian
  'Київ', 'дев’ять', "м'ясо", 'Їжак', 'ґанок', 'КИЇВ',
  // Arabic (with short vowels, tatweel, Arabic-Indic digits)
  'قال', 'ترامب', 'الحرب', 'بأكمله', 'مُحَمَّد', 'كبيــر', '٢٠٢٥',
  // Chinese
  '特朗普', '普京', '让步', '北京', '中',
  // numbers, combining marks
  '3', '215', '1.000', '3,5', '24.04.2025', 'e\u0301te\u0301', 'ﬁnal',
];
const emoji = ['👍', '👍🏽', '👨‍👩‍👧', '🇺🇦', '🇩🇪', '1️⃣', '❤️', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', '🤝'];
const spaces = [' ', ' ', ' ', '  ', '\t', '\u00A0', '\n', '\n\n', '\r\n', ' \u00A0 ', '\u2009', '\u3000', '\u200B'];
const punctuation = ['.', ',', '!', '?', '…', '«', '»', '„', '“', '”', '’', "'", '-', '—', '–', '(', ')', ':', ';', '。', '，', '、', '؟', '،', '"', '/'];

/** One piece of text: mostly words and spaces, as news copy is. */
export const fragment = fc.oneof(
  { arbitrary: fc.constantFrom(...words), weight: 6 },
  { arbitrary: fc.constantFrom(...spaces), weight: 5 },
  { arbitrary: fc.constantFrom(...punctuation), weight: 3 },
  { arbitrary: fc.constantFrom(...emoji), weight: 1 },
);

export const fragments = fc.array(fragment, { maxLength: 40 });

export const newsText = fragments.map((pieces) => pieces.join(''));

type Edit = { at: number; remove: number; insert: string[] };

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 3 }),
  insert: fc.array(fragment, { maxLength: 3 }),
});

export function applyEdits(pieces: string[], edits: Edit[]): string[] {
  const result = [...pieces];
  for (const { at, remove, insert } of edits) result.splice(result.length ? at % (result.length + 1) : 0, remove, ...insert);
  return result;
}

/** A text and an edit of it: words, spaces, punctuation and line breaks inserted, removed, replaced. */
export const editedText = fc
  .tuple(fragments, fc.array(edit, { minLength: 1, maxLength: 5 }))
  .map(([pieces, edits]) => ({ before: pieces.join(''), after: applyEdits(pieces, edits).join('') }));

/** Two texts: an edit of one, or two unrelated ones. */
export const textPair = fc.oneof(
  { arbitrary: editedText, weight: 4 },
  { arbitrary: fc.tuple(newsText, newsText).map(([before, after]) => ({ before, after })), weight: 1 },
);

/** Any string at all, lone surrogates and control characters included. */
export const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.nat({ max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 40 }),
);
