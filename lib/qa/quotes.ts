// The quotes check: quotation marks pair up, follow the target language's house style, and a
// quote in the source is still a quote in the translation.
import { baseLanguage } from './text';
import { issue, type QaInput, type QaIssue } from './types';

const DOUBLE_QUOTES = /[«»„“”"‹›]/;
const ANY_QUOTE = /[«»„“”"‹›‚]/;

/**
 * Whether every quotation mark is closed by its partner. Single quotes are left out except
 * German ‚…‘, because ’ and ' are also apostrophes (l’Ukraine, дев’ять, Putin's).
 */
export function quotesBalance(text: string): boolean {
  const open: string[] = [];
  for (const mark of text) {
    const top = open.at(-1);
    switch (mark) {
      case '«':
      case '„':
      case '‹':
      case '‚':
        open.push(mark);
        break;
      case '»':
        if (top !== '«') return false;
        open.pop();
        break;
      case '›':
        if (top !== '‹') return false;
        open.pop();
        break;
      case '“':
        // German and Ukrainian close „ with “; English opens with it.
        if (top === '„') open.pop();
        else open.push(mark);
        break;
      case '”':
        if (top !== '“' && top !== '„') return false;
        open.pop();
        break;
      case '"':
        if (top === '"') open.pop();
        else open.push(mark);
        break;
      case '‘':
        if (top === '‚') open.pop();
        break;
    }
  }
  return open.length === 0;
}

type Style = { allowed: RegExp; expected: string };

/** House styles: which double quotation marks a language's news copy uses. */
const STYLES: Record<string, Style> = {
  de: { allowed: /[„“‚‘]/, expected: 'German quotes are „…“ (inside a quote ‚…‘)' },
  fr: { allowed: /[«»“”]/, expected: 'French quotes are « … » (inside a quote “…”)' },
  uk: { allowed: /[«»„“]/, expected: 'Ukrainian quotes are «…» (inside a quote „…“)' },
  ar: { allowed: /[«»"]/, expected: 'Arabic quotes are «…» or "…"' },
  en: { allowed: /["“”‘’]/, expected: 'English quotes are "…" or “…”' },
};

/** French puts a (narrow) no-break space, or at least a space, inside « and ». */
function frenchSpacingOk(text: string): boolean {
  return !/«(?![\s\u00A0\u202F])/.test(text) && !/[^\s\u00A0\u202F]»/.test(text);
}

export function checkQuotes({ source, target, targetLang }: QaInput): QaIssue[] {
  const issues: QaIssue[] = [];
  const lang = baseLanguage(targetLang);
  // A quote that runs on into the next paragraph leaves the source open too; that is house style.
  if (!quotesBalance(target) && quotesBalance(source)) {
    issues.push(issue('quotes', 'The quotation marks do not pair up: close every quote you open.', 'error'));
  }
  const style = STYLES[lang];
  if (style) {
    const used = [...new Set([...target].filter((mark) => DOUBLE_QUOTES.test(mark) || mark === '‚'))];
    const foreign = used.filter((mark) => !style.allowed.test(mark));
    if (foreign.length) {
      issues.push(issue('quotes', `${style.expected}; the translation uses ${foreign.join(' ')}.`, 'warning'));
    }
  }
  if (lang === 'fr' && /[«»]/.test(target) && !frenchSpacingOk(target)) {
    issues.push(issue('quotes', 'French quotes take a (narrow) no-break space inside: « … ».', 'warning'));
  }
  if (DOUBLE_QUOTES.test(source) && !ANY_QUOTE.test(target)) {
    issues.push(issue('quotes', 'The source quotes someone; the translation has no quotation marks.', 'warning'));
  }
  return issues;
}
