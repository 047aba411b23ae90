import 'server-only';
// The documents with their target languages and, per language, how many paragraphs are in each
// status: the home page's progress and GET /api/documents.
import { emptyStatusCounts, type TranslationStatus } from '../../paragraph-status';
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { findDocument, type LanguageInfo } from './find-document-language';
import { loadParagraphStates } from './load-paragraph-states';

export type DocumentSummary = {
  slug: string;
  title: string;
  sourceLang: string;
  paragraphCount: number;
  languages: Array<LanguageInfo & { statusCounts: Record<TranslationStatus, number> }>;
};

// Any signed-in person sees the list; the actor parameter keeps the call sites honest about that.
export async function listDocuments({ actor: _actor }: { actor: Actor }): Promise<DocumentSummary[]> {
  const db = getDb();
  const rows = await db.document.findMany({ orderBy: { createdAt: 'desc' }, select: { slug: true } });
  return Promise.all(
    rows.map(async ({ slug }) => {
      const document = await findDocument(db, slug);
      const languages = await Promise.all(
        document.languages.map(async (language) => {
          const states = await loadParagraphStates(db, document.id, language.code);
          const statusCounts = emptyStatusCounts();
          for (const state of states) statusCounts[state.status] += 1;
          return { ...language, statusCounts, paragraphCount: states.length };
        }),
      );
      return {
        slug: document.slug,
        title: document.title,
        sourceLang: document.sourceLang,
        paragraphCount: languages[0]?.paragraphCount ?? 0,
        languages: languages.map(({ paragraphCount: _count, ...language }) => language),
      };
    }),
  );
}
