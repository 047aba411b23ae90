// What the glossary's import and export agree on, without zod: the browser's import form reads
// these too, and any zod schema in the page's scripts would try `new Function` (its fast path),
// which the Content-Security-Policy refuses.

export const GLOSSARY_FORMATS = ['tbx', 'csv'] as const;
export type GlossaryFormat = (typeof GLOSSARY_FORMATS)[number];
/** The largest glossary file an import reads. */
export const MAX_GLOSSARY_BYTES = 20 * 1024 * 1024;
