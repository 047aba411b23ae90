// The tokens that diffs, word counts and merges work on, cut by our own rules instead of
// Intl.Segmenter: Node's ICU and the browser's disagree ("A.Bürgermeister" is one word in one and
// three in the other), and a page rendered on the server must hydrate to the same diff in every
// browser. Pure, linear, and lossless: the tokens of a text join back into the text.

/** Scripts written without spaces between words: each character (with its marks) is a token. */
const UNSPACED = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}`;
const LETTER_OR_DIGIT = String.raw`(?:(?![${UNSPACED}])[\p{L}\p{N}])`;
/** What continues a word: letters, digits, combining marks, connectors, zero-width (non-)joiners. */
const WORD_PART = String.raw`(?:(?![${UNSPACED}])[\p{L}\p{N}\p{M}\p{Pc}\u200C\u200D])`;
/**
 * Inside a word: an apostrophe (дев’ять, aujourd'hui) or a hyphen (Trump-Regierung) between
 * letters, and a point or comma between digits (1.000, 3,5).
 */
const JOINER = String.raw`(?:['’‘ʼ\u2010\u2011-]|(?<=\p{N})[.,](?=\p{N}))`;
const EMOJI_TAIL = String.raw`[\p{M}\p{Emoji_Modifier}\u{E0020}-\u{E007F}]*`;

const TOKEN = new RegExp(
  [
    String.raw`(?<keycap>[#*0-9]\uFE0F?\u20E3)`,
    String.raw`(?<unspaced>[${UNSPACED}]\p{M}*)`,
    String.raw`(?<word>${LETTER_OR_DIGIT}${WORD_PART}*(?:${JOINER}${LETTER_OR_DIGIT}${WORD_PART}*)*)`,
    String.raw`(?<space>\s+)`,
    String.raw`(?<flag>\p{Regional_Indicator}{2})`,
    String.raw`(?<emoji>\p{Extended_Pictographic}${EMOJI_TAIL}(?:\u200D\p{Extended_Pictographic}${EMOJI_TAIL})*)`,
    // Anything else is a token of its own, with the marks that follow it. With the u flag `.`
    // takes a whole surrogate pair (or a lone surrogate), never half a character.
    String.raw`(?<other>[^]\p{M}*)`,
  ].join('|'),
  'uy',
);

/** The tokens of a text, in order; joined they give the text back exactly. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const match = TOKEN.exec(text);
    // Cannot happen (the last alternative takes any character); guards against an endless loop.
    if (!match) throw new Error(`No token at ${TOKEN.lastIndex}`);
    tokens.push(match[0]);
  }
  return tokens;
}

const WORD_LIKE = new RegExp(String.raw`^(?:[${UNSPACED}]|[\p{L}\p{N}](?!\uFE0F?\u20E3))`, 'u');

/** Whether a token is a word (letters or digits), as opposed to space, punctuation or emoji. */
export function isWordToken(token: string): boolean {
  return WORD_LIKE.test(token);
}

/** The number of words in a text, counted the same way in every runtime. */
export function countWords(text: string): number {
  let words = 0;
  for (const token of tokenize(text)) if (isWordToken(token)) words += 1;
  return words;
}
