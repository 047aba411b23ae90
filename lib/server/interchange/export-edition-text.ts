import 'server-only';
// A published edition as plain text or Markdown, as a reader would paste it: the latest edition,
// or the one numbered. Anyone signed in may export; before the first edition it is a 404.
import { editionMarkdown, editionPlainText } from '../../edition-text';
import type { Actor } from '../../roles';
import { getEdition } from '../editions/get-edition';
import { exportFilename, type ExportedFile } from './exported-file';

export type EditionTextFormat = 'text' | 'markdown';

export async function exportEditionText({
  slug,
  lang,
  format,
  edition,
  actor,
}: {
  slug: string;
  lang: string;
  format: EditionTextFormat;
  edition?: number;
  actor: Actor;
}): Promise<ExportedFile> {
  const published = await getEdition({ slug, lang, number: edition, actor });
  const name = (suffix: string) => exportFilename(published.document.slug, published.language.code, `edition-${published.number}.${suffix}`);
  return format === 'markdown'
    ? { filename: name('md'), contentType: 'text/markdown; charset=utf-8', body: editionMarkdown(published.paragraphs) }
    : { filename: name('txt'), contentType: 'text/plain; charset=utf-8', body: editionPlainText(published.paragraphs) };
}
