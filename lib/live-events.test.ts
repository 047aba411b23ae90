import { describe, expect, it } from 'vitest';
import { MAX_EVENT_BYTES, parseLiveEvent, serializeLiveEvent, type LiveEvent } from './live-events';

const saved: LiveEvent = {
  type: 'paragraph-changed',
  documentId: 'doc1',
  paragraphId: 'par1',
  lang: 'de',
  change: 'version',
  by: { id: 'user1', name: 'Olena Koval' },
  at: '2025-04-24T10:00:00.000Z',
};
const editing: LiveEvent = {
  type: 'presence',
  documentId: 'doc1',
  paragraphId: 'par1',
  lang: null,
  user: { id: 'user2', name: 'Daniel Brooks <b>' },
  editing: true,
  ttlMs: 30_000,
  seq: 1764392400123,
};

describe('live events', () => {
  it('survive the trip through a payload', () => {
    const updated: LiveEvent = { type: 'document-changed', documentId: 'doc1', change: 'source', by: saved.by, at: saved.at };
    for (const event of [saved, editing, { ...saved, lang: null, change: 'source' } as LiveEvent, updated]) {
      expect(parseLiveEvent(serializeLiveEvent(event))).toEqual(event);
    }
  });

  it('refuse payloads that are not one of ours', () => {
    for (const payload of [
      '',
      'not json',
      'null',
      '[]',
      JSON.stringify({ ...saved, type: 'paragraph-deleted' }),
      JSON.stringify({ ...saved, change: 'publish' }),
      JSON.stringify({ ...saved, text: 'the whole paragraph' }),
      JSON.stringify({ ...saved, by: { id: 'user1' } }),
      JSON.stringify({ ...saved, at: 'yesterday' }),
      JSON.stringify({ ...editing, ttlMs: -1 }),
      JSON.stringify({ ...editing, ttlMs: 1e9 }),
      JSON.stringify({ ...editing, editing: 'yes' }),
      JSON.stringify({ type: 'document-changed', documentId: 'doc1', change: 'version', by: saved.by, at: saved.at }),
      JSON.stringify({ type: 'document-changed', documentId: 'doc1', change: 'source', by: saved.by, at: saved.at, paragraphId: 'par1' }),
      JSON.stringify({ ...saved, documentId: 'x'.repeat(65) }),
      JSON.stringify({ ...saved, by: { id: 'user1', name: 'x'.repeat(MAX_EVENT_BYTES) } }),
    ]) {
      expect(parseLiveEvent(payload), payload.slice(0, 80)).toBeNull();
    }
  });

  it('stay far below the 8000 bytes of a PostgreSQL NOTIFY, even with long names', () => {
    const longest = { ...editing, user: { id: 'u'.repeat(64), name: 'Ж'.repeat(200) }, documentId: 'd'.repeat(64), paragraphId: 'p'.repeat(64), lang: 'x'.repeat(35) };
    expect(new TextEncoder().encode(serializeLiveEvent(longest)).length).toBeLessThan(1000);
  });

  it('will not serialize an event that breaks the schema', () => {
    expect(() => serializeLiveEvent({ ...saved, by: { id: 'user1', name: 'x'.repeat(201) } })).toThrow();
  });
});
