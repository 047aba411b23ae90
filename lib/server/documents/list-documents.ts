import 'server-only';
// The documents with their target languages and, per language, how many paragraphs are in each
// status: the home page's progress and GET /api/documents.
import { emptyStatusCounts, type TranslationStatus } from '../../paragraph-status';
import type { Actor } from '../../roles';
import { countDailyActivity, type DailyActivity } from '../activity/count-daily-activity';
import { getDb } from '../db';
import { findDocument, type LanguageInfo } from './find-document-language';
import { loadParagraphStates } from './load-paragraph-states';

export type DocumentSummary = {
  slug: string;
  title: string;
  sourceLang: string;
  paragraphCount: number;
  languages: Array<LanguageInfo & { statusCounts: Record<TranslationStatus, number>; approvedWords: number }>;
  /** Words of English in the document; approvedWords / sourceWords is the approved share. */
  sourceWords: number;
  activity: DailyActivity[];
};

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean).length;

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
          let approvedWords = 0;
          let sourceWords = 0;
          for (const state of states) {
            statusCounts[state.status] += 1;
            sourceWords += wordsOf(state.source.text);
            if (state.status === 'approved') approvedWords += wordsOf(state.source.text);
          }
          return { ...language, statusCounts, approvedWords, sourceWords, paragraphCount: states.length };
        }),
      );
      return {
        slug: document.slug,
        title: document.title,
        sourceLang: document.sourceLang,
        paragraphCount: languages[0]?.paragraphCount ?? 0,
        sourceWords: languages[0]?.sourceWords ?? 0,
        languages: languages.map(({ paragraphCount: _count, sourceWords: _words, ...language }) => language),
        activity: await countDailyActivity(db, document.id),
      };
    }),
  );
}
