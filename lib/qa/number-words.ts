// Small numbers written out in words, per language, for the numbers checks: "eight" in the English
// source must come back as 8, "acht", "huit", "вісім" or "ثمانية" in the translation.
import { foldWord } from './text';

/**
 * - cardinal: a count ("acht", "вісьмох", "ثمانية"): required when in the source, an extra
 *   number when only the translation has it.
 * - ordinal: ordinals and fractions ("fifth", "Fünftel", "п’ятої", "خُمس"): required when in
 *   the source, never an extra, because many double as other words (German "achten" is "to
 *   respect", Ukrainian "другий" also means "other", Arabic "ثمن" also "price").
 * - loose: words that are only sometimes numbers (the articles "ein", "un", "one"; "both",
 *   "beide", "обидва"; French "neuf" is also "new"; Arabic "ست", "سبع" are also "lady", "lion"):
 *   they satisfy and allow a number, but are never required and never an extra.
 */
export type NumberWordKind = 'cardinal' | 'ordinal' | 'loose';
export type NumberWord = { value: number; kind: NumberWordKind };

type Table = Map<string, NumberWord>;

function table(lang: string, entries: Array<[NumberWordKind, number, string]>): Table {
  const map: Table = new Map();
  for (const [kind, value, words] of entries) {
    for (const word of words.split(/\s+/).filter(Boolean)) map.set(foldWord(word, lang), { value, kind });
  }
  return map;
}

/** Adjective endings, for ordinals written as stem + ending. */
const ending = (stems: string, endings: string) =>
  stems
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((stem) => endings.split(/\s+/).map((end) => stem + end))
    .join(' ');

const GERMAN_ORDINAL = 'e en er es em';
const UKRAINIAN_HARD = 'ий а е ого ої ому ім им ою у і их ими';
const UKRAINIAN_SOFT = 'ій я є ього ьої ьому ім ьою ю і іх іми';

const EN = table('en', [
  ['cardinal', 0, 'zero'],
  ['loose', 1, 'one first'],
  ['cardinal', 2, 'two'],
  ['loose', 2, 'both second half twice'],
  ['cardinal', 3, 'three'],
  ['cardinal', 4, 'four'],
  ['cardinal', 5, 'five'],
  ['cardinal', 6, 'six'],
  ['cardinal', 7, 'seven'],
  ['cardinal', 8, 'eight'],
  ['cardinal', 9, 'nine'],
  ['cardinal', 10, 'ten'],
  ['cardinal', 11, 'eleven'],
  ['cardinal', 12, 'twelve'],
  ['loose', 12, 'dozen'],
  ['ordinal', 3, 'third thirds'],
  ['ordinal', 4, 'fourth fourths'],
  ['ordinal', 5, 'fifth fifths'],
  ['ordinal', 6, 'sixth sixths'],
  ['ordinal', 7, 'seventh sevenths'],
  ['ordinal', 8, 'eighth eighths'],
  ['ordinal', 9, 'ninth ninths'],
  ['ordinal', 10, 'tenth tenths'],
  ['ordinal', 11, 'eleventh'],
  ['ordinal', 12, 'twelfth'],
]);

const DE = table('de', [
  ['cardinal', 0, 'null'],
  ['loose', 1, `eins ein eine einen einem einer eines ${ending('erst', GERMAN_ORDINAL)}`],
  ['cardinal', 2, 'zwei zwo zweier zweien'],
  ['loose', 2, 'beide beiden beider beides halb halbe halben hälfte'],
  ['ordinal', 2, ending('zweit', GERMAN_ORDINAL)],
  ['cardinal', 3, 'drei dreier dreien'],
  ['ordinal', 3, `${ending('dritt', GERMAN_ORDINAL)} drittel dritteln`],
  ['cardinal', 4, 'vier vieren'],
  ['ordinal', 4, `${ending('viert', GERMAN_ORDINAL)} viertel vierteln`],
  ['cardinal', 5, 'fünf fünfen'],
  ['ordinal', 5, `${ending('fünft', GERMAN_ORDINAL)} fünftel fünfteln`],
  ['cardinal', 6, 'sechs'],
  ['ordinal', 6, `${ending('sechst', GERMAN_ORDINAL)} sechstel sechsteln`],
  ['cardinal', 7, 'sieben'],
  ['ordinal', 7, `${ending('siebt', GERMAN_ORDINAL)} ${ending('siebent', GERMAN_ORDINAL)} siebtel siebteln`],
  ['cardinal', 8, 'acht'],
  ['ordinal', 8, `${ending('acht', GERMAN_ORDINAL)} achtel achteln`],
  ['cardinal', 9, 'neun'],
  ['ordinal', 9, `${ending('neunt', GERMAN_ORDINAL)} neuntel neunteln`],
  ['cardinal', 10, 'zehn'],
  ['ordinal', 10, `${ending('zehnt', GERMAN_ORDINAL)} zehntel zehnteln`],
  ['cardinal', 11, 'elf'],
  ['ordinal', 11, ending('elft', GERMAN_ORDINAL)],
  ['cardinal', 12, 'zwölf'],
  ['ordinal', 12, ending('zwölft', GERMAN_ORDINAL)],
  ['loose', 12, 'dutzend'],
]);

