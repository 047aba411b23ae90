// The numbers check: every number of the source reappears in the translation, in the target
// language's formatting or written out, and the translation adds none of its own.
import { issue } from './issue';
import type { QaIssue } from './messages';
import { MULTIPLIERS, NUMBER_WORDS, TENS, type NumberWordKind } from './number-words';
import { arabicStems, baseLanguage, foldWord, wordsOf, type Word } from './text';
import type { QaInput } from './types';

/**
 * A number in a text. `values` are canonical decimal strings ("5000", "1.5"); digits whose
 * grouping is ambiguous ("5.000" is 5000 in German, 5 in English) carry both readings.
 */
export type NumberMention = {
  text: string;
  index: number;
  values: string[];
  kind: 'digits' | NumberWordKind;
};

const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
/** Group and decimal separators that may sit between digits. */
const DIGIT_RUN = new RegExp(`${DIGIT}+(?:[.,'\\u066B\\u066C\\u00A0\\u202F\\u2009\\u2007 ]${DIGIT}+)*`, 'g');
const SPACES = new Set([' ', '\u00A0', '\u202F', '\u2009', '\u2007']);
const GROUP_SEPARATORS = new Set([...SPACES, '.', ',', "'", '\u066C']);
const DECIMAL_SEPARATORS = new Set(['.', ',', '\u066B']);
/** Languages that write 1.5 as 1,5 and so read "5.000" as five thousand. */
const DECIMAL_COMMA = new Set(['de', 'fr', 'uk', 'ru', 'es', 'it', 'pt', 'pl', 'nl', 'cs', 'sk', 'sv', 'da', 'nb', 'fi', 'tr', 'ro', 'hu', 'bg', 'hr', 'sl', 'el', 'id']);

/** Arabic-Indic and Persian digits as ASCII; one UTF-16 unit each, so indices stay valid. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

function canonical(integer: string, fraction: string): string {
  const whole = integer.replace(/^0+(?=\d)/, '');
  const part = fraction.replace(/0+$/, '');
  return part ? `${whole}.${part}` : whole;
}

const sameSeparator = (a: string, b: string) => a === b || (SPACES.has(a) && SPACES.has(b));

/** Thousands grouping: 1–3 digits, then groups of exactly 3 with one kind of separator. */
function isGrouping(groups: string[], separators: string[]): boolean {
  return (
    groups[0].length <= 3 &&
    groups.slice(1).every((group) => group.length === 3) &&
    separators.every((separator) => GROUP_SEPARATORS.has(separator) && sameSeparator(separator, separators[0]))
  );
}

/** The readings of digit groups and the separators between them; none if they cannot be one number. */
function readings(groups: string[], separators: string[]): string[] {
  if (groups.length === 1) return [canonical(groups[0], '')];
  const values = new Set<string>();
  if (isGrouping(groups, separators)) values.add(canonical(groups.join(''), ''));
  const last = separators.at(-1)!;
  const integerGroups = groups.slice(0, -1);
  const integerSeparators = separators.slice(0, -1);
  if (
    DECIMAL_SEPARATORS.has(last) &&
    (integerGroups.length === 1 || (isGrouping(integerGroups, integerSeparators) && !integerSeparators.includes(last)))
  ) {
    values.add(canonical(integerGroups.join(''), groups.at(-1)!));
  }
  return [...values];
}

type DigitMention = NumberMention & { separator?: string };

