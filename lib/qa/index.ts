// Quality checks for news translations: pure functions from a source paragraph and its
// translation to a list of issues (numbers, dates, quotes, glossary ...), for the workbench.
export { checkTranslation, SINGLE_TEXT_CHECKS } from './check-translation';
export { checkConsistency, consistencyChecker, type ConsistencyParagraph } from './consistency';
export { checkNumbersAcrossLanguages } from './cross-language';
export { checkDates } from './dates';
export { checkEmpty } from './empty';
export { checkDoNotTranslate, checkGlossaryMissing, glossaryTermsFor, textHasTerm, type GlossaryFile } from './glossary';
export { checkIdentical } from './identical';
export { checkLength, LENGTH_RATIOS } from './length';
export { checkMarkup, findMarkup } from './markup';
export { checkNumbers, compareNumbers, findNumbers, type NumberMention } from './numbers';
export { checkFinalPunctuation } from './punctuation';
export { checkQuotes, quotesBalance } from './quotes';
export { checkRepeatedWords } from './repeated-words';
export { englishT } from './issue';
export {
  QA_MESSAGE_CODES,
  QA_MESSAGES,
  qaApprovalBlockedText,
  qaCheckTitle,
  qaIssueText,
  type QaIssue,
  type QaMessageCode,
  type QaMessageParams,
  type QaParamKind,
  type Translate,
} from './messages';
export { QA_CHECKS, type GlossaryTerm, type QaCheckName, type QaInput, type QaSeverity } from './types';
export { checkWhitespace } from './whitespace';
