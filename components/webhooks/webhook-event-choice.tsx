'use client';
// The checkboxes choosing which events a webhook hears, and reading the choice back from its form.
import { useT } from '@/components/i18n/use-t';
import { WEBHOOK_EVENTS, type WebhookEventName } from '@/lib/webhooks/events';

/** The events checked in `form`, in the order of WEBHOOK_EVENTS. */
export function checkedEvents(form: HTMLFormElement): WebhookEventName[] {
  const chosen = new FormData(form).getAll('events').map(String);
  return WEBHOOK_EVENTS.filter((event) => chosen.includes(event));
}

export function EventChoice({ legend, chosen = [] }: { legend: string; chosen?: WebhookEventName[] }) {
  const { t } = useT();
  return (
    <fieldset className="webhook-events">
      <legend>{legend}</legend>
      {WEBHOOK_EVENTS.map((event) => (
        <label key={event} className="checkbox">
          <input type="checkbox" name="events" value={event} defaultChecked={chosen.includes(event)} />
          <code>{event}</code> <span className="muted">{t(`webhooks.event.${event.replace('.', '_')}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
