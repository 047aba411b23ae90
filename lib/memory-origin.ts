// Where a translation-memory pair comes from, in words: the document whose approved translation
// it is, or the TMX file it was imported from with the unit's author and date. Pure.
import type { MemoryPair } from './api/memory';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export function memoryOriginLabel(pair: Pick<MemoryPair, 'document' | 'imported'>, t: Translate): string {
  if (!pair.imported) return pair.document?.title ?? '';
  const { file, author, createdAt } = pair.imported;
  // The date as ISO's YYYY-MM-DD: the same in every interface language, and what the file said.
  const details = [author, createdAt?.slice(0, 10)].filter(Boolean).join(', ');
  return details ? t('memory.importedFromDetails', { file, details }) : t('memory.importedFrom', { file });
}

/** A key for lists: the approved version, or the imported unit. */
export function memoryPairKey(pair: Pick<MemoryPair, 'versionId' | 'imported'>): string {
  return pair.versionId ?? pair.imported?.unitId ?? '';
}
