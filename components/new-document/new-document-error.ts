// The new-document form's refusals: what the API's failure says, and how the form words it in
// the interface language. Pure.
import type { TFunction } from 'i18next';
import { failureText, UNREACHABLE, type ApiFailure } from '@/lib/clients/api-call';
import { formatNumber } from '@/lib/i18n/format';
import { isNewDocumentErrorReason } from '@/lib/new-document';
import type { FormError } from '@/lib/new-document-form';

export function formError(failure: ApiFailure): FormError {
  const body: Record<string, unknown> = failure.body ?? {};
  return { reason: typeof body.reason === 'string' ? body.reason : null, status: failure.status, message: failure.message, params: body };
}

/** A refusal in the interface language: the reasons the API names have their own sentences. */
export function errorText(t: TFunction, error: FormError, language: string): string {
  if (error.status === UNREACHABLE || error.status === 401) return failureText(t, error);
  if (isNewDocumentErrorReason(error.reason)) {
    const { languages, limit, count, position, slug } = error.params ?? {};
    const number = (value: unknown) => (typeof value === 'number' ? formatNumber(value, language) : value);
    return t(`newDocument.errors.${error.reason}`, {
      languages: Array.isArray(languages) ? languages.join(', ') : languages,
      limit: number(limit),
      count: number(count),
      position,
      slug,
    });
  }
  if (error.status === 403) return t('newDocument.errors.forbidden');
  if (error.status === 413) return t('newDocument.errors.tooLargeToSend');
  return error.message;
}
