import 'server-only';
// The one line a service adds after a change has been committed: tells open workbenches that a
// paragraph changed. Never throws and never waits: the change is saved whatever happens to the
// news of it, and a browser that misses it still sees the change on its next load.
import type { LiveEvent, ParagraphChange } from '../../live-events';
import type { Actor } from '../../roles';
import { getLiveBus } from './live-bus';

export function announceChange({
  documentId,
  paragraphId,
  lang,
  change,
  actor,
}: {
  documentId: string;
  paragraphId: string;
  /** The translation's language; null when the English changed. */
  lang: string | null;
  change: ParagraphChange;
  actor: Actor;
}): void {
  publishQuietly({ type: 'paragraph-changed', documentId, paragraphId, lang, change, by: livePerson(actor), at: new Date().toISOString() });
}

/** After an update of the whole English (paragraphs added, removed, moved): every open page reloads. */
export function announceDocumentChange({ documentId, actor }: { documentId: string; actor: Actor }): void {
  publishQuietly({ type: 'document-changed', documentId, change: 'source', by: livePerson(actor), at: new Date().toISOString() });
}

export function livePerson(actor: Actor) {
  return { id: actor.id, name: actor.name.slice(0, 200) };
}

export function publishQuietly(event: LiveEvent): void {
  try {
    getLiveBus()
      .publish(event)
      .catch((error: unknown) => console.error('Live update not sent (the change itself is saved):', error));
  } catch (error) {
    console.error('Live update not sent (the change itself is saved):', error);
  }
}