const FR = table('fr', [
  ['cardinal', 0, 'zéro'],
  ['loose', 1, 'un une premier première premiers premières'],
  ['cardinal', 2, 'deux'],
  ['loose', 2, 'second seconde seconds secondes moitié'],
  ['ordinal', 2, 'deuxième deuxièmes'],
  ['cardinal', 3, 'trois'],
  ['ordinal', 3, 'troisième troisièmes tiers'],
  ['cardinal', 4, 'quatre'],
  ['ordinal', 4, 'quatrième quatrièmes quart quarts'],
  ['cardinal', 5, 'cinq'],
  ['ordinal', 5, 'cinquième cinquièmes'],
  ['cardinal', 6, 'six'],
  ['ordinal', 6, 'sixième sixièmes'],
  ['cardinal', 7, 'sept'],
  ['ordinal', 7, 'septième septièmes'],
  ['cardinal', 8, 'huit'],
  ['ordinal', 8, 'huitième huitièmes'],
  ['loose', 9, 'neuf'],
  ['ordinal', 9, 'neuvième neuvièmes'],
  ['cardinal', 10, 'dix'],
  ['loose', 10, 'dizaine dizaines'],
  ['ordinal', 10, 'dixième dixièmes'],
  ['cardinal', 11, 'onze'],
  ['ordinal', 11, 'onzième onzièmes'],
  ['cardinal', 12, 'douze'],
  ['loose', 12, 'douzaine douzaines'],
  ['ordinal', 12, 'douzième douzièmes'],
]);

const UK = table('uk', [
  ['cardinal', 0, 'нуль нуля нулю нулем нулі'],
  ['loose', 1, 'один одна одне одно одного одної однієї одному одній одним одною однією одні одних одними'],
  ['loose', 1, ending('перш', UKRAINIAN_HARD)],
  ['cardinal', 2, 'два дві двох двом двома двоє'],
  ['loose', 2, 'обидва обидві обох обом обома обидвох обидвом обидвома половина половини половину'],
  ['loose', 2, ending('друг', UKRAINIAN_HARD)],
  ['cardinal', 3, 'три трьох трьом трьома троє'],
  ['ordinal', 3, `${ending('трет', UKRAINIAN_SOFT)} третина третини третину третиною`],
  ['cardinal', 4, 'чотири чотирьох чотирьом чотирма четверо'],
  ['ordinal', 4, `${ending('четверт', UKRAINIAN_HARD)} чверть чверті`],
  ['cardinal', 5, 'п’ять п’яти п’ятьох п’ятьом п’ятьма п’ятьома п’ятеро'],
  ['ordinal', 5, ending('п’ят', UKRAINIAN_HARD)],
  ['cardinal', 6, 'шість шести шістьох шістьом шістьма шістьома шестеро шістьох'],
  ['ordinal', 6, ending('шост', UKRAINIAN_HARD)],
  ['cardinal', 7, 'сім семи сімох сімом сьома сімома семеро'],
  ['ordinal', 7, ending('сьом', UKRAINIAN_HARD)],
  ['cardinal', 8, 'вісім восьми вісьмох восьмох вісьмом восьмом вісьма вісьмома восьмеро'],
  ['ordinal', 8, ending('восьм', UKRAINIAN_HARD)],
  ['cardinal', 9, 'дев’ять дев’яти дев’ятьох дев’ятьом дев’ятьма дев’ятьома дев’ятеро'],
  ['ordinal', 9, ending('дев’ят', UKRAINIAN_HARD)],
  ['cardinal', 10, 'десять десяти десятьох десятьом десятьма десятьома десятеро'],
  ['loose', 10, 'десяток десятка'],
  ['ordinal', 10, ending('десят', UKRAINIAN_HARD)],
  ['cardinal', 11, 'одинадцять одинадцяти одинадцятьох одинадцятьом одинадцятьма одинадцятьома'],
  ['ordinal', 11, ending('одинадцят', UKRAINIAN_HARD)],
  ['cardinal', 12, 'дванадцять дванадцяти дванадцятьох дванадцятьом дванадцятьма дванадцятьома'],
  ['ordinal', 12, ending('дванадцят', UKRAINIAN_HARD)],
  ['loose', 12, 'дюжина дюжини'],
]);

