// What open workbenches hear about a document: a paragraph changed elsewhere, the whole English
// was updated, or someone is editing one. Events cross process boundaries (PostgreSQL NOTIFY, whose payload is limited to
// 8000 bytes) and reach browsers, so they carry ids and names only, never text, and every
// incoming one is parsed against these schemas.
import { z } from 'zod';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; ours stay far below. */
export const MAX_EVENT_BYTES = 7900;

const id = z.string().min(1).max(64);
/** A target language code; null means the English (the source). */
const lang = z.string().min(2).max(35).nullable();
const person = z.strictObject({ id, name: z.string().max(200) });

export const CHANGES = ['version', 'review', 'source', 'comment'] as const;
export type ParagraphChange = (typeof CHANGES)[number];

const paragraphChanged = z.strictObject({
  type: z.literal('paragraph-changed'),
  documentId: id,
  paragraphId: id,
  lang,
  change: z.enum(CHANGES),
  by: person,
  at: z.iso.datetime(),
});

/**
 * The English of the whole document was updated at once: paragraphs may have been added, removed
 * or moved, so every open page of it reloads.
 */
const documentChanged = z.strictObject({
  type: z.literal('document-changed'),
  documentId: id,
  change: z.enum(['source']),
  by: person,
  at: z.iso.datetime(),
});

/**
 * Orders one person's announcements for one box: requests can overtake each other (a heartbeat's
 * "editing" still on its way when the page's "stopped" arrives), so a lower number than one
 * already heard is stale and ignored. Browsers count up from their clock's milliseconds.
 */
export const presenceSeq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const presence = z.strictObject({
  type: z.literal('presence'),
  documentId: id,
  paragraphId: id,
  lang,
  user: person,
  editing: z.boolean(),
  ttlMs: z.number().int().min(0).max(120_000),
  seq: presenceSeq,
});

const liveEvent = z.discriminatedUnion('type', [paragraphChanged, documentChanged, presence]);

export type LivePerson = z.infer<typeof person>;
export type ParagraphChangedEvent = z.infer<typeof paragraphChanged>;
export type DocumentChangedEvent = z.infer<typeof documentChanged>;
export type PresenceEvent = z.infer<typeof presence>;
/** What travels between app servers. */
export type LiveEvent = z.infer<typeof liveEvent>;

/** Who is editing what when a browser connects; each entry lasts `ttlMs` from now unless renewed. */
export type PresenceSnapshotEvent = {
  type: 'presence-snapshot';
  documentId: string;
  editors: Array<{ paragraphId: string; lang: string | null; user: LivePerson; ttlMs: number; seq: number }>;
};
/** The server's bus may have missed events (its database connection dropped): reload. */
export type ResyncEvent = { type: 'resync' };
/** What a browser receives on the event stream. */
export type StreamEvent = LiveEvent | PresenceSnapshotEvent | ResyncEvent;

/** The event in a payload from another process, or null when it is not one (logged by the caller). */
export function parseLiveEvent(payload: string): LiveEvent | null {
  // Characters, not bytes: a cheap first bound before parsing.
  if (payload.length > MAX_EVENT_BYTES) return null;
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = liveEvent.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** The payload for an event; throws on one that would not fit a NOTIFY (a bug, not user input). */
export function serializeLiveEvent(event: LiveEvent): string {
  const payload = JSON.stringify(liveEvent.parse(event));
  const bytes = new TextEncoder().encode(payload).length;
  if (bytes > MAX_EVENT_BYTES) throw new Error(`A live event of ${bytes} bytes is too large for a NOTIFY.`);
  return payload;
}
