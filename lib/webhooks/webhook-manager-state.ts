// What the admin's webhook page is doing: which hook's events are being changed, the secret on
// show (once, after creating a hook or giving it a new one), the call in progress and the last
// failure. One reducer, so that, for instance, a new secret always ends the editing it came from.

export type ShownSecret = { webhookId: string; url: string; secret: string; rotated: boolean };

export type WebhookManagerState = {
  editing: string | null;
  secret: ShownSecret | null;
  /** What is being sent: a hook's id, or 'new' for the add form; buttons wait meanwhile. */
  busy: string | null;
  error: string | null;
};

export type WebhookManagerAction =
  | { type: 'send'; target: string }
  | { type: 'failed'; message: string }
  | { type: 'done' }
  | { type: 'secret'; secret: ShownSecret }
  | { type: 'dismissSecret' }
  | { type: 'edit'; webhookId: string }
  | { type: 'cancelEdit' };

export const initialWebhookManagerState: WebhookManagerState = { editing: null, secret: null, busy: null, error: null };

export function webhookManagerReducer(state: WebhookManagerState, action: WebhookManagerAction): WebhookManagerState {
  switch (action.type) {
    case 'send':
      return { ...state, busy: action.target, error: null };
    case 'failed':
      return { ...state, busy: null, error: action.message };
    case 'done':
      return { ...state, busy: null, error: null, editing: null };
    case 'secret':
      return { ...state, busy: null, error: null, editing: null, secret: action.secret };
    case 'dismissSecret':
      return { ...state, secret: null };
    case 'edit':
      return { ...state, editing: action.webhookId, error: null };
    case 'cancelEdit':
      return { ...state, editing: null };
  }
}
