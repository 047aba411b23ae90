import 'server-only';
// Saves and reviews per day over the last days, for the documents page's activity chart.
import type { Db, Tx } from '../db';

export type DailyActivity = { day: string; saves: number; reviews: number };

export async function countDailyActivity(db: Db | Tx, documentId: string, days = 30, now = new Date()): Promise<DailyActivity[]> {
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + 86_400_000;
  const start = new Date(end - days * 86_400_000);
  const [saves, reviews] = await Promise.all([
    db.translationVersion.findMany({ where: { createdAt: { gte: start }, paragraph: { documentId } }, select: { createdAt: true } }),
    // Decisions only: an approval carried over to the same text again counts as its save.
    db.review.findMany({ where: { createdAt: { gte: start }, carriedFromReviewId: null, translationVersion: { paragraph: { documentId } } }, select: { createdAt: true } }),
  ]);
  const buckets: DailyActivity[] = Array.from({ length: days }, (_, i) => ({
    day: new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10),
    saves: 0,
    reviews: 0,
  }));
  const index = (date: Date) => Math.floor((date.getTime() - start.getTime()) / 86_400_000);
  // A row outside the window has no bucket.
  for (const { createdAt } of saves) {
    const bucket = buckets[index(createdAt)];
    if (bucket) bucket.saves += 1;
  }
  for (const { createdAt } of reviews) {
    const bucket = buckets[index(createdAt)];
    if (bucket) bucket.reviews += 1;
  }
  return buckets;
}
