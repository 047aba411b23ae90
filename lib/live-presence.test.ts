import { describe, expect, it } from 'vitest';
import type { PresenceEvent } from './live-events';
import { MAX_ENTRIES_PER_USER, PresenceRegistry } from './live-presence';

const olena = { id: 'u1', name: 'Olena Koval' };
const daniel = { id: 'u2', name: 'Daniel Brooks' };

/** Each announcement made here is newer than the one before, as a browser numbers them. */
let counter = 0;
function presence(overrides: Partial<PresenceEvent> = {}): PresenceEvent {
  return { type: 'presence', documentId: 'doc', paragraphId: 'p1', lang: 'de', user: olena, editing: true, ttlMs: 30_000, seq: ++counter, ...overrides };
}

describe('PresenceRegistry', () => {
  it('lists who edits a paragraph in a language until they stop', () => {
    const registry = new PresenceRegistry();
    registry.apply(presence(), 0);
    registry.apply(presence({ user: daniel }), 10);
    expect(registry.editors('doc', 'p1', 'de', 20)).toEqual([olena, daniel]);
    expect(registry.editors('doc', 'p1', 'de', 20, 'u1')).toEqual([daniel]);
    expect(registry.editors('doc', 'p1', 'fr', 20)).toEqual([]);
    expect(registry.editors('doc', 'p1', null, 20)).toEqual([]);
    expect(registry.editors('other', 'p1', 'de', 20)).toEqual([]);
    registry.apply(presence({ editing: false }), 30);
    expect(registry.editors('doc', 'p1', 'de', 40)).toEqual([daniel]);
  });

  it('forgets an editor whose announcement expired, and a renewal extends it', () => {
    const registry = new PresenceRegistry();
    registry.apply(presence(), 0);
    expect(registry.editors('doc', 'p1', 'de', 29_999)).toEqual([olena]);
    expect(registry.editors('doc', 'p1', 'de', 30_000)).toEqual([]);
    registry.apply(presence(), 20_000);
    expect(registry.editors('doc', 'p1', 'de', 45_000)).toEqual([olena]);
    expect(registry.nextExpiry()).toBe(50_000);
    registry.prune(50_000);
    expect(registry.size).toBe(0);
    expect(registry.nextExpiry()).toBeNull();
  });

  it('gives a new subscriber a snapshot of its document with the time each entry has left', () => {
    const registry = new PresenceRegistry();
    registry.apply(presence(), 0);
    registry.apply(presence({ documentId: 'other' }), 0);
    registry.apply(presence({ user: daniel, paragraphId: 'p2', lang: null, ttlMs: 5_000 }), 1_000);
    expect(registry.snapshot('doc', 4_000)).toEqual({
      type: 'presence-snapshot',
      documentId: 'doc',
      editors: [
        { paragraphId: 'p1', lang: 'de', user: olena, ttlMs: 26_000, seq: expect.any(Number) },
        { paragraphId: 'p2', lang: null, user: daniel, ttlMs: 2_000, seq: expect.any(Number) },
      ],
    });
    expect(registry.snapshot('doc', 7_000).editors).toHaveLength(1);
  });

  it('ignores an announcement that a newer one of the same person and box overtook', () => {
    const registry = new PresenceRegistry();
    // A heartbeat's "editing" (seq 10) arrives after the "stopped" sent later (seq 11).
    expect(registry.apply(presence({ editing: false, seq: 11 }), 0)).toBe(true);
    expect(registry.apply(presence({ editing: true, seq: 10 }), 5)).toBe(false);
    expect(registry.editors('doc', 'p1', 'de', 10)).toEqual([]);
    expect(registry.snapshot('doc', 10).editors).toEqual([]);
    // The same the other way round, and for a repeated number.
    expect(registry.apply(presence({ editing: true, seq: 20 }), 20)).toBe(true);
    expect(registry.apply(presence({ editing: false, seq: 19 }), 25)).toBe(false);
    expect(registry.apply(presence({ editing: false, seq: 20 }), 25)).toBe(false);
    expect(registry.editors('doc', 'p1', 'de', 30)).toEqual([olena]);
    // Other people and other boxes have their own order.
    expect(registry.apply(presence({ user: daniel, seq: 1 }), 30)).toBe(true);
    expect(registry.apply(presence({ paragraphId: 'p2', seq: 1 }), 30)).toBe(true);
  });

  it('remembers a stop only as long as an announcement lasts', () => {
    const registry = new PresenceRegistry();
    registry.apply(presence({ editing: false, seq: 50 }), 0);
    expect(registry.nextExpiry()).toBeNull();
    registry.prune(30_000);
    expect(registry.size).toBe(0);
    expect(registry.apply(presence({ seq: 40 }), 30_000)).toBe(true);
  });

  it('keeps only the latest few boxes per person, so one client cannot fill it', () => {
    const registry = new PresenceRegistry();
    for (let i = 0; i < 50; i++) registry.apply(presence({ paragraphId: `p${i}` }), i);
    expect(registry.size).toBe(MAX_ENTRIES_PER_USER);
    expect(registry.editors('doc', 'p49', 'de', 100)).toEqual([olena]);
    expect(registry.editors('doc', 'p0', 'de', 100)).toEqual([]);
  });
});
