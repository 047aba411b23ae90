import { describe, expect, it } from 'vitest';
import { candidatePairs, mergeMemoryPairs, type ImportedUnitRow, type MemoryCandidateRow } from './memory-pairs';

const approved = (source: string, target: string, approvedAt: string | number, versionId = `v-${source}-${target}`): MemoryCandidateRow => ({
  source,
  target,
  versionId,
  slug: 'story',
  title: 'Story',
  approvedAt,
});
const imported = (id: string, source: string, target: string, importedAt: string): ImportedUnitRow => ({
  id,
  source,
  target,
  origin: 'agency.tmx',
  authorName: null,
  createdAt: null,
  importedAt,
});

describe('candidatePairs', () => {
  it('puts approved pairs newest approval first, then imported units newest import first', () => {
    const pairs = candidatePairs(
      [approved('Old', 'Alt', '2025-04-01T10:00:00.000+00:00'), approved('New', 'Neu', '2025-04-24T10:00:00.000+00:00')],
      [imported('u1', 'First', 'Erst', '2025-01-01T00:00:00.000Z'), imported('u2', 'Later', 'Später', '2025-02-01T00:00:00.000Z')],
    );
    expect(pairs.map((pair) => [pair.source, pair.versionId ?? pair.imported?.unitId])).toEqual([
      ['New', 'v-New-Neu'],
      ['Old', 'v-Old-Alt'],
      ['Later', 'u2'],
      ['First', 'u1'],
    ]);
  });

  it('keeps one pair per English and translation, the newest approval, and leaves out empty translations', () => {
    const pairs = candidatePairs(
      [
        approved('Kyiv', 'Kiew', 1_700_000_000_000, 'older'),
        approved('Kyiv', 'Kiew', 1_800_000_000_000, 'newer'),
        approved('Kyiv', 'Kyjiw', 1_750_000_000_000),
        approved('Blank', '  ', 1_900_000_000_000),
      ],
      [imported('u1', 'Kyiv', 'Kiew', '2025-01-01T00:00:00.000Z'), imported('u2', 'Kyiv', 'Kyjiv', '2025-01-01T00:00:00.000Z')],
    );
    expect(pairs.map((pair) => [pair.target, pair.versionId ?? pair.imported?.unitId])).toEqual([
      ['Kiew', 'newer'],
      ['Kyjiw', 'v-Kyiv-Kyjiw'],
      ['Kyjiv', 'u2'],
    ]);
  });

  it('gives the same pairs as merging the scan’s approved pairs with the imported units', () => {
    const rows = [approved('A', 'a', 2), approved('B', 'b', 1)];
    const units = [imported('u1', 'C', 'c', '2025-01-01T00:00:00.000Z')];
    const scanned = rows.map((row) => ({ source: row.source, target: row.target, versionId: row.versionId, document: { slug: row.slug, title: row.title }, imported: null }));
    expect(candidatePairs([...rows].reverse(), units)).toEqual(mergeMemoryPairs(scanned, units));
  });
});
