// The quality checks' messages: every issue has a stable code and language-neutral parameters,
// and its sentence in an interface language is locales/<lang>.json `qaIssue.<code>` with them.
//
// The English `message` each issue also carries (API clients and logs read it) is rendered from
// locales/en.json by the same function and the same i18next setup the interface uses, so each
// English sentence exists once, in the locale file, and cannot drift from what an English
// interface shows; the unit tests of the checks, which assert those sentences, guard them.
import type { QaCheckName, QaSeverity } from './types';

/**
 * What a parameter holds, which decides how a message shows it:
 * - `text`: a number, word or mark as a text writes it ("251", "дев’ять", "Kiew", "„"); shown as is;
 * - `number`: a figure the check computed (a percentage); shown as is;
 * - `language`: a language code ("de"), shown as the language's name: `{{x, languageName}}`;
 * - `languages`: language codes, shown as a list of names: `{{x, languageList}}`; they also
 *   make the message's plural (`count` is their number: "French has" / "French and German have");
 * - `weekday`: 1 (Monday) to 7 (Sunday), shown as the day's name: `{{x, weekday}}`;
 * - `month`: 1 (January) to 12, shown as the month's name: `{{x, month}}`.
 */
export type QaParamKind = 'text' | 'number' | 'language' | 'languages' | 'weekday' | 'month';

type ParamValue<Kind extends QaParamKind> = Kind extends 'languages' ? string[] : Kind extends 'number' | 'weekday' | 'month' ? number : string;

/** Every message code with its parameters. A code starts with the name of the check that reports it. */
export const QA_MESSAGES = {
  'numbers.replaced': { source: 'text', target: 'text' },
  'numbers.missing': { number: 'text' },
  'numbers.added': { number: 'text' },
  'dates.dayReplaced': { day: 'weekday', target: 'text' },
  'dates.dayMissing': { day: 'weekday', expected: 'text' },
  'dates.dayAdded': { day: 'weekday', target: 'text' },
  'dates.monthReplaced': { month: 'month', target: 'text' },
  'dates.monthMissing': { month: 'month', expected: 'text' },
  'dates.monthAdded': { month: 'month', target: 'text' },
  'quotes.unbalanced': {},
  'quotes.style': { language: 'language', quotes: 'text', inner: 'text', marks: 'text' },
  'quotes.styleEither': { language: 'language', quotes: 'text', alternative: 'text', marks: 'text' },
  'quotes.frenchSpacing': {},
  'quotes.missing': {},
  'final-punctuation.replaced': { source: 'text', target: 'text' },
  'final-punctuation.missing': { source: 'text' },
  'whitespace.leading': {},
  'whitespace.trailing': {},
  'whitespace.doubleAfter': { word: 'text' },
  'whitespace.double': {},
  'repeated-words.repeated': { word: 'text', text: 'text' },
  'empty.blank': {},
  'identical.sameAsSource': {},
  'length-ratio.short': { percent: 'number', low: 'number', high: 'number', sourceLanguage: 'language', targetLanguage: 'language' },
  'length-ratio.long': { percent: 'number', low: 'number', high: 'number', sourceLanguage: 'language', targetLanguage: 'language' },
  'glossary-missing.notUsed': { term: 'text', target: 'text' },
  'do-not-translate.missing': { term: 'text' },
  'do-not-translate.missingOrForm': { term: 'text', form: 'text' },
  'cross-language-numbers.replaced': { languages: 'languages', number: 'text', target: 'text' },
  'cross-language-numbers.missing': { languages: 'languages', number: 'text' },
  'cross-language-numbers.added': { languages: 'languages', number: 'text' },
  'cross-language-numbers.addedAlone': { number: 'text' },
  'markup.added': { item: 'text' },
  'markup.missing': { item: 'text' },
  'markup.changed': { source: 'text', target: 'text' },
  'consistency.differs': { paragraph: 'number', sentence: 'text', translation: 'text' },
} as const satisfies Record<`${QaCheckName}.${string}`, Record<string, QaParamKind>>;

export type QaMessageCode = keyof typeof QA_MESSAGES;
export const QA_MESSAGE_CODES = Object.keys(QA_MESSAGES) as QaMessageCode[];

export type QaMessageParams<Code extends QaMessageCode> = {
  -readonly [Name in keyof (typeof QA_MESSAGES)[Code]]: (typeof QA_MESSAGES)[Code][Name] extends QaParamKind ? ParamValue<(typeof QA_MESSAGES)[Code][Name]> : never;
};

/** The check a code belongs to: "numbers" for "numbers.replaced". */
type CheckOf<Code extends QaMessageCode> = Code extends `${infer Check extends QaCheckName}.${string}` ? Check : never;

/** One finding of one check: which check, how severe, what (`code`, `params`), and in English. */
export type QaIssue = {
  [Code in QaMessageCode]: { check: CheckOf<Code>; severity: QaSeverity; code: Code; params: QaMessageParams<Code>; message: string };
}[QaMessageCode];

/** i18next's `t` of one interface language, or anything that translates keys the same way. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What is needed to word an issue; `message` (English) is the fallback for a code unknown here. */
type Wordable = { code?: string; params?: Record<string, unknown>; message?: string };

/**
 * An issue's sentence in the language of `t`. An issue from a newer server, with a code this
 * interface has no text for, shows its English message.
 */
export function qaIssueText(t: Translate, issue: Wordable): string {
  const params = issue.params ?? {};
  const options: Record<string, unknown> = { ...params, defaultValue: issue.message };
  if (Array.isArray(params.languages)) options.count = params.languages.length;
  return t(`qaIssue.${issue.code}`, options);
}

/** A check's title ("Numbers", „Zahlen“) in the language of `t`. */
export function qaCheckTitle(t: Translate, check: string): string {
  return t(`qaCheck.${check}`, { defaultValue: check });
}

/**
 * Why an approval was refused: the errors, worded in the language of `t`, and what to do.
 * `checks` is the `checks` of the API's 409 answer; anything else gives `fallback`.
 */
export function qaApprovalBlockedText(t: Translate, checks: unknown, fallback = ''): string {
  if (!Array.isArray(checks) || checks.length === 0) return fallback;
  const issues = checks.map((check: Wordable | null) => qaIssueText(t, check ?? {})).join(' ');
  return t('qaIssue.approvalBlocked', { count: checks.length, issues, defaultValue: fallback });
}

