import 'server-only';
// Imports an XLIFF file (2.0, or 1.2 and 1.1) a CAT tool sends back into one language of a document, all or
// nothing. Units are matched to paragraphs by id; a target that differs from the current text
// becomes a new version by the importing translator, based on the current version (as a save
// from the workbench would be). Skipped, and said why: units whose English changed since the
// export, units of no paragraph, units without a translation. A dry run answers the same and
// writes nothing: the preview. Bad files (not XML, not XLIFF, wrong languages, another
// document's units) are refused whole with a 400 naming the problem and its line.
import { AppError, isAppError } from '../../app-error';
import type { Actor } from '../../roles';
import { normalizeParagraphText } from '../../translation-text';
import { wordDiff } from '../../word-diff';
import type { ImportUnitReport, XliffImportReport } from '../../xliff/import-report';
import type { XliffDocument, XliffUnit } from '../../xliff/parse-xliff';
import { runOnWorker } from '../worker/run-on-worker';
import { MAX_XLIFF_BYTES, NOTE, ORIGINAL_PREFIX, originalOf } from '../../xliff/xliff-format';
import { requireTranslator } from '../access';
import { getDb, type Db } from '../db';
import { findDocumentLanguage, type LanguageInfo } from '../documents/find-document-language';
import { loadAllParagraphStates } from '../documents/load-all-paragraph-states';
import type { ParagraphState } from '../documents/load-paragraph-states';
import { announceChange } from '../live/announce-change';
import { saveImportedVersions, type ImportedVersion } from './save-imported-versions';
import { findManyByIds } from '../find-many-by-ids';
import { betweenSlices, letOthersIn } from '../let-others-in';

export type ImportXliffInput = {
  slug: string;
  lang: string;
  /** The file's text (see lib/xml/decode-xml-bytes.ts). */
  xml: string;
  /** Check and report only; write nothing. */
  dryRun: boolean;
  actor: Actor;
};

export async function importXliff({ slug, lang, xml, dryRun, actor }: ImportXliffInput): Promise<XliffImportReport> {
  if (Buffer.byteLength(xml) > MAX_XLIFF_BYTES) throw tooLarge();
  const db = getDb();
  const { document, language } = await findDocumentLanguage(db, slug, lang);
  requireTranslator(actor, language.code);
  const file = await runOnWorker('xliff', xml);
  checkLanguages(file, document.sourceLang, language);
  checkOriginals(file, document.slug);

  const paragraphs = await loadAllParagraphStates(db, document.id, language.code);
  const units = await planUnits(db, file, paragraphs, document, language.code);
  const versions: ImportedVersion[] = units.flatMap((unit) => (unit.outcome === 'created' ? [unit.version] : []));
  const created = !dryRun && versions.length > 0 ? await saveImportedVersions(db, { lang: language.code, versions, actor }) : new Map<string, string>();
  await letOthersIn(); // after the transaction, before the announcements
  const pause = betweenSlices();
  for (const paragraphId of created.keys()) {
    announceChange({ documentId: document.id, paragraphId, lang: language.code, change: 'version', actor });
    await pause();
  }

  const reports = units.map(({ report }) =>
    report.outcome === 'created' ? { ...report, versionId: created.get(report.paragraphId) ?? null } : report,
  );
  return {
    slug: document.slug,
    lang: language.code,
    dryRun,
    applied: !dryRun,
    counts: {
      created: reports.filter((unit) => unit.outcome === 'created').length,
      unchanged: reports.filter((unit) => unit.outcome === 'unchanged').length,
      skipped: reports.filter((unit) => unit.outcome === 'skipped').length,
    },
    units: reports,
  };
}

export function tooLarge(): AppError {
  return new AppError('too_large', {
    message: `The file is larger than ${MAX_XLIFF_BYTES / 1024 / 1024} MB, the limit for an XLIFF import.`,
  });
}

