// The vocabulary of the translation QA checks: check names, severities, issues and glossary terms.
import en from '../../locales/en.json';
import type { QaIssue } from './messages';

export type { QaIssue };

export type QaSeverity = 'error' | 'warning';

export type QaCheckName =
  | 'numbers'
  | 'dates'
  | 'quotes'
  | 'final-punctuation'
  | 'whitespace'
  | 'repeated-words'
  | 'empty'
  | 'identical'
  | 'length-ratio'
  | 'glossary-missing'
  | 'do-not-translate'
  | 'cross-language-numbers'
  | 'markup'
  | 'consistency';

/**
 * One glossary entry resolved for one target language. For a do-not-translate term `target` is
 * the source text itself, or the form the glossary prescribes for a script that transliterates
 * brand names (Arabic writes Truth Social as تروث سوشيال).
 */
export type GlossaryTerm = { source: string; target: string; doNotTranslate: boolean; note?: string | null };

/** What a check needs to know about one paragraph. */
export type QaInput = {
  source: string;
  target: string;
  targetLang: string;
  /** The source's language; Redline's sources are English. */
  sourceLang?: string;
  /** The paragraph kind from the importer: headlines and bylines are exempt from some checks. */
  kind?: string;
  glossary?: GlossaryTerm[];
};

const SEVERITIES: Record<QaCheckName, QaSeverity> = {
  numbers: 'error',
  dates: 'error',
  quotes: 'error',
  'final-punctuation': 'warning',
  whitespace: 'warning',
  'repeated-words': 'warning',
  empty: 'error',
  identical: 'warning',
  'length-ratio': 'warning',
  'glossary-missing': 'warning',
  'do-not-translate': 'error',
  'cross-language-numbers': 'error',
  markup: 'error',
  consistency: 'warning',
};

/**
 * Every check with its severity, the most severe level it reports (the quotes check reports
 * unbalanced marks as errors and style as warnings), and its English title. The titles live in
 * locales/*.json (`qaCheck.<name>`); an interface shows them with `qaCheckTitle` (messages.ts).
 */
export const QA_CHECKS = Object.fromEntries(
  (Object.keys(SEVERITIES) as QaCheckName[]).map((name) => [name, { severity: SEVERITIES[name], title: en.qaCheck[name] }]),
) as Record<QaCheckName, { severity: QaSeverity; title: string }>;