const AR = table('ar', [
  ['loose', 0, 'صفر'],
  ['loose', 1, 'واحد واحدة واحدا أحد إحدى الأول الأولى أول'],
  ['cardinal', 2, 'اثنان اثنين اثنتان اثنتين'],
  ['loose', 2, 'اثنا اثني اثنتا اثنتي كلا كلتا كليهما كلتيهما نصف ثان ثاني ثانية'],
  ['cardinal', 3, 'ثلاث ثلاثة'],
  ['ordinal', 3, 'ثالث ثالثة ثلث'],
  ['cardinal', 4, 'أربع أربعة'],
  ['ordinal', 4, 'رابع رابعة ربع'],
  ['cardinal', 5, 'خمسة'],
  ['loose', 5, 'خمس'],
  ['ordinal', 5, 'خامس خامسة'],
  ['cardinal', 6, 'ستة'],
  ['loose', 6, 'ست'],
  ['ordinal', 6, 'سادس سادسة سدس'],
  ['cardinal', 7, 'سبعة'],
  ['loose', 7, 'سبع'],
  ['ordinal', 7, 'سابع سابعة'],
  ['cardinal', 8, 'ثمانية ثماني'],
  ['loose', 8, 'ثمان'],
  ['ordinal', 8, 'ثامن ثامنة ثمن'],
  ['cardinal', 9, 'تسعة'],
  ['loose', 9, 'تسع'],
  ['ordinal', 9, 'تاسع تاسعة'],
  ['cardinal', 10, 'عشرة'],
  ['loose', 10, 'عشر'],
  ['ordinal', 10, 'عاشر عاشرة'],
]);

export const NUMBER_WORDS: Record<string, Table> = { en: EN, de: DE, fr: FR, uk: UK, ar: AR };

const words = (lang: string, list: string) => new Set(list.split(/\s+/).filter(Boolean).map((word) => foldWord(word, lang)));

/**
 * Tens and hundreds: a small number next to one is part of a bigger number ("twenty-five",
 * "vingt-cinq", "двадцять п’ять", "خمسة وعشرون"), not a count of its own.
 */
export const TENS: Record<string, Set<string>> = {
  en: words('en', 'twenty thirty forty fifty sixty seventy eighty ninety'),
  de: words('de', 'zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig'),
  fr: words('fr', 'vingt vingts trente quarante cinquante soixante'),
  uk: words(
    'uk',
    'двадцять двадцяти тридцять тридцяти сорок сорока п’ятдесят п’ятдесяти шістдесят шістдесяти сімдесят сімдесяти вісімдесят вісімдесяти дев’яносто сто ста двісті триста чотириста п’ятсот шістсот сімсот вісімсот дев’ятсот',
  ),
  ar: words('ar', 'عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين تسعون تسعين'),
};

/** Words that multiply the number before them: "5 million", "5 Tausend", "5 آلاف" = 5,000. */
export const MULTIPLIERS: Record<string, Map<string, number>> = {
  en: multipliers('en', [
    [100, 'hundred hundreds'],
    [1e3, 'thousand thousands'],
    [1e6, 'million millions'],
    [1e9, 'billion billions bn'],
  ]),
  de: multipliers('de', [
    [100, 'hundert'],
    [1e3, 'tausend'],
    [1e6, 'million millionen mio'],
    [1e9, 'milliarde milliarden mrd'],
    [1e12, 'billion billionen'],
  ]),
  fr: multipliers('fr', [
    [100, 'cent cents'],
    [1e3, 'mille'],
    [1e6, 'million millions'],
    [1e9, 'milliard milliards'],
    [1e12, 'billion billions'],
  ]),
  uk: multipliers('uk', [
    [1e3, 'тисяча тисячі тисяч тисячу тисячею тисячами тис'],
    [1e6, 'мільйон мільйона мільйони мільйонів мільйонами млн'],
    [1e9, 'мільярд мільярда мільярди мільярдів мільярдами млрд'],
  ]),
  ar: multipliers('ar', [
    [100, 'مئة مائة'],
    [1e3, 'ألف آلاف ألفا'],
    [1e6, 'مليون ملايين مليونا'],
    [1e9, 'مليار مليارات'],
  ]),
};

function multipliers(lang: string, entries: Array<[number, string]>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [factor, list] of entries) for (const word of words(lang, list)) map.set(word, factor);
  return map;
}