function digitMentions(text: string): DigitMention[] {
  const ascii = asciiDigits(text);
  const mentions: DigitMention[] = [];
  for (const match of ascii.matchAll(DIGIT_RUN)) {
    const parts = match[0].split(/(\D)/);
    const groups = parts.filter((_, i) => i % 2 === 0);
    const separators = parts.filter((_, i) => i % 2 === 1);
    const offsets: number[] = [];
    let offset = match.index!;
    groups.forEach((group, i) => {
      offsets.push(offset);
      offset += group.length + (separators[i]?.length ?? 0);
    });
    // German writes the time 10.30 Uhr: hours and minutes, not a decimal.
    const clock = groups.length === 2 && groups[0].length <= 2 && groups[1].length === 2 && /^\s?Uhr\b/.test(ascii.slice(match.index! + match[0].length));
    // Cut at spaces that cannot group thousands: "2024 300" is two numbers, "5 000" one.
    let start = 0;
    const emit = (from: number, to: number) => {
      const pieceGroups = groups.slice(from, to);
      const pieceSeparators = separators.slice(from, to - 1);
      const values = clock ? [] : readings(pieceGroups, pieceSeparators);
      if (values.length) {
        const end = offsets[to - 1] + groups[to - 1].length;
        const ambiguous = values.length > 1 ? pieceSeparators.at(-1) : undefined;
        mentions.push({ text: text.slice(offsets[from], end), index: offsets[from], values, kind: 'digits', separator: ambiguous });
      } else {
        // "24.04.2025": not one number; its parts are.
        for (let i = from; i < to; i++) {
          mentions.push({ text: text.slice(offsets[i], offsets[i] + groups[i].length), index: offsets[i], values: [canonical(groups[i], '')], kind: 'digits' });
        }
      }
    };
    for (let i = 1; i < groups.length; i++) {
      const separator = separators[i - 1];
      const piece = { groups: groups.slice(start, i), separators: separators.slice(start, i - 1) };
      const canGroup = piece.groups[0].length <= 3 && piece.separators.every((s) => SPACES.has(s));
      if (SPACES.has(separator) && !(groups[i].length === 3 && canGroup)) {
        emit(start, i);
        start = i;
      }
    }
    emit(start, groups.length);
  }
  return mentions;
}

type Lookup = { value: number; kind: NumberWordKind; words: number };

function lookupWord(words: readonly Word[], i: number, lang: string): Lookup | undefined {
  const table = NUMBER_WORDS[lang];
  if (!table) return undefined;
  const folded = foldWord(words[i].text, lang);
  if (lang === 'ar') {
    // Arabic teens are two words: ثلاثة عشر = 13, أحد عشر = 11, اثنا عشر = 12.
    const next = words[i + 1] && foldWord(words[i + 1].text, lang);
    for (const { stem, article } of arabicStems(folded)) {
      const entry = table.get(stem);
      if (!entry) continue;
      if ((next === 'عشر' || next === 'عشرة') && entry.value >= 1 && entry.value <= 9 && entry.kind !== 'ordinal') {
        return { value: entry.value + 10, kind: 'cardinal', words: 2 };
      }
      return { value: entry.value, kind: article ? 'loose' : entry.kind, words: 1 };
    }
    return undefined;
  }
  const entry = table.get(folded) ?? (lang === 'fr' ? table.get(folded.replace(/^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|presqu)’/, '')) : undefined);
  return entry && { ...entry, words: 1 };
}

function isTens(word: Word | undefined, lang: string): boolean {
  if (!word) return false;
  const folded = foldWord(word.text, lang);
  return lang === 'ar' ? arabicStems(folded).some(({ stem }) => TENS.ar.has(stem)) : (TENS[lang]?.has(folded) ?? false);
}

function wordMentions(text: string, words: readonly Word[], lang: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  const joined = (a: Word, b: Word) => /^(?:[\s\u00A0\u202F]+|[-‐‑])$/.test(text.slice(a.end, b.index));
  const hyphenated = (a: Word, b: Word) => /^[-‐‑]$/.test(text.slice(a.end, b.index));
  for (let i = 0; i < words.length; i++) {
    const found = lookupWord(words, i, lang);
    if (!found) continue;
    const last = words[i + found.words - 1];
    const before = words[i - 1];
    const after = words[i + found.words];
    const partOfBigger =
      (before && joined(before, words[i]) && isTens(before, lang)) ||
      (after && joined(last, after) && isTens(after, lang)) ||
      // "dix-huit" is 18, not 10 and 8; "one-fifth" is a fraction and stays.
      (found.kind !== 'ordinal' &&
        ((before && hyphenated(before, words[i]) && lookupWord(words, i - 1, lang)?.kind === 'cardinal') ||
          (after && hyphenated(last, after) && lookupWord(words, i + found.words, lang)?.kind === 'cardinal')));
    if (!partOfBigger) {
      mentions.push({ text: text.slice(words[i].index, last.end), index: words[i].index, values: [String(found.value)], kind: found.kind });
    }
    i += found.words - 1;
  }
  return mentions;
}

