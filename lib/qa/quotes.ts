// The quotes check: quotation marks pair up, follow the target language's house style, and a
// quote in the source is still a quote in the translation.
import { issue } from './issue';
import type { QaIssue } from './messages';
import { baseLanguage } from './text';
import type { QaInput } from './types';

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

/** The quotes a language uses, and either those inside a quote or an equally good alternative. */
type Style = { allowed: RegExp; quotes: string } & ({ inner: string } | { alternative: string });

/** House styles: which double quotation marks a language's news copy uses. */
const STYLES: Record<string, Style> = {
  de: { allowed: /[„“‚‘]/, quotes: '„…“', inner: '‚…‘' },
  fr: { allowed: /[«»“”]/, quotes: '« … »', inner: '“…”' },
  uk: { allowed: /[«»„“]/, quotes: '«…»', inner: '„…“' },
  ar: { allowed: /[«»"]/, quotes: '«…»', alternative: '"…"' },
  en: { allowed: /["“”‘’]/, quotes: '"…"', alternative: '“…”' },
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
    issues.push(issue('quotes.unbalanced', {}, 'error'));
  }
  const style = STYLES[lang];
  if (style) {
    const used = [...new Set([...target].filter((mark) => DOUBLE_QUOTES.test(mark) || mark === '‚'))];
    const foreign = used.filter((mark) => !style.allowed.test(mark));
    if (foreign.length) {
      const marks = foreign.join(' ');
      issues.push(
        'inner' in style
          ? issue('quotes.style', { language: lang, quotes: style.quotes, inner: style.inner, marks }, 'warning')
          : issue('quotes.styleEither', { language: lang, quotes: style.quotes, alternative: style.alternative, marks }, 'warning'),
      );
    }
  }
  if (lang === 'fr' && /[«»]/.test(target) && !frenchSpacingOk(target)) {
    issues.push(issue('quotes.frenchSpacing', {}, 'warning'));
  }
  if (DOUBLE_QUOTES.test(source) && !ANY_QUOTE.test(target)) {
    issues.push(issue('quotes.missing', {}, 'warning'));
  }
  return issues;
}
