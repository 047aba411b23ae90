import 'server-only';
// Hands every live event that reaches this process to the open event streams of its document,
// and keeps this process's copy of who is editing what (fed by every instance's presence events,
// so a browser connected here also sees editors connected to another app server).
import { EventEmitter } from 'node:events';
import type { LiveEvent, ResyncEvent } from '../../live-events';
import { PresenceRegistry } from '../../live-presence';

/** What a stream hears: an event of its document, or `resync` after events may have been missed. */
export type LiveListener = (event: LiveEvent | ResyncEvent) => void;

const EVERY_DOCUMENT = Symbol('every document');

export class LiveDispatcher {
  private readonly emitter = new EventEmitter();
  readonly presence = new PresenceRegistry();

  constructor() {
    // One listener per open browser tab: many are expected, none is a leak.
    this.emitter.setMaxListeners(0);
  }

  deliver(event: LiveEvent): void {
    // A presence announcement overtaken by a newer one of the same person and box goes no further.
    if (event.type === 'presence' && !this.presence.apply(event, Date.now())) return;
    this.emitter.emit(event.documentId, event);
  }

  /** The bus lost events (its connection dropped): every open workbench should reload its data. */
  resyncAll(): void {
    this.emitter.emit(EVERY_DOCUMENT, { type: 'resync' } satisfies ResyncEvent);
  }

  subscribe(documentId: string, listener: LiveListener): () => void {
    // A throwing listener (a stream closed mid-write) must not stop delivery to the others.
    const guarded: LiveListener = (event) => {
      try {
        listener(event);
      } catch (error) {
        console.error('A live-event listener failed:', error);
      }
    };
    this.emitter.on(documentId, guarded);
    this.emitter.on(EVERY_DOCUMENT, guarded);
    return () => {
      this.emitter.off(documentId, guarded);
      this.emitter.off(EVERY_DOCUMENT, guarded);
    };
  }
}
