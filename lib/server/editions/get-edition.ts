import 'server-only';
// One published edition as it went out: the latest, or the one numbered. Anyone signed in may
// read it; an unknown document, language or edition number is a 404.
import { AppError } from '../../app-error';
import { isParagraphKind, type ParagraphKind } from '../../paragraph-kinds';
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { findDocumentLanguage, type LanguageInfo } from '../documents/find-document-language';

export type Edition = {
  document: { slug: string; title: string };
  language: LanguageInfo;
  number: number;
  createdAt: string;
  publishedBy: string;
  paragraphs: Array<{ position: number; kind: ParagraphKind; text: string }>;
};

export async function getEdition({ slug, lang, number }: { slug: string; lang: string; number?: number; actor: Actor }): Promise<Edition> {
  const db = getDb();
  const { document, language } = await findDocumentLanguage(db, slug, lang);
  // A number from a URL may be anything; whatever is not an edition number names no edition.
  const valid = number === undefined || (Number.isSafeInteger(number) && number >= 1);
  const edition = valid
    ? await db.edition.findFirst({
        where: { documentId: document.id, languageCode: language.code, ...(number === undefined ? {} : { number }) },
        orderBy: { number: 'desc' },
        select: {
          number: true,
          createdAt: true,
          publishedBy: { select: { name: true } },
          paragraphs: { orderBy: { position: 'asc' }, select: { position: true, kind: true, text: true } },
        },
      })
    : null;
  if (!edition) {
    throw new AppError('not_found', {
      message:
        number === undefined
          ? `No edition of "${document.title}" is published in ${language.englishName} yet.`
          : `"${document.title}" has no ${language.englishName} edition ${number}.`,
    });
  }
  return {
    document: { slug: document.slug, title: document.title },
    language,
    number: edition.number,
    createdAt: edition.createdAt.toISOString(),
    publishedBy: edition.publishedBy.name,
    paragraphs: edition.paragraphs.map((paragraph) => ({
      position: paragraph.position,
      kind: isParagraphKind(paragraph.kind) ? paragraph.kind : 'body',
      text: paragraph.text,
    })),
  };
}
