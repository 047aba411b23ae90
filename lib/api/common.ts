// Schemas that many resources share: identifiers, language codes, parameters.
import { z } from 'zod';
import { ERROR_STATUS } from '../app-error';

/** A BCP 47 language code as Redline stores them: `de`, `uk`, `pt-BR`, `zh-Hant`. */
export const LanguageCode = z
  .string()
  .min(2)
  .max(35)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Not a language code (such as de, uk or pt-BR).')
  .meta({ description: 'A language code (BCP 47), such as `de`.', examples: ['de'] });

/** A database id (cuid or UUID). Bounded so that no request can carry a megabyte "id". */
export const Id = z.string().min(1).max(64);

export const Slug = z.string().min(1).max(200).meta({ description: 'The document, by its slug.', examples: ['welt-trump-putin'] });

export const Timestamp = z.iso.datetime().meta({ description: 'ISO 8601, UTC.' });

export const ErrorCode = z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS, ...Array<keyof typeof ERROR_STATUS>]);

/** `&dryRun=1`: answer what would be done without doing it (the previews). */
export const DryRun = z
  .enum(['1', '0', 'true', 'false'])
  .optional()
  .transform((value) => value === '1' || value === 'true')
  .meta({ description: '`1` answers the same report without writing anything: the preview.', examples: ['1'] });

/** `?lang=` of the operations on one target language of a document. */
export const DocumentLangQuery = z.object({ lang: LanguageCode.meta({ description: 'A target language of the document.', examples: ['de'] }) });

/** `{slug}`: the document. */
export const SlugParams = z.object({ slug: Slug });

/** `{id}` of the paragraph operations. */
export const ParagraphId = Id.meta({ description: 'The paragraph id (as in GET /api/documents/{slug}).', examples: ['cm9x0paragraph0001'] });

/** `{lang}` in a path: a target language. */
export const LangParam = LanguageCode.meta({ description: 'A target language of the paragraph’s document.', examples: ['de'] });

/** `{id}/translations/{lang}`: one paragraph's translation into one language. */
export const ParagraphLangParams = z.object({ id: ParagraphId, lang: LangParam });
