import { describe, expect, it } from 'vitest';
import { editionPublishedData, INLINE_EDITION_TEXT_BYTES } from './edition-published-data';

const base = {
  document: { slug: 'welt-trump-putin', title: 'Trump & Putin' },
  language: 'de',
  edition: { number: 3, createdAt: '2026-12-02T10:00:00.000Z' },
  publishedBy: { id: 'u1', name: 'Eva Editor' },
};

describe('edition.published data', () => {
  it('carries the paragraphs and where to fetch the edition', () => {
    const data = editionPublishedData({ ...base, paragraphs: [{ position: 1, kind: 'headline', text: 'Plötzlich' }] });
    expect(data).toEqual({
      document: base.document,
      language: 'de',
      edition: { number: 3, publishedAt: '2026-12-02T10:00:00.000Z', paragraphCount: 1 },
      publishedBy: base.publishedBy,
      links: {
        text: '/api/documents/welt-trump-putin/export?lang=de&format=text&edition=3',
        markdown: '/api/documents/welt-trump-putin/export?lang=de&format=markdown&edition=3',
        reader: '/read/welt-trump-putin/de',
      },
      paragraphs: [{ position: 1, kind: 'headline', text: 'Plötzlich' }],
    });
  });

  it('leaves the texts out above 64 KB (counted in UTF-8 bytes) and keeps the count', () => {
    // "ї" is two bytes: 40,000 characters are 80,000 bytes.
    const long = [{ position: 1, kind: 'body', text: 'ї'.repeat(40_000) }];
    const data = editionPublishedData({ ...base, paragraphs: long });
    expect(data.paragraphs).toBeNull();
    expect(data.edition.paragraphCount).toBe(1);
    const justFits = [{ position: 1, kind: 'body', text: 'a'.repeat(INLINE_EDITION_TEXT_BYTES) }];
    expect(editionPublishedData({ ...base, paragraphs: justFits }).paragraphs).toHaveLength(1);
  });
});
