// Who is editing which paragraph of one or more documents, from presence events, each entry
// expiring `ttlMs` after it was last announced: a closed laptop never says "stopped editing".
// An announcement older (lower `seq`) than the last one heard for the same person and box is
// ignored, so a late "editing" cannot undo a "stopped"; a stop is remembered for that purpose
// until it expires like an entry.
// Each app server keeps one (for the snapshot a newly connected browser gets) and each open
// workbench keeps one (for what its rows show), so both follow the same rules. Pure: the caller
// passes the clock.
// Types only: live-events.ts holds the zod schemas of the server's events, which the browser must
// not download with this module.
import type { LivePerson, PresenceEvent, PresenceSnapshotEvent } from './live-events';

/** A paragraph's text box or its English is announced as being edited for this long, unless renewed. */
export const PRESENCE_TTL_MS = 30_000;

type Entry = { documentId: string; paragraphId: string; lang: string | null; user: LivePerson; editing: boolean; seq: number; expiresAt: number };

/** One person edits one box at a time; a few allow for a second tab, and bound what one can claim. */
export const MAX_ENTRIES_PER_USER = 4;

export class PresenceRegistry {
  private readonly entries = new Map<string, Entry>();

  /** Takes the announcement unless a newer one for the same person and box was heard; says which. */
  apply(event: PresenceEvent, now: number): boolean {
    this.prune(now);
    const key = [event.documentId, event.paragraphId, event.lang ?? '', event.user.id].join('\u0000');
    const heard = this.entries.get(key);
    if (heard && heard.seq >= event.seq) return false;
    this.entries.delete(key);
    // Map order is insertion order, so the first of this user's entries is the oldest.
    const own = [...this.entries].filter(([, entry]) => entry.user.id === event.user.id);
    for (const [oldKey] of own.slice(0, Math.max(0, own.length - MAX_ENTRIES_PER_USER + 1))) this.entries.delete(oldKey);
    const { documentId, paragraphId, lang, user, seq } = event;
    const editing = event.editing && event.ttlMs > 0;
    this.entries.set(key, { documentId, paragraphId, lang, user, editing, seq, expiresAt: now + (editing ? event.ttlMs : PRESENCE_TTL_MS) });
    return true;
  }

  /** Everyone editing a box or the English of this paragraph, in the order they started, but `exceptUserId`. */
  editors(documentId: string, paragraphId: string, lang: string | null, now: number, exceptUserId?: string): LivePerson[] {
    const people: LivePerson[] = [];
    for (const entry of this.entries.values()) {
      if (!entry.editing || entry.expiresAt <= now || entry.documentId !== documentId || entry.paragraphId !== paragraphId || entry.lang !== lang) continue;
      if (entry.user.id !== exceptUserId && !people.some((person) => person.id === entry.user.id)) people.push(entry.user);
    }
    return people;
  }

  snapshot(documentId: string, now: number): PresenceSnapshotEvent {
    this.prune(now);
    const editors = [...this.entries.values()]
      .filter((entry) => entry.editing && entry.documentId === documentId)
      .map(({ paragraphId, lang, user, seq, expiresAt }) => ({ paragraphId, lang, user, ttlMs: expiresAt - now, seq }));
    return { type: 'presence-snapshot', documentId, editors };
  }

  /** When the next editing entry expires (to schedule a re-render), or null when nobody is editing. */
  nextExpiry(): number | null {
    let next: number | null = null;
    for (const entry of this.entries.values()) if (entry.editing && (next === null || entry.expiresAt < next)) next = entry.expiresAt;
    return next;
  }

  prune(now: number): void {
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }

  /** Entries held, stops remembered for ordering included. */
  get size(): number {
    return this.entries.size;
  }
}
