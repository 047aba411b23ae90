import 'server-only';
// One language of a document as an XLIFF 2.0 (or 1.2) file for a CAT tool: every paragraph with
// its current source and translation, status and open comments. Anyone signed in may export.
import type { Actor } from '../../roles';
import { xliffLines, type XliffParagraph } from '../../xliff/write-xliff';
import { xliff1Lines } from '../../xliff/write-xliff-1';
import { getDb } from '../db';
import { findDocumentLanguage } from '../documents/find-document-language';
import { loadAllParagraphStates } from '../documents/load-all-paragraph-states';
import { joinLettingOthersIn } from '../let-others-in';
import { exportFilename, type ExportedFile } from './exported-file';

// The actor parameter keeps the call sites honest about who reads.
export async function exportXliff({
  slug,
  lang,
  version = '2.0',
  now = new Date(),
}: {
  slug: string;
  lang: string;
  actor: Actor;
  /** 2.0 unless a tool needs 1.2. */
  version?: '2.0' | '1.2';
  now?: Date;
}): Promise<ExportedFile> {
  const db = getDb();
  const { document, language } = await findDocumentLanguage(db, slug, lang);
  const paragraphs = await loadAllParagraphStates(db, document.id, language.code);
  const threads = await db.comment.findMany({
    where: { languageCode: language.code, threadId: null, resolvedAt: null, paragraph: { documentId: document.id, removedAt: null } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      paragraphId: true,
      text: true,
      author: { select: { name: true } },
      replies: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { text: true, author: { select: { name: true } } } },
    },
  });
  const comments = new Map<string, XliffParagraph['comments']>();
  for (const thread of threads) {
    const list = comments.get(thread.paragraphId) ?? [];
    list.push({
      author: thread.author.name,
      text: thread.text,
      replies: thread.replies.map((reply) => ({ author: reply.author.name, text: reply.text })),
    });
    comments.set(thread.paragraphId, list);
  }

  // Written a unit at a time: a 2,000-paragraph file at once held the event loop 50 to 90 ms.
  const lines = (version === '1.2' ? xliff1Lines : xliffLines)({
    document: { slug: document.slug, title: document.title, sourceLang: document.sourceLang },
    language: { code: language.code, englishName: language.englishName, direction: language.direction },
    exportedAt: now.toISOString(),
    paragraphs: paragraphs.map((paragraph) => ({
      id: paragraph.id,
      position: paragraph.position,
      kind: paragraph.kind,
      source: { versionId: paragraph.source.versionId, text: paragraph.source.text },
      status: paragraph.status,
      translation: paragraph.translation && {
        versionId: paragraph.translation.versionId,
        text: paragraph.translation.text,
        rejection: paragraph.translation.rejection && {
          reviewer: paragraph.translation.rejection.reviewer,
          comment: paragraph.translation.rejection.comment,
        },
        translatedSource: paragraph.translation.translatedSource && { text: paragraph.translation.translatedSource.text },
      },
      comments: comments.get(paragraph.id) ?? [],
    })),
  });
  const body = await joinLettingOthersIn(lines, '\n');
  return { filename: exportFilename(document.slug, language.code, version === '1.2' ? 'xliff12.xlf' : 'xlf'), contentType: 'application/xliff+xml; charset=utf-8', body };
}
