// What Redline's XLIFF 2.0 files agree on: the namespace, the size limit, and the note categories
// that carry a paragraph's facts (the core schema allows no attributes of our own on units that
// every tool is bound to keep, but every tool keeps notes).

export const XLIFF_2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF_1_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** XLIFF 2.1 and 2.2 keep the 2.0 core unchanged, so files a tool wrote in them read the same. */
export const READABLE_VERSIONS = ['2.0', '2.1', '2.2'];

/** The largest XLIFF file Redline reads. A long article is well under 1 MB. */
export const MAX_XLIFF_BYTES = 5 * 1024 * 1024;

export const NOTE = {
  position: 'position',
  kind: 'kind',
  status: 'status',
  comment: 'comment',
  /** The id of the source version the unit's <source> is: an import skips units whose source changed since. */
  sourceVersion: 'redline:sourceVersion',
  /** The id of the translation version the unit's <target> was exported from. */
  translationVersion: 'redline:translationVersion',
  document: 'redline:document',
} as const;

/** `original` of a file Redline wrote: names the document, so a file of another story is refused. */
export const ORIGINAL_PREFIX = 'redline:';

export function originalOf(slug: string): string {
  return `${ORIGINAL_PREFIX}${slug}`;
}
