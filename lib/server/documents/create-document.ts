import 'server-only';
// A new document from a newsroom's article: the importer reads it into paragraphs with kinds,
// the editor's kind changes are applied, and the document, its target languages, paragraphs and
// their first source versions are written in one transaction. Editors and admins only. A dry run
// checks everything the same way and writes nothing: the preview.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../app-error';
import type { ArticleFormat, DroppedPart, ImportedParagraph } from '../../article-import';
import { cleanTitle } from '../../new-document';
import type { ParagraphKind } from '../../paragraph-kinds';
import type { Actor } from '../../roles';
import { RESERVED_SLUGS, SLUG_PATTERN, slugify, uniqueSlug } from '../../slug';
import { requireDocumentCreator } from '../access';
import { getDb, type Db, type Tx } from '../db';
import { jsonRows, timestampParam } from '../json-rows';
import { betweenSlices, letOthersIn } from '../let-others-in';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';
import { runOnWorker } from '../worker/run-on-worker';
import { writeTransaction } from '../write-transaction';
import { searchFold } from '../../search-text';
import { isUniqueViolation } from '../unique-violation';

/** The English source of every document (DESIGN.md: an English source, target languages). */
const SOURCE_LANG = 'en';
/** A 5,000-paragraph article is 10,000 rows: more than Prisma's default 5 s on a busy machine. */
const WRITE_TIMEOUT_MS = 60_000;
/** Two editors creating the same headline at once: the loser takes the next free number. */
const SLUG_ATTEMPTS = 5;

export type NewDocument = {
  title?: string;
  /** An explicit slug is taken as it is or refused (409); otherwise one is made from the title. */
  slug?: string;
  format: ArticleFormat;
  content: string;
  languages: string[];
  /** ISO 8601 with a time zone, or null. */
  deadline?: string | null;
  /** Kinds that replace the importer's, by position ("3" → subheading). */
  kinds?: Record<string, ParagraphKind>;
};

export type CreatedDocument = {
  dryRun: boolean;
  slug: string;
  title: string;
  sourceLang: string;
  languages: string[];
  deadline: string | null;
  paragraphs: Array<{ id: string | null; position: number; kind: ParagraphKind; source: { versionId: string | null; text: string } }>;
  dropped: DroppedPart[];
};

export async function createDocument({ input, actor, dryRun = false }: { input: NewDocument; actor: Actor; dryRun?: boolean }): Promise<CreatedDocument> {
  requireDocumentCreator(actor);
  const article = await runOnWorker('article', { format: input.format, content: input.content });
  const paragraphs = withKinds(article.paragraphs, input.kinds ?? {});
  const title = chooseTitle(input.title, article.title);
  const languages = [...new Set(input.languages)];
  if (!languages.length) {
    throw new AppError('invalid_input', { message: 'Choose at least one language to translate into.', details: { reason: 'no_languages' } });
  }
  const deadline = input.deadline ? new Date(input.deadline) : null;
  if (deadline && Number.isNaN(deadline.getTime())) {
    throw new AppError('invalid_input', { message: `deadline: "${input.deadline}" is not a date and time (ISO 8601, such as 2025-04-24T18:00:00+02:00).` });
  }
  const planned = { title, languages, deadline: deadline?.toISOString() ?? null, dropped: article.dropped, sourceLang: SOURCE_LANG };
  const db = getDb();

  if (dryRun) {
    await checkLanguages(db, languages);
    const slug = await chooseSlug(db, input.slug, title);
    return {
      dryRun: true,
      slug,
      ...planned,
      paragraphs: paragraphs.map(({ position, kind, text }) => ({ id: null, position, kind, source: { versionId: null, text } })),
    };
  }

  const rows = await paragraphRows(paragraphs);
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeTransaction(
        db,
        async (tx) => {
          await checkLanguages(tx, languages);
          const slug = await chooseSlug(tx, input.slug, title);
          const created = await writeDocument(tx, { slug, title, deadline, languages, rows });
          await enqueueWebhookEvent(tx, {
            event: 'document.created',
            data: {
              document: { slug, title, sourceLang: SOURCE_LANG, languages, paragraphCount: created.length },
              createdBy: { id: actor.id, name: actor.name },
              links: { document: `/api/documents/${encodeURIComponent(slug)}` },
            },
          });
          return { dryRun: false, slug, ...planned, paragraphs: created };
        },
        { timeout: WRITE_TIMEOUT_MS, maxWait: WRITE_TIMEOUT_MS },
      );
    } catch (error) {
      // Another document took the derived slug between our look and our insert: look again.
      if (!input.slug && isUniqueViolation(error) && attempt < SLUG_ATTEMPTS) continue;
      if (input.slug && isUniqueViolation(error)) throw slugTaken(input.slug);
      throw error;
    }
  }
}

