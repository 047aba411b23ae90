// How a check reports what it found: an issue with its code, parameters and the English message
// that API clients and logs read (rendered from locales/en.json, see messages.ts). Apart from
// messages.ts so that the client components, which word issues in the interface language with
// messages.ts, do not load the English locale with it.
import { createI18n } from '../i18n/create-i18n';
import { qaIssueText, type QaIssue, type QaMessageCode, type QaMessageParams, type Translate } from './messages';
import { QA_CHECKS, type QaCheckName, type QaSeverity } from './types';

let english: Translate | undefined;

/** The English interface's `t`, made once: English is what `message` and the API speak. */
export function englishT(): Translate {
  english ??= createI18n('en').t as Translate;
  return english;
}

/** An issue of the check its code names, at that check's severity unless told otherwise. */
export function issue<Code extends QaMessageCode>(code: Code, params: QaMessageParams<Code>, severity?: QaSeverity): QaIssue {
  const check = code.slice(0, code.indexOf('.')) as QaCheckName;
  const message = qaIssueText(englishT(), { code, params });
  return { check, severity: severity ?? QA_CHECKS[check].severity, code, params, message } as QaIssue;
}
