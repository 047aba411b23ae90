// Live updates of a document: a server-sent event stream of what changes and who is editing what,
// and the announcement that you are editing a paragraph (or stopped).
import { z } from 'zod';
import { presenceSeq } from '../live-events';
import { Id, LanguageCode, SlugParams } from './common';
import { defineOperation } from './operation';

export const followDocumentOperation = defineOperation({
  method: 'get',
  path: '/api/documents/{slug}/events',
  operationId: 'followDocument',
  summary: 'Live updates of a document (server-sent events)',
  description:
    'A `text/event-stream` that stays open. Each event is one `data:` line of JSON: first `{ "type": "presence-snapshot", editors: [{ paragraphId, lang, user: { id, name }, ttlMs, seq }] }`, then as they happen `{ "type": "paragraph-changed", documentId, paragraphId, lang, change, by: { id, name }, at }` (`lang` null: the English changed; `change` is `version`, `review`, `source` or `comment`), `{ "type": "document-changed", documentId, change: "source", by, at }` (the English of the whole document was updated: paragraphs may have been added, removed or moved; load the document again), `{ "type": "presence", documentId, paragraphId, lang, user, editing, ttlMs, seq }` (an editing entry lasts `ttlMs` unless renewed; a lower `seq` than one already heard for the same person and box is stale) and `{ "type": "resync" }` (events may have been lost: load the document again). Events carry no text: fetch the paragraph to see what changed. A comment line every 15 seconds keeps the connection open. At most 20 open streams per person and server.',
  tags: ['Documents'],
  params: SlugParams,
  responses: {
    200: { description: 'The event stream.', media: { 'text/event-stream': { schema: { type: 'string' } } } },
    404: { description: 'The document does not exist.' },
    429: { description: 'Too many streams open for this person on this server.' },
  },
});

export const PresenceInput = z.strictObject({
  paragraphId: Id,
  lang: LanguageCode.nullable().meta({ description: 'The language of the box; null for the English (editors only).' }),
  editing: z.boolean(),
  seq: presenceSeq.optional().meta({ description: 'Orders your announcements for the same box; the server’s clock (milliseconds) when left out.' }),
});

export const announcePresenceOperation = defineOperation({
  method: 'post',
  path: '/api/documents/{slug}/presence',
  operationId: 'announcePresence',
  summary: 'Say that you are editing a paragraph, or stopped',
  description:
    "Everyone following the document (GET /api/documents/{slug}/events) hears it. `editing: true` lasts 30 seconds: repeat it while the text box has focus. `lang` null announces editing the English (editors only); otherwise you must translate that language or review. `seq` (optional, a whole number that grows with each announcement, e.g. from milliseconds of the clock; the server's time by default) orders your announcements for the same box: one with a `seq` not above the last heard is ignored, so a late `editing: true` cannot undo a `false` sent after it.",
  tags: ['Documents'],
  params: SlugParams,
  body: { json: PresenceInput, maxBytes: 1024, example: { paragraphId: 'cm9x0paragraph0001', lang: 'de', editing: true, seq: 1764392400123 } },
  responses: {
    204: { description: 'Announced.' },
    400: { description: 'A missing or malformed field.' },
    403: { description: 'You do not translate this language and do not review (or, for the English, are not an editor).' },
    404: { description: 'The document, the paragraph in it, or the language does not exist.' },
    413: { description: 'The body is larger than 1 KB.' },
  },
});

export const liveOperations = [followDocumentOperation, announcePresenceOperation];