function withKinds(paragraphs: ImportedParagraph[], kinds: Record<string, ParagraphKind>): ImportedParagraph[] {
  const unknown = Object.keys(kinds).filter((position) => !paragraphs[Number(position) - 1]);
  if (unknown.length) {
    throw new AppError('invalid_input', {
      message: `kinds: the article has ${paragraphs.length} paragraphs; there is no paragraph ${unknown.join(', ')}.`,
      details: { reason: 'unknown_position' },
    });
  }
  return paragraphs.map((paragraph) => ({ ...paragraph, kind: kinds[String(paragraph.position)] ?? paragraph.kind }));
}

function chooseTitle(given: string | undefined, headline: string): string {
  const title = cleanTitle(given ?? '') || cleanTitle(headline);
  if (!title) {
    throw new AppError('invalid_input', {
      message: 'The article has no headline to take the title from: give a title.',
      details: { reason: 'no_title' },
    });
  }
  return title;
}

async function checkLanguages(db: Db | Tx, languages: string[]) {
  if (languages.includes(SOURCE_LANG)) {
    throw new AppError('invalid_input', {
      message: `${SOURCE_LANG} is the language of the article; choose the languages to translate it into.`,
      details: { reason: 'source_language' },
    });
  }
  const known = new Set((await db.language.findMany({ where: { code: { in: languages } }, select: { code: true } })).map((row) => row.code));
  const unknown = languages.filter((code) => !known.has(code));
  if (unknown.length) {
    throw new AppError('invalid_input', {
      message: `Redline has no language ${unknown.join(', ')}.`,
      details: { reason: 'unknown_language', languages: unknown },
    });
  }
}

async function chooseSlug(db: Db | Tx, given: string | undefined, title: string): Promise<string> {
  if (given !== undefined) {
    if (!SLUG_PATTERN.test(given)) {
      throw new AppError('invalid_input', { message: `slug: "${given}" is not a slug: lower-case letters and digits joined by hyphens.` });
    }
    if (RESERVED_SLUGS.has(given) || (await db.document.findUnique({ where: { slug: given }, select: { id: true } }))) throw slugTaken(given);
    return given;
  }
  const base = slugify(title);
  const taken = await db.document.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return uniqueSlug(base, new Set(taken.map((row) => row.slug)));
}

function slugTaken(slug: string): AppError {
  return new AppError('conflict', { message: `There is a document "${slug}" already; choose another slug.`, details: { reason: 'slug_taken', slug } });
}

/**
 * The paragraphs' rows, ids made here, and their tables (lib/server/json-rows.ts): made before
 * the transaction, a slice at a time (the search forms of 2,000 paragraphs are 30 ms).
 */
async function paragraphRows(paragraphs: ImportedParagraph[]) {
  const pause = betweenSlices();
  const rows = [];
  for (const paragraph of paragraphs) {
    rows.push({ ...paragraph, id: randomUUID(), versionId: randomUUID(), searchText: searchFold(paragraph.text) });
    await pause();
  }
  const tables = {
    created: rows.map(({ id, versionId, position, kind, text }) => ({ id, position, kind, source: { versionId, text } })),
    paragraphs: jsonRows(rows, { id: 'text', position: 'integer', kind: 'text' }),
    sourceVersions: jsonRows(rows, { versionId: 'text', id: 'text', text: 'text', searchText: 'text' }),
  };
  await letOthersIn();
  return tables;
}

async function writeDocument(
  tx: Tx,
  { slug, title, deadline, languages, rows }: { slug: string; title: string; deadline: Date | null; languages: string[]; rows: Awaited<ReturnType<typeof paragraphRows>> },
): Promise<CreatedDocument['paragraphs']> {
  const document = await tx.document.create({
    data: { slug, title, sourceLang: SOURCE_LANG, deadline, languages: { create: languages.map((languageCode) => ({ languageCode })) } },
    select: { id: true, createdAt: true },
  });
  // Two statements whatever the article's length: on SQLite every other request waits while
  // this one writes, for SQLite's own work only.
  const createdAt = timestampParam(document.createdAt);
  await tx.$executeRaw`INSERT INTO "Paragraph" ("id", "documentId", "position", "kind", "createdAt")
    SELECT rows."id", ${document.id}, rows."position", rows."kind", ${createdAt} FROM ${rows.paragraphs}`;
  await tx.$executeRaw`INSERT INTO "SourceVersion" ("id", "paragraphId", "number", "text", "searchText", "createdAt")
    SELECT rows."versionId", rows."id", 1, rows."text", rows."searchText", ${createdAt} FROM ${rows.sourceVersions}`;
  return rows.created;
}
