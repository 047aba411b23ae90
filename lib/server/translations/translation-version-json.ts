import 'server-only';
// The plain object a translation version travels as, to the API and to the browser.
import type { TranslationVersionJson } from '../../api/versions';

/** A version's own columns; with `versionSelect` Prisma reads the author in a second query. */
export const versionColumns = {
  id: true,
  number: true,
  text: true,
  createdAt: true,
  baseVersionId: true,
  sourceVersionId: true,
  revertOfVersionId: true,
  machineProvider: true,
} as const;

export const versionSelect = { ...versionColumns, author: { select: { name: true, email: true } } } as const;

export type VersionRow = {
  id: string;
  number: number;
  text: string;
  createdAt: Date;
  baseVersionId: string | null;
  sourceVersionId: string;
  revertOfVersionId: string | null;
  machineProvider: string | null;
  author: { name: string; email: string };
};

export function versionJson(row: VersionRow): TranslationVersionJson {
  return {
    versionId: row.id,
    number: row.number,
    text: row.text,
    author: row.author,
    createdAt: row.createdAt.toISOString(),
    baseVersionId: row.baseVersionId,
    sourceVersionId: row.sourceVersionId,
    revertOfVersionId: row.revertOfVersionId,
    machineProvider: row.machineProvider,
  };
}

export type VersionJson = TranslationVersionJson;