/** "5 million", "5 Tausend", "5 آلاف": the number times the word after it. */
function applyMultipliers(text: string, mentions: NumberMention[], words: readonly Word[], lang: string): NumberMention[] {
  const factors = MULTIPLIERS[lang];
  if (!factors) return mentions;
  return mentions.map((mention) => {
    const end = mention.index + mention.text.length;
    const next = words[firstWordFrom(words, end)];
    if (!next || !/^[\s\u00A0\u202F]+$/.test(text.slice(end, next.index))) return mention;
    const factor = factors.get(foldWord(next.text, lang));
    if (!factor) return mention;
    const values = mention.values.map((value) => multiply(value, factor));
    return { ...mention, text: text.slice(mention.index, next.end), values };
  });
}

/** The index of the first word that starts at or after a position (words are in text order). */
function firstWordFrom(words: readonly Word[], position: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle].index < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

function multiply(value: string, factor: number): string {
  const product = Number(value) * factor;
  return Number.isSafeInteger(Math.round(product)) ? String(Math.round(product)) : value;
}

/**
 * English clock times: 10 p.m. is 22 in the 24-hour clock most languages print (22.30 Uhr,
 * 22 h 30), 12 a.m. is 0.
 */
function withTwentyFourHourClock(text: string, mentions: NumberMention[]): NumberMention[] {
  return mentions.map((mention) => {
    const hour = Number(mention.values[0]);
    if (mention.kind !== 'digits' || mention.values.length !== 1 || !Number.isInteger(hour) || hour < 1 || hour > 12) return mention;
    const after = text.slice(mention.index + mention.text.length, mention.index + mention.text.length + 10);
    const clock = /^(?::\d\d)?\s?([ap])\.?m\b/i.exec(after);
    if (!clock) return mention;
    const other = clock[1].toLowerCase() === 'p' ? (hour === 12 ? hour : hour + 12) : hour === 12 ? 0 : hour;
    return other === hour ? mention : { ...mention, values: [mention.values[0], String(other)] };
  });
}

/** Every number in a text: digits in any grouping, and small numbers written out. */
export function findNumbers(text: string, lang: string): readonly NumberMention[] {
  const code = baseLanguage(lang);
  const key = `${code}\u0000${text}`;
  let found = recentNumbers.get(key);
  if (!found) {
    const words = wordsOf(text, code);
    const mentions = [...digitMentions(text), ...wordMentions(text, words, code)].sort((a, b) => a.index - b.index);
    const multiplied = applyMultipliers(text, mentions, words, code);
    found = Object.freeze((code === 'en' ? withTwentyFourHourClock(text, multiplied) : multiplied).map(freezeMention));
    if (recentNumbers.size >= RECENT_NUMBERS) recentNumbers.clear();
    recentNumbers.set(key, found);
  }
  return found;
}

/**
 * The numbers of recent texts, frozen, since callers share them: on a workbench page each
 * English paragraph is read by its language's numbers check and again by the cross-language
 * check for every language, and each translation twice. Forgotten all at once when full.
 */
const RECENT_NUMBERS = 2000;
const recentNumbers = new Map<string, readonly NumberMention[]>();

function freezeMention(mention: NumberMention): NumberMention {
  Object.freeze(mention.values);
  return Object.freeze(mention);
}

