// The dates check: the weekdays and months of the source reappear in the translation, and the
// translation names no other day or month.
import { issue } from './issue';
import type { QaIssue } from './messages';
import { arabicStems, baseLanguage, foldWord, wordsOf, type Word } from './text';
import type { QaInput } from './types';

const ENGLISH_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Names = { exact: Map<string, number>; display: string[]; prefixes?: Array<[string, number]>; except?: Set<string> };

function names(lang: string, lists: string[], options: { prefixes?: boolean; except?: string } = {}): Names {
  const exact = new Map<string, number>();
  const prefixes: Array<[string, number]> = [];
  lists.forEach((list, index) => {
    for (const name of list.split(/\s+/).filter(Boolean)) {
      exact.set(foldWord(name, lang), index);
      if (options.prefixes) prefixes.push([foldWord(name, lang), index]);
    }
  });
  const except = new Set((options.except ?? '').split(/\s+/).filter(Boolean).map((word) => foldWord(word, lang)));
  const display = lists.map((list) => list.split(/\s+/)[0]);
  return { exact, display, prefixes: options.prefixes ? prefixes : undefined, except };
}

/** Weekdays, Monday first, with the inflected forms a translation uses. */
const DAYS: Record<string, Names> = {
  en: names('en', ENGLISH_DAYS.map((day) => `${day} ${day}s`)),
  // German compounds the day: Donnerstagnacht, donnerstags. "Montage" is an assembly, not Mondays.
  de: names('de', ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag Sonnabend', 'Sonntag'], {
    prefixes: true,
    except: 'Montage Montagen',
  }),
  fr: names('fr', ['lundi lundis', 'mardi mardis', 'mercredi mercredis', 'jeudi jeudis', 'vendredi vendredis', 'samedi samedis', 'dimanche dimanches']),
  uk: names('uk', [
    'понеділок понеділка понеділку понеділком',
    'вівторок вівторка вівторку вівторком',
    'середа середи середу середою',
    'четвер четверга четвергу четвергом',
    'п’ятниця п’ятниці п’ятницю п’ятницею',
    'субота суботи суботу суботою суботі',
    'неділя неділі неділю неділею',
  ]),
  // With the article: أحد alone is "one", اثنين alone "two".
  ar: names('ar', ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد']),
};

