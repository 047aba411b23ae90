// The events a webhook can hear. Pure, so the browser's admin page lists the same names.

export const WEBHOOK_EVENTS = ['document.created', 'source.updated', 'translation.approved', 'edition.published'] as const;
export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];

export function isWebhookEvent(value: string): value is WebhookEventName {
  return (WEBHOOK_EVENTS as readonly string[]).includes(value);
}

/** How a hook's events are stored: one comma-separated column, in WEBHOOK_EVENTS order. */
export function formatEventList(events: readonly WebhookEventName[]): string {
  return WEBHOOK_EVENTS.filter((event) => events.includes(event)).join(',');
}

/** The stored column read back; unknown names (from a newer version) are left out. */
export function parseEventList(stored: string): WebhookEventName[] {
  const names = stored.split(',');
  return WEBHOOK_EVENTS.filter((event) => names.includes(event));
}
