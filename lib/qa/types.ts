// The vocabulary of the translation QA checks: check names, severities, issues and glossary terms.

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
  | 'cross-language-numbers';

export type QaIssue = { check: QaCheckName; severity: QaSeverity; message: string };

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

/**
 * Every check with its title for the UI and its severity: the most severe level it reports
 * (the quotes check reports unbalanced marks as errors and style as warnings).
 */
export const QA_CHECKS: Record<QaCheckName, { severity: QaSeverity; title: string }> = {
  numbers: { severity: 'error', title: 'Numbers' },
  dates: { severity: 'error', title: 'Days and months' },
  quotes: { severity: 'error', title: 'Quotation marks' },
  'final-punctuation': { severity: 'warning', title: 'Final punctuation' },
  whitespace: { severity: 'warning', title: 'Spaces' },
  'repeated-words': { severity: 'warning', title: 'Repeated words' },
  empty: { severity: 'error', title: 'Empty translation' },
  identical: { severity: 'warning', title: 'Same as the source' },
  'length-ratio': { severity: 'warning', title: 'Length' },
  'glossary-missing': { severity: 'warning', title: 'Glossary term' },
  'do-not-translate': { severity: 'error', title: 'Do not translate' },
  'cross-language-numbers': { severity: 'error', title: 'Numbers across languages' },
};

/** An issue at the check's own severity. */
export function issue(check: QaCheckName, message: string, severity: QaSeverity = QA_CHECKS[check].severity): QaIssue {
  return { check, severity, message };
}
