import 'server-only';
// An editor, or the newsroom's CMS, sends the next version of a whole story. Its paragraphs are
// lined up with the current ones (lib/source-alignment.ts) and applied in one transaction: an
// unchanged paragraph keeps its translations untouched; a changed one gets a new source version
// (its translations then read as outdated, with the English diff, as after a paragraph's edit);
// a new one is a new paragraph, untranslated everywhere; a removed one leaves the article but
// keeps its history; a moved one keeps its id and translations at its new place.
//
// The document's source revision goes up with every change to the English. The update names the
// revision it was made from (or is made from the one read here); claiming the next revision is a
// conditional UPDATE, so of two updates from the same base the database lets one through and the
// other gets a 409 naming the current revision. A dry run answers the alignment without writing.
import { AppError } from '../../app-error';
import type { SourceUpdateParagraph, SourceUpdateReport } from '../../api/document-source';
import { MAX_ARTICLE_PARAGRAPHS, type ArticleFormat } from '../../article-import';
import { emptyArticle, tooManyParagraphs } from '../../article-import/limits';
import type { ParagraphKind } from '../../paragraph-kinds';
import type { Actor } from '../../roles';
import type { AlignedParagraph, AlignmentOutcome } from '../../source-alignment';
import { normalizeParagraphText } from '../../translation-text';
import { wordDiff } from '../../word-diff';
import { requireSourceEditor } from '../access';
import { getDb, type Db, type Tx } from '../db';
import { findDocument } from '../documents/find-document-language';
import { IDS_PER_QUERY } from '../find-many-by-ids';
import { announceDocumentChange } from '../live/announce-change';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';
import { betweenSlices } from '../let-others-in';
import { runOnWorker } from '../worker/run-on-worker';
import { writeTransaction } from '../write-transaction';
import { searchable } from '../../search-text';
import { isUniqueViolation } from '../unique-violation';

type IncomingParagraph = { text: string; kind: ParagraphKind };

type SourceUpdateCounts = Record<AlignmentOutcome, number>;

/** Rows of up to five columns per INSERT: within SQLite's 999 bound parameters. */
const ROWS_PER_INSERT = 100;

type CurrentParagraph = { id: string; position: number; kind: ParagraphKind; source: { number: number; text: string } };

type Plan = { current: CurrentParagraph[]; incoming: IncomingParagraph[]; alignment: AlignedParagraph[]; counts: SourceUpdateCounts };

export async function updateDocumentSource({
  slug,
  article,
  baseRevision,
  dryRun = false,
  actor,
}: {
  slug: string;
  /** The whole new text of the story, read by the article importer (lib/article-import). */
  article: { format: ArticleFormat; content: string };
  /** The revision the sender started from; left out, the update applies to whatever is current. */
  baseRevision?: number;
  dryRun?: boolean;
  actor: Actor;
}): Promise<SourceUpdateReport> {
  requireSourceEditor(actor);
  const incoming = checkedParagraphs((await runOnWorker('article', article)).paragraphs);
  const db = getDb();
  const document = await findDocument(db, slug);
  const revision = document.sourceRevision;
  if (baseRevision !== undefined && baseRevision !== revision) throw staleBase(baseRevision, revision);

  const current = await loadCurrentParagraphs(db, document.id);
  const { paragraphs: alignment, counts } = await runOnWorker(
    'alignment',
    current.map((paragraph) => paragraph.source.text),
    incoming.map((paragraph) => paragraph.text),
  );
  const plan: Plan = { current, incoming, alignment, counts };
  const report = { ...counts, dryRun, baseRevision: revision, revision };
  if (dryRun) return { ...report, paragraphs: await previewEntries(plan, document.sourceLang) };
  if (counts.unchanged === current.length && counts.unchanged === incoming.length) return report;

  try {
    await writeTransaction(
      db,
      async (tx) => {
        await applyPlan(tx, { documentId: document.id, revision, plan, actor });
        await enqueueWebhookEvent(tx, {
          event: 'source.updated',
          data: {
            document: { slug: document.slug, title: document.title },
            counts,
            revision: revision + 1,
            updatedBy: { id: actor.id, name: actor.name },
            links: { document: `/api/documents/${encodeURIComponent(document.slug)}` },
          },
        });
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    // A paragraph's English edited in the same moment took the source version number first.
    if (isUniqueViolation(error)) throw await concurrentUpdate(db, document.id, revision);
    throw error;
  }
  announceDocumentChange({ documentId: document.id, actor });
  return { ...report, revision: revision + 1 };
}

function checkedParagraphs(paragraphs: IncomingParagraph[]): IncomingParagraph[] {
  const checked = paragraphs
    .map((paragraph) => ({ kind: paragraph.kind, text: normalizeParagraphText(paragraph.text).trim() }))
    .filter((paragraph) => paragraph.text !== '');
  // The importer checks these already; the rows written must obey them whoever parsed.
  if (checked.length === 0) throw emptyArticle();
  if (checked.length > MAX_ARTICLE_PARAGRAPHS) throw tooManyParagraphs(checked.length);
  return checked;
}

function staleBase(baseRevision: number, currentRevision: number) {
  return new AppError('conflict', {
    message: `The English was changed after revision ${baseRevision}, which this update was made from: the current revision is ${currentRevision}. Look at the current text, then send the update again from revision ${currentRevision}.`,
    details: { currentRevision },
  });
}

async function concurrentUpdate(db: Db, documentId: string, revision: number) {
  const now = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { sourceRevision: true } });
  return staleBase(revision, now.sourceRevision);
}

