import 'server-only';
// Everything the workbench shows for one language and one page: the status counts of the whole
// document, the paragraphs of the page with their translations, each one's quality checks, and
// the glossary. A 2,000-paragraph story shows 100 paragraphs at a time, so only those are loaded
// with their texts and checked; the counts need the status columns only.
import type { QaIssue } from '../../qa';
import { canEditSource, canReview, canTranslate, type Actor } from '../../roles';
import { pageRange, parsePage } from '../../workbench-pages';
import { getDb } from '../db';
import { loadGlossary } from '../glossary/list-glossary-terms';
import { checkDocumentTranslation } from '../qa/check-document-translation';
import { countParagraphStatuses } from './count-paragraph-statuses';
import { findDocumentLanguage } from './find-document-language';
import { loadParagraphStates } from './load-paragraph-states';

export async function getWorkbench({ slug, lang, page, actor }: { slug: string; lang: string; page?: string; actor: Actor }) {
  const db = getDb();
  const { document, language } = await findDocumentLanguage(db, slug, lang);
  const summary = await countParagraphStatuses(db, document.id, language.code);
  const currentPage = parsePage(page, summary.paragraphs);
  const { first, last } = pageRange(currentPage, summary.paragraphs);
  const positions = { first, last };
  const paragraphs = await loadParagraphStates(db, document.id, language.code, positions);
  const [checks, glossary] = await Promise.all([
    checkDocumentTranslation(db, {
      documentId: document.id,
      lang: language.code,
      states: paragraphs,
      positions,
      otherLanguages: document.languages.map((l) => l.code).filter((code) => code !== language.code),
    }),
    loadGlossary(db, language.code),
  ]);
  return {
    document,
    language,
    /** The paragraphs of this page only, in order. */
    paragraphs,
    /** How many paragraphs the whole document has, and how many are in each status. */
    paragraphCount: summary.paragraphs,
    statusCounts: summary.counts,
    /** Paragraphs of other pages that need work: where the keys go on from this page. */
    needsWorkElsewhere: summary.needsWork.filter((position) => position < first || position > last),
    permissions: { translate: canTranslate(actor, language.code), review: canReview(actor), editSource: canEditSource(actor) },
    page: { number: currentPage, first, last },
    checks: Object.fromEntries(checks) as Record<string, QaIssue[]>,
    glossary,
  };
}
