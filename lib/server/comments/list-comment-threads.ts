import 'server-only';
// The comment threads on a paragraph's translation into one language, oldest first, each with its
// replies oldest first and who resolved it. Anyone signed in may read them.
import type { CommentThreadJson } from '../../comment-types';
import type { Actor } from '../../roles';
import { getDb } from '../db';
import { findParagraphLanguage } from '../translations/find-paragraph-language';

// createdAt has millisecond resolution; the id (a cuid, increasing within a process) breaks ties.
const oldestFirst = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

export const threadSelect = {
  id: true,
  text: true,
  createdAt: true,
  resolvedAt: true,
  author: { select: { name: true } },
  resolvedBy: { select: { name: true } },
  replies: {
    orderBy: oldestFirst,
    select: { id: true, text: true, createdAt: true, author: { select: { name: true } } },
  },
} as const;

export type ThreadRow = {
  id: string;
  text: string;
  createdAt: Date;
  resolvedAt: Date | null;
  author: { name: string };
  resolvedBy: { name: string } | null;
  replies: Array<{ id: string; text: string; createdAt: Date; author: { name: string } }>;
};

export function threadJson(row: ThreadRow): CommentThreadJson {
  return {
    id: row.id,
    text: row.text,
    author: { name: row.author.name },
    createdAt: row.createdAt.toISOString(),
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: row.resolvedBy?.name ?? null,
    replies: row.replies.map((reply) => ({
      id: reply.id,
      text: reply.text,
      author: { name: reply.author.name },
      createdAt: reply.createdAt.toISOString(),
    })),
  };
}

export async function listCommentThreads({ paragraphId, lang }: { paragraphId: string; lang: string; actor: Actor }): Promise<CommentThreadJson[]> {
  const db = getDb();
  await findParagraphLanguage(db, paragraphId, lang);
  const rows = await db.comment.findMany({
    where: { paragraphId, languageCode: lang, threadId: null },
    orderBy: oldestFirst,
    select: threadSelect,
  });
  return rows.map(threadJson);
}
