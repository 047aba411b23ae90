// What an XLIFF import did, or would do on a dry run, per unit: the shape of the answer of
// POST /api/documents/{slug}/import, shared by the service that builds it and the preview page.
import type { DiffPart } from '../word-diff';

export const SKIP_REASONS = ['source_changed', 'unknown_unit', 'no_target', 'incomplete_target'] as const;
export type ImportSkipReason = (typeof SKIP_REASONS)[number];

/** The locale key of each reason's label (locales/*.json, `interchange.skipReason.*`). */
export const SKIP_REASON_KEYS: Record<ImportSkipReason, string> = {
  source_changed: 'interchange.skipReason.source_changed',
  unknown_unit: 'interchange.skipReason.unknown_unit',
  no_target: 'interchange.skipReason.no_target',
  incomplete_target: 'interchange.skipReason.incomplete_target',
};

type UnitBase = {
  unitId: string;
  /** Line of the unit in the file. */
  line: number;
};

export type ImportUnitReport =
  | (UnitBase & {
      outcome: 'created';
      paragraphId: string;
      position: number;
      /** The current text, or null when the paragraph was untranslated. */
      before: string | null;
      after: string;
      changes: DiffPart[];
      /** The new version; null on a dry run. */
      versionId: string | null;
      /** Someone saved the paragraph after the file was exported: the import replaces their text. */
      translationChangedSinceExport: boolean;
    })
  | (UnitBase & { outcome: 'unchanged'; paragraphId: string; position: number })
  | (UnitBase & {
      outcome: 'skipped';
      paragraphId: string | null;
      position: number | null;
      reason: ImportSkipReason;
      message: string;
    });

export type XliffImportReport = {
  slug: string;
  lang: string;
  dryRun: boolean;
  /** True once the versions are written: never on a dry run. */
  applied: boolean;
  counts: { created: number; unchanged: number; skipped: number };
  units: ImportUnitReport[];
};
