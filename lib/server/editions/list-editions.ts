import 'server-only';
// The published editions of one language of a document, newest first. Anyone signed in may
// read them.
import type { EditionSummary } from '../../api/reviews';
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { findDocumentLanguage } from '../documents/find-document-language';

export type { EditionSummary };

// The actor parameter keeps the call sites honest about who reads.
export async function listEditions({ slug, lang }: { slug: string; lang: string; actor: Actor }): Promise<EditionSummary[]> {
  const db = getDb();
  const { document, language } = await findDocumentLanguage(db, slug, lang);
  const rows = await db.edition.findMany({
    where: { documentId: document.id, languageCode: language.code },
    orderBy: { number: 'desc' },
    select: {
      number: true,
      createdAt: true,
      publishedBy: { select: { name: true } },
      _count: { select: { paragraphs: true } },
    },
  });
  return rows.map((row) => ({
    number: row.number,
    createdAt: row.createdAt.toISOString(),
    publishedBy: row.publishedBy.name,
    paragraphCount: row._count.paragraphs,
  }));
}
