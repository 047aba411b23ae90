import { describe, expect, it } from 'vitest';
import { AppError } from './app-error';
import { MAX_TEXT_LENGTH, normalizeParagraphText } from './translation-text';

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected an error');
}

describe('normalizeParagraphText', () => {
  it('keeps tabs and newlines and turns Windows line ends into \\n', () => {
    expect(normalizeParagraphText('a\tb\r\nc\rd\ne')).toBe('a\tb\nc\nd\ne');
  });
  it('puts text into NFC so equal words compare equal', () => {
    expect(normalizeParagraphText('Sto\u0308re')).toBe('Støre'.replace('ø', 'ö'));
  });
  it('refuses control characters with their code and position', () => {
    const error = errorOf(() => normalizeParagraphText('Kiew\u0007'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/U\+0007 at position 5/);
    expect(errorOf(() => normalizeParagraphText('x\u0085')).code).toBe('invalid_input');
  });
  it('refuses text over the limit as too large', () => {
    expect(normalizeParagraphText('a'.repeat(MAX_TEXT_LENGTH))).toHaveLength(MAX_TEXT_LENGTH);
    expect(errorOf(() => normalizeParagraphText('a'.repeat(MAX_TEXT_LENGTH + 1))).code).toBe('too_large');
  });
});