/** "de-DE" names German, "de" too; "fr" does not. */
function sameLanguage(tag: string, code: string): boolean {
  const lower = tag.toLowerCase();
  return lower === code.toLowerCase() || lower.startsWith(`${code.toLowerCase()}-`);
}

function checkLanguages(file: XliffDocument, sourceLang: string, language: LanguageInfo) {
  const at = `Line ${file.line}: `;
  const [srcLang, trgLang] = file.version.startsWith('1.') ? ['source-language', 'target-language'] : ['srcLang', 'trgLang'];
  if (!sameLanguage(file.srcLang, sourceLang)) {
    throw new AppError('invalid_input', {
      message: `${at}the file's source language (${srcLang}) is "${file.srcLang}", but the document is written in "${sourceLang}".`,
      details: { line: file.line },
    });
  }
  // XLIFF 1.x makes the target language optional (po2xliff leaves it out): the import names it.
  if (!file.trgLang && file.version.startsWith('1.')) return;
  if (!file.trgLang) {
    throw new AppError('invalid_input', {
      message: `${at}the file has no target language (${trgLang}); this import is into ${language.englishName} ("${language.code}").`,
      details: { line: file.line },
    });
  }
  if (!sameLanguage(file.trgLang, language.code)) {
    throw new AppError('invalid_input', {
      message: `${at}the file's target language (${trgLang}) is "${file.trgLang}", but this import is into ${language.englishName} ("${language.code}"). Import it into its own language.`,
      details: { line: file.line },
    });
  }
}

/** A file Redline wrote names its document; one of another document is refused. */
function checkOriginals(file: XliffDocument, slug: string) {
  for (const entry of file.files) {
    if (entry.original?.startsWith(ORIGINAL_PREFIX) && entry.original !== originalOf(slug)) {
      throw new AppError('invalid_input', {
        message: `Line ${entry.line}: the file is an export of the document "${entry.original.slice(ORIGINAL_PREFIX.length)}", not of "${slug}". Import it into the document it came from.`,
        details: { line: entry.line },
      });
    }
  }
}

type PlannedUnit =
  | { outcome: 'created'; report: Extract<ImportUnitReport, { outcome: 'created' }>; version: ImportedVersion }
  | { outcome: 'unchanged' | 'skipped'; report: ImportUnitReport };

async function planUnits(
  db: Db,
  file: XliffDocument,
  paragraphs: ParagraphState[],
  document: { id: string; title: string },
  lang: string,
): Promise<PlannedUnit[]> {
  if (file.units.length === 0) {
    throw new AppError('invalid_input', { message: `Line ${file.line}: the file has no units, so there is nothing to import.`, details: { line: file.line } });
  }
  const byId = new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const unknown = file.units.filter((unit) => !byId.has(unit.id));
  await refuseOtherDocuments(db, unknown, document.id);
  if (unknown.length === file.units.length) {
    throw new AppError('invalid_input', {
      message: `None of the file's ${file.units.length} units is a paragraph of “${document.title}”: their ids (such as "${file.units[0].id}") are not this document's paragraph ids, and Redline does not guess which unit is which paragraph. Export the document from Redline (XLIFF 2.0 or 1.2), translate that file, and import it.`,
    });
  }

  // A word diff per changed unit: 2,000 of them are 180 ms, so others are let in between.
  const pause = betweenSlices();
  const planned: PlannedUnit[] = [];
  for (const unit of file.units) {
    planned.push(planUnit(unit, byId.get(unit.id), lang));
    await pause();
  }
  // Reading order; units of no paragraph at the end, in file order.
  const position = (unit: PlannedUnit) => unit.report.position ?? Number.MAX_SAFE_INTEGER;
  return planned.sort((a, b) => position(a) - position(b));
}

