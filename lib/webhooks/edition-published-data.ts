// The data of edition.published. The paragraphs travel with it while they are small, which is
// every news article: a CMS then needs no second call. A very long document's texts would make
// a body that receivers refuse (Express's JSON parser stops at 100 KB by default), so above
// 64 KB of text `paragraphs` is null and the CMS fetches `links.text`.
import type { EditionPublishedData } from '../api/webhooks';
import { editionLinks } from './event-links';

export const INLINE_EDITION_TEXT_BYTES = 64 * 1024;

export function editionPublishedData({
  document,
  language,
  edition,
  paragraphs,
  publishedBy,
}: {
  document: { slug: string; title: string };
  language: string;
  edition: { number: number; createdAt: string };
  paragraphs: Array<{ position: number; kind: string; text: string }>;
  publishedBy: { id: string; name: string };
}): EditionPublishedData {
  let bytes = 0;
  for (const paragraph of paragraphs) bytes += Buffer.byteLength(paragraph.text, 'utf8');
  return {
    document: { slug: document.slug, title: document.title },
    language,
    edition: { number: edition.number, publishedAt: edition.createdAt, paragraphCount: paragraphs.length },
    publishedBy: { id: publishedBy.id, name: publishedBy.name },
    links: editionLinks(document.slug, language, edition.number),
    paragraphs: bytes <= INLINE_EDITION_TEXT_BYTES ? paragraphs.map(({ position, kind, text }) => ({ position, kind, text })) : null,
  };
}
