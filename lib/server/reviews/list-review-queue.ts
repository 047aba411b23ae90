import 'server-only';
// The review queue of one language: every paragraph that waits for an editor's decision, with
// what its card compares (the last decision's version, see lib/review-queue.ts), the English
// change since then, and the quality checks' findings, so the editor can decide from the card.
// Anyone signed in may read it; only editors may act on it.
import { englishBaseline, queueReasons, redlineBasis, type QueueItem, type ReviewedVersion } from '../../review-queue';
import { canReview, type Actor } from '../../roles';
import { getDb } from '../db';
import { findDocumentLanguage } from '../documents/find-document-language';
import { loadAllParagraphStates } from '../documents/load-all-paragraph-states';
import { findManyByIds } from '../find-many-by-ids';
import { checkDocumentTranslation } from '../qa/check-document-translation';

export async function listReviewQueue({ slug, lang, actor }: { slug: string; lang: string; actor: Actor }) {
  const db = getDb();
  const { document, language } = await findDocumentLanguage(db, slug, lang);
  const states = await loadAllParagraphStates(db, document.id, language.code);
  const waiting = states.filter((state) => state.translation && (state.status === 'in_review' || state.status === 'outdated'));

  // Versions and reviews by their own queries, in batches (SQLite binds at most 999 parameters).
  const versions = await findManyByIds(
    waiting.map((state) => state.id),
    (ids) =>
      db.translationVersion.findMany({
        where: { paragraphId: { in: ids }, languageCode: language.code },
        orderBy: { number: 'desc' },
        select: { id: true, paragraphId: true, number: true, text: true, sourceVersionId: true, machineProvider: true },
      }),
  );
  const reviews = await findManyByIds(
    versions.map((version) => version.id),
    (ids) =>
      db.review.findMany({
        where: { translationVersionId: { in: ids } },
        select: { translationVersionId: true, decision: true, sourceVersionId: true, createdAt: true, comment: true, reviewer: { select: { name: true } } },
      }),
  );
  const versionsOf = new Map<string, Array<ReviewedVersion & { sourceVersionId: string; machineProvider: string | null }>>();
  for (const version of versions) {
    const list = versionsOf.get(version.paragraphId) ?? [];
    list.push({ ...version, reviews: [] });
    versionsOf.set(version.paragraphId, list);
  }
  const byId = new Map([...versionsOf.values()].flat().map((version) => [version.id, version]));
  for (const review of reviews) byId.get(review.translationVersionId)?.reviews.push({ ...review, reviewer: review.reviewer.name });

  const cards = waiting.map((state) => {
    const list = versionsOf.get(state.id) ?? [];
    const basis = redlineBasis(list);
    const before = englishBaseline({ currentSourceVersionId: state.source.versionId, translatedSourceVersionId: list[0]?.sourceVersionId ?? state.source.versionId, basis });
    return { state, basis, before, machineProvider: list[0]?.machineProvider ?? null };
  });
  const earlierEnglish = new Map(
    (
      await findManyByIds(
        [...new Set(cards.flatMap((card) => (card.before ? [card.before] : [])))],
        (ids) => db.sourceVersion.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } }),
      )
    ).map((source) => [source.id, source.text]),
  );
  const checks = await checkDocumentTranslation(db, {
    documentId: document.id,
    lang: language.code,
    states: waiting,
    article: states,
    otherLanguages: document.languages.map((l) => l.code).filter((code) => code !== language.code),
  });

  const items: QueueItem[] = cards.flatMap(({ state, basis, before, machineProvider }) => {
    const translation = state.translation!;
    const reasons = queueReasons({ status: state.status, approvedBefore: translation.approvedVersionId !== null, revisesRejection: basis.kind === 'rejected' });
    if (reasons.length === 0) return [];
    return [
      {
        paragraphId: state.id,
        position: state.position,
        versionId: translation.versionId,
        versionNumber: translation.number,
        author: translation.author,
        text: translation.text,
        reasons,
        openThreads: state.openThreads,
        source: { text: state.source.text, before: before ? (earlierEnglish.get(before) ?? null) : null },
        basis,
        checks: checks.get(state.id) ?? [],
        machineProvider,
      },
    ];
  });
  return { document, language, items, canReview: canReview(actor) };
}
