// What a saved text may be: the rules every save obeys, from the browser and the API alike.
import { AppError } from './app-error';

export const MAX_TEXT_LENGTH = 20_000;
/** Control characters other than tab and newline (C0, DEL, C1). */
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/**
 * Checks and normalizes a paragraph text: Windows line ends become \n and the text is put in
 * Unicode NFC, so the same words always compare equal. Throws a 400 or 413 AppError.
 */
export function normalizeParagraphText(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n').normalize('NFC');
  if (normalized.length > MAX_TEXT_LENGTH) {
    throw new AppError('too_large', {
      message: `The text has ${normalized.length.toLocaleString('en')} characters; the limit is ${MAX_TEXT_LENGTH.toLocaleString('en')}.`,
    });
  }
  const control = FORBIDDEN_CONTROL.exec(normalized);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new AppError('invalid_input', {
      message: `The text contains the control character U+${code} at position ${control.index + 1}; only tab and newline are allowed.`,
    });
  }
  return normalized;
}
