import { describe, expect, it } from 'vitest';
import { initialWebhookManagerState as initial, webhookManagerReducer as reduce } from './webhook-manager-state';

const secret = { webhookId: 'h1', url: 'https://cms.example/hook', secret: 'whsec_x', rotated: false };

describe('the webhook page’s state', () => {
  it('shows a new secret once the call succeeds, ending the busy state and any editing', () => {
    const editing = reduce(initial, { type: 'edit', webhookId: 'h1' });
    const sending = reduce(editing, { type: 'send', target: 'h1' });
    expect(sending).toMatchObject({ busy: 'h1', editing: 'h1' });
    expect(reduce(sending, { type: 'secret', secret })).toEqual({ editing: null, secret, busy: null, error: null });
  });

  it('keeps the form open with the server’s message when a call fails, and clears it on the next', () => {
    const failed = reduce(reduce(reduce(initial, { type: 'edit', webhookId: 'h1' }), { type: 'send', target: 'h1' }), { type: 'failed', message: 'Webhook URLs are http:// or https://' });
    expect(failed).toMatchObject({ editing: 'h1', busy: null, error: 'Webhook URLs are http:// or https://' });
    expect(reduce(failed, { type: 'send', target: 'h1' }).error).toBeNull();
    expect(reduce(failed, { type: 'done' })).toMatchObject({ editing: null, error: null });
  });

  it('keeps the secret on show while other things happen, until dismissed', () => {
    const shown = reduce(initial, { type: 'secret', secret });
    expect(reduce(reduce(shown, { type: 'send', target: 'h2' }), { type: 'done' }).secret).toEqual(secret);
    expect(reduce(shown, { type: 'dismissSecret' }).secret).toBeNull();
  });

  it('opens a hook’s events for changing, clearing the last failure, and closes them on cancel', () => {
    const failed = reduce(initial, { type: 'failed', message: 'Refused.' });
    const editing = reduce({ ...failed, secret }, { type: 'edit', webhookId: 'h2' });
    expect(editing).toEqual({ editing: 'h2', secret, busy: null, error: null });
    expect(reduce(editing, { type: 'cancelEdit' })).toEqual({ editing: null, secret, busy: null, error: null });
  });
});
