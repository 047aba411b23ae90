import 'server-only';
// A file an export hands to the route: its name, media type and content.

export type ExportedFile = { filename: string; contentType: string; body: string };

/** `{slug}.{lang}.{suffix}`, with nothing in it that a Content-Disposition header would choke on. */
export function exportFilename(slug: string, lang: string, suffix: string): string {
  return `${slug}.${lang}.${suffix}`.replace(/[^A-Za-z0-9._-]/g, '_');
}
