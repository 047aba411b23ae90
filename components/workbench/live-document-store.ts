// What the open workbench knows from the event stream, per paragraph and language (null: the
// English): who else is editing it, and what changed there a moment ago and by whom. Rows read
// it through useSyncExternalStore, so an event re-renders only the rows it concerns.
import type { LivePerson, ParagraphChange, StreamEvent } from '@/lib/live-events';
import { PresenceRegistry } from '@/lib/live-presence';

export type RecentChange = { change: ParagraphChange; by: LivePerson };
export type RowLive = { editors: LivePerson[]; recent: RecentChange | null };

/** How long a row says "updated just now by …". */
export const RECENT_CHANGE_MS = 15_000;

const QUIET: RowLive = { editors: [], recent: null };

export function rowKey(paragraphId: string, lang: string | null): string {
  return `${paragraphId}:${lang ?? ''}`;
}

export class LiveDocumentStore {
  private presence = new PresenceRegistry();
  private documentId: string | null = null;
  private readonly recent = new Map<string, RecentChange>();
  private readonly recentTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly rows = new Map<string, RowLive>();
  private readonly listeners = new Set<() => void>();
  private expiryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly selfId: string) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  row(paragraphId: string, lang: string | null): RowLive {
    return this.rows.get(rowKey(paragraphId, lang)) ?? QUIET;
  }

  handle(event: StreamEvent): void {
    if (event.type === 'presence-snapshot') {
      this.documentId = event.documentId;
      this.presence = new PresenceRegistry();
      const now = Date.now();
      for (const { paragraphId, lang, user, ttlMs, seq } of event.editors) {
        this.presence.apply({ type: 'presence', documentId: event.documentId, paragraphId, lang, user, editing: true, ttlMs, seq }, now);
      }
      this.update();
    } else if (event.type === 'presence') {
      this.documentId ??= event.documentId;
      this.presence.apply(event, Date.now());
      this.update();
    } else if (event.type === 'paragraph-changed' && event.by.id !== this.selfId) {
      const key = rowKey(event.paragraphId, event.lang);
      this.recent.set(key, { change: event.change, by: event.by });
      clearTimeout(this.recentTimers.get(key));
      this.recentTimers.set(
        key,
        setTimeout(() => {
          this.recent.delete(key);
          this.recentTimers.delete(key);
          this.update();
        }, RECENT_CHANGE_MS),
      );
      this.update();
    }
  }

  /** Stops the timers; the rows unsubscribe themselves. */
  dispose(): void {
    for (const timer of this.recentTimers.values()) clearTimeout(timer);
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
  }

  /** Rebuilds the rows whose view changed (a new object only then) and tells the rows. */
  private update(): void {
    const now = Date.now();
    this.presence.prune(now);
    const next = new Map<string, RowLive>();
    const snapshot = this.documentId ? this.presence.snapshot(this.documentId, now).editors : [];
    for (const { paragraphId, lang } of snapshot) {
      const key = rowKey(paragraphId, lang);
      if (!next.has(key)) next.set(key, { editors: this.presence.editors(this.documentId!, paragraphId, lang, now, this.selfId), recent: null });
    }
    for (const [key, recent] of this.recent) next.set(key, { editors: next.get(key)?.editors ?? [], recent });
    let changed = false;
    for (const key of new Set([...this.rows.keys(), ...next.keys()])) {
      const before = this.rows.get(key);
      const after = next.get(key);
      if (after && (after.editors.length > 0 || after.recent) && !sameRow(before, after)) {
        this.rows.set(key, after);
        changed = true;
      } else if (before && (!after || (after.editors.length === 0 && !after.recent))) {
        this.rows.delete(key);
        changed = true;
      }
    }
    this.scheduleExpiry(now);
    if (changed) for (const listener of this.listeners) listener();
  }

  /** An editor who vanished without saying so (a closed laptop) disappears when their entry expires. */
  private scheduleExpiry(now: number): void {
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    this.expiryTimer = null;
    const next = this.presence.nextExpiry();
    if (next !== null) this.expiryTimer = setTimeout(() => this.update(), Math.max(0, next - now) + 50);
  }
}

function sameRow(a: RowLive | undefined, b: RowLive): boolean {
  if (!a || a.recent !== b.recent || a.editors.length !== b.editors.length) return false;
  return a.editors.every((person, index) => person.id === b.editors[index].id && person.name === b.editors[index].name);
}