/** The paragraphs in the article, in order, each with its current English. */
async function loadCurrentParagraphs(db: Db, documentId: string): Promise<CurrentParagraph[]> {
  const inArticle = { documentId, removedAt: null };
  const [paragraphs, sources] = await Promise.all([
    db.paragraph.findMany({ where: inArticle, orderBy: { position: 'asc' }, select: { id: true, position: true, kind: true } }),
    db.sourceVersion.findMany({ where: { paragraph: inArticle }, orderBy: { number: 'desc' }, select: { paragraphId: true, number: true, text: true } }),
  ]);
  const currentSource = new Map<string, { number: number; text: string }>();
  for (const source of sources) if (!currentSource.has(source.paragraphId)) currentSource.set(source.paragraphId, source);
  return paragraphs.map((paragraph) => ({
    id: paragraph.id,
    position: paragraph.position,
    kind: paragraph.kind as ParagraphKind,
    source: currentSource.get(paragraph.id)!,
  }));
}

/** The word diffs of a long story's edited paragraphs add up (2,000 of them: about 180 ms), so others get turns between them. */
async function previewEntries({ current, incoming, alignment }: Plan, sourceLang: string): Promise<SourceUpdateParagraph[]> {
  const entries: SourceUpdateParagraph[] = [];
  const pause = betweenSlices();
  for (const entry of alignment) {
    const old = 'from' in entry ? current[entry.from] : null;
    const next = 'to' in entry ? incoming[entry.to] : null;
    const edited = old !== null && next !== null && old.source.text !== next.text;
    entries.push({
      outcome: entry.outcome,
      paragraphId: old?.id ?? null,
      oldPosition: old?.position ?? null,
      newPosition: 'to' in entry ? entry.to + 1 : null,
      // A paragraph that stays keeps its kind (an editor may have set it); a new one takes the importer's.
      kind: old?.kind ?? next!.kind,
      text: next?.text ?? old!.source.text,
      changes: edited ? wordDiff(old.source.text, next.text, sourceLang).changes : null,
    });
    await pause();
  }
  return entries;
}

async function applyPlan(tx: Tx, { documentId, revision, plan, actor }: { documentId: string; revision: number; plan: Plan; actor: Actor }) {
  // Claims the next revision, and with it the right to apply this alignment: it was made against
  // `revision`, and every change to the English since would have moved the revision on.
  const claimed = await tx.document.updateMany({ where: { id: documentId, sourceRevision: revision }, data: { sourceRevision: revision + 1 } });
  if (claimed.count === 0) {
    const now = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { sourceRevision: true } });
    throw staleBase(revision, now.sourceRevision);
  }
  const { current, incoming, alignment } = plan;
  const removedAt = new Date();
  const { _min, _max } = await tx.paragraph.aggregate({ where: { documentId }, _min: { position: true }, _max: { position: true } });

  // Removed paragraphs take positions below every other (the article is 1..n), so the unique
  // (document, position) index never meets them again.
  let parked = Math.min(0, _min.position ?? 0);
  for (const entry of alignment) {
    if (entry.outcome !== 'removed') continue;
    const paragraph = current[entry.from];
    await tx.paragraph.update({
      where: { id: paragraph.id },
      data: { removedAt, removedById: actor.id, removedFromPosition: paragraph.position, position: --parked },
    });
  }

  // Paragraphs that stay but change place go in two steps, each free of collisions: first above
  // every position in use, then down to their new places, in one statement per distance.
  const moving = alignment.flatMap((entry) =>
    'from' in entry && 'to' in entry && current[entry.from].position !== entry.to + 1 ? [{ id: current[entry.from].id, distance: entry.to + 1 - current[entry.from].position }] : [],
  );
  const offset = Math.max(_max.position ?? 0, incoming.length) + 1;
  for (const ids of chunks(moving.map((paragraph) => paragraph.id), IDS_PER_QUERY)) {
    await tx.paragraph.updateMany({ where: { id: { in: ids } }, data: { position: { increment: offset } } });
  }
  const byDistance = new Map<number, string[]>();
  for (const { id, distance } of moving) {
    const group = byDistance.get(distance);
    if (group) group.push(id);
    else byDistance.set(distance, [id]);
  }
  for (const [distance, group] of byDistance) {
    for (const ids of chunks(group, IDS_PER_QUERY)) await tx.paragraph.updateMany({ where: { id: { in: ids } }, data: { position: { increment: distance - offset } } });
  }

  // New English for the paragraphs whose text changed (edited in place, or moved and edited).
  const versions = alignment.flatMap((entry) => {
    if (!('from' in entry && 'to' in entry)) return [];
    const paragraph = current[entry.from];
    const text = incoming[entry.to].text;
    return paragraph.source.text === text ? [] : [{ paragraphId: paragraph.id, number: paragraph.source.number + 1, ...searchable(text), authorId: actor.id }];
  });
  for (const rows of chunks(versions)) await tx.sourceVersion.createMany({ data: rows });

  // New paragraphs, untranslated in every language.
  const added = alignment.flatMap((entry) => (entry.outcome === 'added' ? [{ position: entry.to + 1, ...incoming[entry.to] }] : []));
  for (const rows of chunks(added)) {
    const created = await tx.paragraph.createManyAndReturn({
      data: rows.map(({ position, kind }) => ({ documentId, position, kind })),
      select: { id: true, position: true },
    });
    const textAt = new Map(rows.map((row) => [row.position, row.text]));
    await tx.sourceVersion.createMany({
      data: created.map((paragraph) => ({ paragraphId: paragraph.id, number: 1, ...searchable(textAt.get(paragraph.position)!), authorId: actor.id })),
    });
  }
}

/** Batches small enough for SQLite's bound-parameter limit (lib/server/find-many-by-ids.ts): ids, or rows of a few columns. */
function chunks<T>(items: T[], size = ROWS_PER_INSERT): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}
