// What happened to a document, as one event per append-only record, and the sentence a person
// reads for each ("Katharina Weber saved German paragraph 7").

export const ACTIVITY_KINDS = ['paragraph_removed', 'source_updated', 'saved', 'commented', 'rejected', 'approved', 'published'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export type ActivityEvent = {
  kind: ActivityKind;
  /** ISO time */
  at: string;
  /** The name of the person who did it. */
  actor: string;
  /** The translation's language; null for a change to the source. */
  lang: string | null;
  /** The paragraph's position (1, 2, 3 ...); null for a whole edition. */
  paragraph: number | null;
  /** Version or edition number, the comment's or review's text, or a removed paragraph's last English. */
  detail: string;
};

/**
 * Newest first. Records written in the same millisecond keep the order in which the work is
 * done (a save before its review, a review before the edition), reversed.
 */
export function newestFirst(a: ActivityEvent, b: ActivityEvent): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return ACTIVITY_KINDS.indexOf(b.kind) - ACTIVITY_KINDS.indexOf(a.kind);
}

/** Translates a key of locales/*.json with values, as i18next's `t` does. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The sentence for an event in the interface language. `t` is the interface language's
 * translate function (`activity.sentence.*` keys), `languageName` turns a code into "German",
 * `sourceLang` is the document's source language, the one a source update changes.
 */
export function describeActivity(
  event: ActivityEvent,
  { t, languageName, sourceLang }: { t: Translate; languageName: (code: string) => string; sourceLang: string },
): string {
  const values = { actor: event.actor, language: event.lang ? languageName(event.lang) : '', n: event.paragraph ?? '' };
  switch (event.kind) {
    case 'saved':
    case 'approved':
    case 'rejected':
    case 'commented':
      return t(`activity.sentence.${event.kind}`, values);
    case 'source_updated':
    case 'paragraph_removed':
      return t(`activity.sentence.${event.kind}`, { ...values, language: languageName(sourceLang) });
    case 'published':
      // The detail of a publication is "Edition N".
      return t('activity.sentence.published', { ...values, language: languageName(event.lang ?? ''), number: numberIn(event.detail) });
  }
}

/** The number at the end of a detail such as "Version 3" or "Edition 2". */
export function numberIn(detail: string): string {
  return /(\d+)\s*$/.exec(detail)?.[1] ?? detail;
}