/** Months, January first. Arabic has the Egyptian and the Levantine names (أبريل/نيسان). */
const MONTHS: Record<string, Names> = {
  en: names('en', ENGLISH_MONTHS),
  de: names('de', ['Januar Jänner Januars', 'Februar Feber Februars', 'März', 'April Aprils', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']),
  fr: names('fr', ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']),
  uk: names('uk', [
    'січень січня січні січнем',
    'лютий лютого лютому',
    'березень березня березні',
    'квітень квітня квітні',
    'травень травня травні',
    'червень червня червні',
    'липень липня липні',
    'серпень серпня серпні',
    'вересень вересня вересні',
    'жовтень жовтня жовтні',
    'листопад листопада листопаді',
    'грудень грудня грудні',
  ]),
  ar: names('ar', [
    'يناير',
    'فبراير شباط',
    'مارس آذار',
    'أبريل إبريل نيسان أفريل',
    'مايو أيار ماي',
    'يونيو حزيران جوان',
    'يوليو تموز جويلية',
    'أغسطس آب أوت',
    'سبتمبر أيلول',
    'أكتوبر',
    'نوفمبر',
    'ديسمبر',
  ]),
};

/** Two-word Levantine months: كانون الثاني = January, تشرين الأول = October. */
const ARABIC_TWO_WORD_MONTHS = new Map([
  ['كانون الثاني', 0],
  ['تشرين الاول', 9],
  ['تشرين الثاني', 10],
  ['كانون الاول', 11],
]);

/**
 * Names that are also ordinary words count when the source has them, but a translation that has
 * them and a source that does not is no evidence of a wrong date: German "August" is a first
 * name, Ukrainian "лютий" means "fierce", Arabic "مارس" "he practised", "آب" is also a name,
 * and الاثنين is also "the two" unless يوم ("day") comes before it.
 */
const AMBIGUOUS: Record<string, Set<string>> = {
  de: new Set(['august']),
  fr: new Set(['mars']),
  uk: new Set(['лютий', 'лютого', 'лютому', 'листопад']),
  ar: new Set(['مارس', 'اب', 'ماي']),
};

/** The word for "night": "in der Nacht von Mittwoch auf Donnerstag" names the eve of a day. */
const NIGHT: Record<string, RegExp> = {
  en: /\b(night|overnight)\b/i,
  de: /nacht/i,
  fr: /\bnuits?\b/i,
  uk: /(^|[^\p{L}])(ніч|ночі)(?![\p{L}])/iu,
  ar: /ليل/,
};

type Found = { index: number; text: string; ambiguous: boolean };

// Compiled once: the checks run over every paragraph on a page.
const MONTH_PATTERN = new RegExp(`\\b(${ENGLISH_MONTHS.join('|')})s?\\b`, 'g');
const DAY_PATTERN = new RegExp(`\\b(${ENGLISH_DAYS.join('|')})s?\\b`, 'gi');

/** English names in the source. "May" and "March" are also verbs: only next to a number or a date preposition. */
function englishNames(text: string, list: string[], months: boolean): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(months ? MONTH_PATTERN : DAY_PATTERN)) {
    const index = list.findIndex((name) => name.toLowerCase() === match[1].toLowerCase());
    if (months && (match[1] === 'May' || match[1] === 'March')) {
      const before = text.slice(Math.max(0, match.index! - 12), match.index);
      const after = text.slice(match.index! + match[0].length, match.index! + match[0].length + 6);
      const dated = /\d\s*$/.test(before) || /^\s*\d/.test(after) || /\b(in|on|of|since|until|by|from|to|early|late|mid|last|next|this|through)[\s-]*$/i.test(before);
      if (!dated) continue;
    }
    found.push({ index, text: match[0], ambiguous: false });
  }
  return found;
}

function findNames(text: string, lang: string, table: Names, months: boolean): Found[] {
  if (lang === 'en') return englishNames(text, months ? ENGLISH_MONTHS : ENGLISH_DAYS, months);
  const words = wordsOf(text, lang);
  const ambiguous = AMBIGUOUS[lang] ?? new Set<string>();
  const found: Found[] = [];
  words.forEach((word: Word, i) => {
    const folded = foldWord(word.text, lang);
    if (lang === 'ar') {
      const next = words[i + 1] ? foldWord(words[i + 1].text, lang) : '';
      if (months) {
        for (const { stem } of arabicStems(folded)) {
          const twoWord = ARABIC_TWO_WORD_MONTHS.get(`${stem} ${next}`);
          if (twoWord !== undefined) return void found.push({ index: twoWord, text: `${word.text} ${words[i + 1].text}`, ambiguous: false });
        }
      }
      for (const { stem } of arabicStems(folded)) {
        // Days keep their article (الخميس); the stems without it are other words.
        const index = table.exact.get(stem);
        if (index === undefined) continue;
        const previous = words[i - 1] ? foldWord(words[i - 1].text, lang) : '';
        const unclear = ambiguous.has(stem) || (!months && stem === 'الاثنين' && !/^(يوم|ليل|ليلة|صباح|مساء)$/.test(previous));
        return void found.push({ index, text: word.text, ambiguous: unclear });
      }
      return;
    }
    let index = table.exact.get(folded);
    if (index === undefined && table.prefixes && !table.except?.has(folded)) {
      index = table.prefixes.find(([prefix]) => folded.startsWith(prefix))?.[1];
    }
    if (index !== undefined) found.push({ index, text: word.text, ambiguous: ambiguous.has(folded) });
  });
  return found;
}

function compare(input: QaInput, tables: Record<string, Names>, months: boolean): QaIssue[] {
  const sourceLang = baseLanguage(input.sourceLang ?? 'en');
  const targetLang = baseLanguage(input.targetLang);
  const sourceTable = tables[sourceLang];
  const targetTable = tables[targetLang];
  if (!sourceTable || !targetTable) return [];
  const inSource = findNames(input.source, sourceLang, sourceTable, months);
  const inTarget = findNames(input.target, targetLang, targetTable, months);
  const sourceIndexes = new Set(inSource.map((name) => name.index));
  const targetIndexes = new Set(inTarget.map((name) => name.index));
  const night = !months && (NIGHT[targetLang]?.test(input.target) ?? false);

  const missing = inSource.filter((name, i) => !targetIndexes.has(name.index) && inSource.findIndex((n) => n.index === name.index) === i);
  const extra = inTarget.filter(
    (name, i) =>
      !sourceIndexes.has(name.index) &&
      !name.ambiguous &&
      inTarget.findIndex((n) => n.index === name.index) === i &&
      // "la nuit de mercredi à jeudi" is Thursday night: the eve of a day both texts name.
      !(night && sourceIndexes.has((name.index + 1) % 7) && targetIndexes.has((name.index + 1) % 7)),
  );
  // Days and months go into the message as numbers (ISO weekday 1–7, month 1–12), which the
  // interface names in its own language; the translation's words go in as written.
  const issues: QaIssue[] = [];
  missing.forEach((name, i) => {
    const replaced = extra[i];
    const expected = targetTable.display[name.index];
    if (months) {
      const month = name.index + 1;
      issues.push(replaced ? issue('dates.monthReplaced', { month, target: replaced.text }) : issue('dates.monthMissing', { month, expected }));
    } else {
      const day = name.index + 1;
      issues.push(replaced ? issue('dates.dayReplaced', { day, target: replaced.text }) : issue('dates.dayMissing', { day, expected }));
    }
  });
  for (const name of extra.slice(missing.length)) {
    issues.push(months ? issue('dates.monthAdded', { month: name.index + 1, target: name.text }) : issue('dates.dayAdded', { day: name.index + 1, target: name.text }));
  }
  return issues;
}

export function checkDates(input: QaInput): QaIssue[] {
  return [...compare(input, DAYS, false), ...compare(input, MONTHS, true)];
}
