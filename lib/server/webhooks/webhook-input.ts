import 'server-only';
// What a webhook may be registered with, checked with messages that say what to send instead.
import { AppError } from '../../app-error';
import { formatEventList, isWebhookEvent, WEBHOOK_EVENTS } from '../../webhooks/events';
import { checkWebhookUrl } from '../../webhooks/webhook-url';
import { randomBytes } from 'node:crypto';

export function webhookUrlOrThrow(url: string): string {
  const checked = checkWebhookUrl(url);
  if (!checked.ok) throw new AppError('invalid_input', { message: checked.message });
  return checked.url;
}

/** The stored event list; duplicates are one, an unknown name or none at all is a 400. */
export function webhookEventsOrThrow(events: readonly string[]): string {
  const unknown = events.find((event) => !isWebhookEvent(event));
  if (unknown !== undefined) {
    throw new AppError('invalid_input', { message: `${JSON.stringify(unknown.slice(0, 60))} is not an event; the events are ${WEBHOOK_EVENTS.join(', ')}.` });
  }
  if (events.length === 0) throw new AppError('invalid_input', { message: `Choose at least one event: ${WEBHOOK_EVENTS.join(', ')}.` });
  return formatEventList(events.filter(isWebhookEvent));
}

/** 192 random bits; the prefix tells a reader of a config file what the string is. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64url')}`;
}
