import 'server-only';
// Publishes an edition: an immutable snapshot of one language's approved translation, numbered
// 1, 2, 3 per (document, language). Every paragraph must be approved, checked in the same
// transaction that writes the snapshot. The unique (document, language, number) index decides
// races: of two editors publishing at once, only one can take number n + 1.
import type { PublishedEdition } from '../../api/reviews';
import { AppError } from '../../app-error';
import type { Actor } from '../../roles';
import { requireReviewer } from '../access';
import { getDb } from '../db';
import { writeTransaction } from '../write-transaction';
import { findDocumentLanguage } from '../documents/find-document-language';
import { loadParagraphStates } from '../documents/load-paragraph-states';
import { editionPublishedData } from '../../webhooks/edition-published-data';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';
import { isUniqueViolation } from '../unique-violation';

export type { PublishedEdition };

export async function publishEdition({ slug, lang, actor }: { slug: string; lang: string; actor: Actor }): Promise<PublishedEdition> {
  requireReviewer(actor);
  const db = getDb();
  const { document, language } = await findDocumentLanguage(db, slug, lang);
  try {
    return await writeTransaction(db, async (tx) => {
      const paragraphs = await loadParagraphStates(tx, document.id, language.code);
      const notApproved = paragraphs.filter((paragraph) => paragraph.status !== 'approved').map((paragraph) => paragraph.position);
      if (notApproved.length > 0) {
        throw new AppError('conflict', {
          message: `${notApprovedSentence(notApproved)} Approve every ${language.englishName} paragraph before publishing.`,
          details: { notApproved },
        });
      }
      const last = await tx.edition.findFirst({
        where: { documentId: document.id, languageCode: language.code },
        orderBy: { number: 'desc' },
        select: { number: true },
      });
      const edition = await tx.edition.create({
        data: {
          documentId: document.id,
          languageCode: language.code,
          number: (last?.number ?? 0) + 1,
          publishedById: actor.id,
          paragraphs: {
            create: paragraphs.map((paragraph) => ({
              position: paragraph.position,
              kind: paragraph.kind,
              paragraphId: paragraph.id,
              // Approved means the current version is approved for the current source.
              translationVersionId: paragraph.translation!.versionId,
              sourceVersionId: paragraph.source.versionId,
              text: paragraph.translation!.text,
            })),
          },
        },
        select: { number: true, createdAt: true },
      });
      const published = { number: edition.number, createdAt: edition.createdAt.toISOString(), paragraphs: paragraphs.length };
      await enqueueWebhookEvent(tx, {
        event: 'edition.published',
        data: async () =>
          editionPublishedData({ document, language: language.code, edition: published, publishedBy: actor, paragraphs: paragraphs.map((p) => ({ ...p, text: p.translation!.text })) }),
      });
      return published;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another editor published in between and took the number: name their edition.
    const winner = await db.edition.findFirst({
      where: { documentId: document.id, languageCode: language.code },
      orderBy: { number: 'desc' },
      select: { number: true, publishedBy: { select: { name: true } } },
    });
    const who = winner ? `${winner.publishedBy.name} published ${language.englishName} edition ${winner.number}` : 'Another editor published';
    throw new AppError('conflict', { message: `${who} at the same moment. Check it before publishing again.` });
  }
}

/** "Paragraph 9 is not approved." or "Paragraphs 9, 14 are not approved." */
function notApprovedSentence(positions: number[]): string {
  return positions.length === 1
    ? `Paragraph ${positions[0]} is not approved.`
    : `Paragraphs ${positions.join(', ')} are not approved.`;
}
