import { describe, expect, it } from 'vitest';
import { memoryOriginLabel, memoryPairKey } from './memory-origin';

const t = (key: string, options?: Record<string, unknown>) => `${key} ${JSON.stringify(options)}`;

describe('memoryOriginLabel', () => {
  it('names the document of an approved translation', () => {
    expect(memoryOriginLabel({ document: { slug: 'a', title: 'Storm' }, imported: null }, t)).toBe('Storm');
  });

  it('names the file, author and day of an imported unit, leaving out what the file did not say', () => {
    const imported = { unitId: 'u1', file: 'agency.tmx', author: 'Anna', createdAt: '2024-05-01T10:00:00.000Z' };
    expect(memoryOriginLabel({ document: null, imported }, t)).toBe('memory.importedFromDetails {"file":"agency.tmx","details":"Anna, 2024-05-01"}');
    expect(memoryOriginLabel({ document: null, imported: { ...imported, author: null } }, t)).toBe('memory.importedFromDetails {"file":"agency.tmx","details":"2024-05-01"}');
    expect(memoryOriginLabel({ document: null, imported: { ...imported, author: null, createdAt: null } }, t)).toBe('memory.importedFrom {"file":"agency.tmx"}');
    expect(memoryPairKey({ versionId: null, imported })).toBe('u1');
  });
});
