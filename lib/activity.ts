// What happened to a document, as one event per append-only record, and the sentence a person
// reads for each ("Katharina Weber saved German paragraph 7").

export const ACTIVITY_KINDS = ['source_updated', 'saved', 'commented', 'rejected', 'approved', 'published'] as const;
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
  /** Version or edition number, or the comment's or review's text. */
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

/**
 * The sentence for an event. `languageName` turns a code into "German"; `sourceLang` is the
 * document's source language, the one a source update changes.
 */
export function describeActivity(
  event: ActivityEvent,
  { languageName, sourceLang }: { languageName: (code: string) => string; sourceLang: string },
): string {
  const where = `${event.lang ? languageName(event.lang) : ''} paragraph ${event.paragraph}`;
  switch (event.kind) {
    case 'saved':
      return `${event.actor} saved ${where}`;
    case 'approved':
      return `${event.actor} approved ${where}`;
    case 'rejected':
      return `${event.actor} rejected ${where}`;
    case 'commented':
      return `${event.actor} commented on ${where}`;
    case 'source_updated':
      return `${event.actor} updated the ${languageName(sourceLang)} of paragraph ${event.paragraph}`;
    case 'published':
      // The detail of a publication is "Edition N".
      return `${event.actor} published ${languageName(event.lang ?? '')} ${event.detail.toLowerCase()}`;
  }
}
