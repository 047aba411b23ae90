import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ApiFailure } from '@/lib/clients/api-call';
import { errorText, formError } from './new-document-error';

// Answers with the key and its values, so each test sees which sentence was chosen and with what.
const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)) as unknown as TFunction;
const failure = (status: number, body: Record<string, unknown> | null, message = 'Refused.'): ApiFailure => ({ ok: false, status, code: null, message, body: body as ApiFailure['body'] });

describe('new document refusals', () => {
  it('takes the reason and its values from the answer body', () => {
    expect(formError(failure(400, { reason: 'no_languages', limit: 3 }))).toEqual({ reason: 'no_languages', status: 400, message: 'Refused.', params: { reason: 'no_languages', limit: 3 } });
    expect(formError(failure(500, null))).toEqual({ reason: null, status: 500, message: 'Refused.', params: {} });
  });

  it('words an unreachable server and a signed-out person as every form does', () => {
    expect(errorText(t, formError(failure(0, null)), 'en')).toBe('failure.unreachable');
    expect(errorText(t, formError(failure(401, { reason: 'no_languages' })), 'en')).toBe('failure.signedOut');
  });

  it('gives a named reason its own sentence, with numbers in the interface language', () => {
    expect(errorText(t, formError(failure(400, { reason: 'no_languages' })), 'en')).toBe('newDocument.errors.no_languages {}');
    expect(errorText(t, formError(failure(400, { reason: 'unknown_language', languages: ['xx', 'yy'] })), 'en')).toBe('newDocument.errors.unknown_language {"languages":"xx, yy"}');
    expect(errorText(t, { reason: 'no_title', status: 400, message: '', params: { limit: 12000 } }, 'de')).toBe('newDocument.errors.no_title {"limit":"12.000"}');
  });

  it('words a refusal without a reason by its status, else shows the message', () => {
    expect(errorText(t, formError(failure(403, null)), 'en')).toBe('newDocument.errors.forbidden');
    expect(errorText(t, formError(failure(413, null)), 'en')).toBe('newDocument.errors.tooLargeToSend');
    expect(errorText(t, formError(failure(500, null, 'Something broke.')), 'en')).toBe('Something broke.');
  });
});
