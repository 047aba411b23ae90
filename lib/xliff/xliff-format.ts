// What Redline's XLIFF files agree on: the namespaces, the size limit, and the note categories
// that carry a paragraph's facts (the core schema allows no attributes of our own on units that
// every tool is bound to keep, but every tool keeps notes; in 1.2, a context group).

export const XLIFF_2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF_1_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';
/** translate-toolkit writes XLIFF 1.1 (po2xliff, xliff.xlifffile); its core reads as 1.2's. */
export const XLIFF_1_1_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.1';
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

/**
 * In XLIFF 1.2 the machine-read facts travel in a context group (`<context-group
 * name="redline:{paragraphId}" purpose="information">`: names are unique in a file; context types
 * `x-…` as the schema allows): the reader gives each back as a note of the category it names, so
 * one import reads both versions.
 */
export const CONTEXT_GROUP = 'redline:';
export const CONTEXT_TYPE = {
  'x-redline-position': NOTE.position,
  'x-redline-kind': NOTE.kind,
  'x-redline-status': NOTE.status,
  'x-redline-source-version': NOTE.sourceVersion,
  'x-redline-translation-version': NOTE.translationVersion,
} as const;
