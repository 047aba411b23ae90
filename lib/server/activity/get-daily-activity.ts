import 'server-only';
// A document's saves and reviews per day over the last 30 days, for its activity page's chart.
// Anyone signed in may read it; an unknown slug is a 404.
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { findDocument } from '../documents/find-document-language';
import { countDailyActivity, type DailyActivity } from './count-daily-activity';

// The actor parameter keeps the call sites honest about who reads.
export async function getDailyActivity({ slug }: { slug: string; actor: Actor }): Promise<DailyActivity[]> {
  const db = getDb();
  const document = await findDocument(db, slug);
  return countDailyActivity(db, document.id);
}