/**
 * The values a source number may appear as in a translation. Digits whose grouping is
 * ambiguous mean one thing in their own language ("5,000" is 5000 in English); a clock time
 * may change to the 24-hour clock.
 */
function sourceValues(mention: NumberMention, lang: string): string[] {
  const separator = (mention as DigitMention).separator;
  if (mention.values.length === 1 || !separator) return mention.values;
  const groupsWithComma = !DECIMAL_COMMA.has(baseLanguage(lang));
  const grouped = mention.values.find((value) => !value.includes('.')) ?? mention.values[0];
  const decimal = mention.values.find((value) => value.includes('.')) ?? mention.values[0];
  return [(separator === ',') === groupsWithComma ? grouped : decimal];
}

export type SourceNumber = { text: string; value: string; written: boolean };
export type NumberComparison = {
  /** Source numbers the translation does not have, in source order, one per value. */
  missing: SourceNumber[];
  /** Numbers of the translation the source does not have, in order. */
  extra: NumberMention[];
  /** Every value the translation mentions, for comparing translations with each other. */
  present: Set<string>;
};

/**
 * Compares the numbers of a source and a translation. Written-out "one" and "two" in the source
 * are not required: English uses them in idioms and pronouns ("it takes two to tango", "one of
 * them") that a good translation renders without a numeral. Arabic counts one and two with the
 * noun itself (ساعة "an hour", ساعتان "two hours"), so 1 and 2 are not required there either.
 * A 1 in the translation is never an extra: English says it with "a"/"an".
 */
export function compareNumbers(source: string, target: string, targetLang: string, sourceLang = 'en'): NumberComparison {
  const sourceMentions = findNumbers(source, sourceLang);
  const targetMentions = findNumbers(target, targetLang);
  const arabic = baseLanguage(targetLang) === 'ar';
  const present = new Set(targetMentions.flatMap((mention) => mention.values));
  const allowed = new Set(['1', ...sourceMentions.flatMap((mention) => mention.values)]);

  const missing: SourceNumber[] = [];
  const seen = new Set<string>();
  for (const mention of sourceMentions) {
    const values = sourceValues(mention, sourceLang);
    const value = values[0];
    const small = value === '1' || value === '2';
    const required = mention.kind === 'digits' ? !(arabic && small) : mention.kind !== 'loose' && !small;
    if (!required || values.some((v) => present.has(v)) || seen.has(value)) continue;
    seen.add(value);
    missing.push({ text: mention.text, value, written: mention.kind !== 'digits' });
  }
  const extra = targetMentions.filter(
    (mention) => (mention.kind === 'digits' || mention.kind === 'cardinal') && !mention.values.some((value) => allowed.has(value)),
  );
  const extraValues = new Set<string>();
  const uniqueExtra = extra.filter((mention) => {
    const key = mention.values.join('|');
    if (extraValues.has(key)) return false;
    extraValues.add(key);
    return true;
  });
  return { missing, extra: uniqueExtra, present };
}

/** "215", or "eight (8)" for a number the source writes out: the source's words, and digits. */
export function showSourceNumber(number: SourceNumber): string {
  return number.written && number.text !== number.value ? `${number.text} (${number.value})` : number.text;
}

export function checkNumbers({ source, target, targetLang, sourceLang = 'en' }: QaInput): QaIssue[] {
  const { missing, extra } = compareNumbers(source, target, targetLang, sourceLang);
  const issues: QaIssue[] = [];
  const pairs = Math.min(missing.length, extra.length);
  for (let i = 0; i < pairs; i++) {
    issues.push(issue('numbers.replaced', { source: showSourceNumber(missing[i]), target: extra[i].text }));
  }
  for (const number of missing.slice(pairs)) {
    issues.push(issue('numbers.missing', { number: showSourceNumber(number) }));
  }
  for (const mention of extra.slice(pairs)) {
    issues.push(issue('numbers.added', { number: mention.text }));
  }
  return issues;
}
