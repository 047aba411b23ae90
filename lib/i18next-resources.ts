// One language's approved translation of a document as i18next resources (JSON v4): the object
// `i18next.init({ resources })` takes as it is, `{ [lang]: { translation: { [key]: text } } }`.
// The key of a paragraph is its id, the same as its XLIFF unit id: stable when paragraphs move.

/** i18next's default namespace: `t(key)` finds the texts without naming one. */
export const I18NEXT_NAMESPACE = 'translation';

export type I18nextResources = Record<string, Record<string, Record<string, string>>>;

export type ApprovedParagraph = {
  id: string;
  /** The newest version an editor approved; null when none was. */
  approvedText: string | null;
};

/**
 * Paragraphs no editor approved are left out, so i18next falls back to its fallback language
 * rather than show unreviewed copy. Texts go in as approved; i18next leaves a `{{name}}` it has
 * no value for as it is.
 */
export function i18nextResources(lang: string, paragraphs: ApprovedParagraph[]): I18nextResources {
  const texts: Record<string, string> = {};
  for (const paragraph of paragraphs) {
    if (paragraph.approvedText !== null) texts[paragraph.id] = paragraph.approvedText;
  }
  return { [lang]: { [I18NEXT_NAMESPACE]: texts } };
}
