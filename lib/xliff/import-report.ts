// What an XLIFF import did, or would do on a dry run, per unit: the shape of the answer of
// POST /api/documents/{slug}/import, shared by the service that builds it and the preview page.
// The types are those of its schemas (lib/api/interchange.ts).
import type { z } from 'zod';
import type { ImportReport, ImportUnitReport as ImportUnitReportSchema } from '../api/interchange';

export const SKIP_REASONS = ['source_changed', 'unknown_unit', 'no_target', 'incomplete_target'] as const;
export type ImportSkipReason = (typeof SKIP_REASONS)[number];

/** The locale key of each reason's label (locales/*.json, `interchange.skipReason.*`). */
export const SKIP_REASON_KEYS: Record<ImportSkipReason, string> = {
  source_changed: 'interchange.skipReason.source_changed',
  unknown_unit: 'interchange.skipReason.unknown_unit',
  no_target: 'interchange.skipReason.no_target',
  incomplete_target: 'interchange.skipReason.incomplete_target',
};

/** One unit's outcome: created (with its diff), unchanged, or skipped (with the reason). */
export type ImportUnitReport = z.infer<typeof ImportUnitReportSchema>;

export type XliffImportReport = z.infer<typeof ImportReport>;