async function refuseOtherDocuments(db: Db, unknown: XliffUnit[], documentId: string) {
  if (unknown.length === 0) return;
  const elsewhere = await findManyByIds(
    unknown.map((unit) => unit.id),
    (ids) =>
      db.paragraph.findMany({
        where: { id: { in: ids }, documentId: { not: documentId } },
        select: { id: true, position: true, document: { select: { slug: true, title: true } } },
      }),
  );
  if (elsewhere.length === 0) return;
  const first = unknown.find((unit) => unit.id === elsewhere[0].id)!;
  const others = elsewhere.length > 1 ? ` (and ${elsewhere.length - 1} more units of other documents)` : '';
  throw new AppError('invalid_input', {
    message: `Line ${first.line}: unit "${first.id}" is paragraph ${elsewhere[0].position} of “${elsewhere[0].document.title}” (${elsewhere[0].document.slug}), not of this document${others}. Import the file into the document it was exported from.`,
    details: { line: first.line },
  });
}

function planUnit(unit: XliffUnit, paragraph: ParagraphState | undefined, lang: string): PlannedUnit {
  const base = { unitId: unit.id, line: unit.line };
  if (!paragraph) {
    return skipped(base, null, 'unknown_unit', 'No paragraph of this document has this id; the unit was added outside Redline or its paragraph was removed.');
  }
  const where = { paragraphId: paragraph.id, position: paragraph.position };
  const exportedSource = note(unit, NOTE.sourceVersion);
  const sourceChanged =
    exportedSource !== null ? exportedSource !== paragraph.source.versionId : comparable(unit.source) !== comparable(paragraph.source.text);
  if (sourceChanged) {
    return skipped(base, where, 'source_changed', 'The English of this paragraph changed after the file was exported; export again and translate the new text.');
  }
  if (unit.target === null || unit.target.trim() === '') {
    return skipped(base, where, 'no_target', 'The unit has no target text.');
  }
  if (unit.untranslatedSegments > 0) {
    return skipped(
      base,
      where,
      'incomplete_target',
      `${unit.untranslatedSegments} of the unit's ${unit.segments} segments have no target; the paragraph is left as it is until all are translated.`,
    );
  }
  const text = checkedText(unit, paragraph);
  const current = paragraph.translation;
  if (current?.text === text) return { outcome: 'unchanged', report: { ...base, ...where, outcome: 'unchanged' } };
  const exportedTranslation = note(unit, NOTE.translationVersion);
  return {
    outcome: 'created',
    report: {
      ...base,
      ...where,
      outcome: 'created',
      before: current?.text ?? null,
      after: text,
      changes: wordDiff(current?.text ?? '', text, lang).changes,
      versionId: null,
      // Only a file Redline wrote says what it was exported from.
      translationChangedSinceExport: exportedSource !== null && current !== null && exportedTranslation !== current.versionId,
    },
    version: {
      paragraphId: paragraph.id,
      position: paragraph.position,
      text,
      base: current ? { versionId: current.versionId, number: current.number } : null,
      source: { versionId: paragraph.source.versionId, number: paragraph.source.number },
    },
  };
}

function skipped(
  base: { unitId: string; line: number },
  where: { paragraphId: string; position: number } | null,
  reason: Extract<ImportUnitReport, { outcome: 'skipped' }>['reason'],
  message: string,
): PlannedUnit {
  return {
    outcome: 'skipped',
    report: { ...base, paragraphId: where?.paragraphId ?? null, position: where?.position ?? null, outcome: 'skipped', reason, message },
  };
}

/** The target under the rules of every save (lib/translation-text.ts), its errors naming the unit. */
function checkedText(unit: XliffUnit, paragraph: ParagraphState): string {
  try {
    return normalizeParagraphText(unit.target!);
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw new AppError(error.code, {
      message: `Line ${unit.line}: the target of unit "${unit.id}" (paragraph ${paragraph.position}): ${error.message}`,
      details: { line: unit.line },
    });
  }
}

function note(unit: XliffUnit, category: string): string | null {
  return unit.notes.find((candidate) => candidate.category === category)?.text.trim() ?? null;
}

/** Without the export's note, sources compare by their words: a tool may reflow white space. */
function comparable(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
