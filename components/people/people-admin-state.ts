// The people admin's state as a reducer: whose row is open for changing, whether a change is on
// its way, the last refusal, and the last invitation link made (shown once, to be copied). Pure:
// components/people/people-admin.tsx renders it and sends the changes.

/** An invitation link as the admin is shown it: for whom, the link, until when it works. */
export type InvitationLink = { name: string; inviteUrl: string; expiresAt: string };

export type PeopleAdminState = { editing: string | null; pending: boolean; error: string | null; link: InvitationLink | null };

export type PeopleAdminAction =
  | { type: 'editing'; personId: string }
  | { type: 'cancelled' }
  | { type: 'sent' }
  /** The change was refused: the open row stays open, the message says why. */
  | { type: 'failed'; message: string }
  /** Someone was invited, or their invitation renewed: the new link is shown. */
  | { type: 'linkMade'; link: InvitationLink }
  | { type: 'saved' }
  /** Someone was deactivated or reactivated. */
  | { type: 'activeChanged' };

export const initialPeopleAdmin: PeopleAdminState = { editing: null, pending: false, error: null, link: null };

export function peopleAdminReducer(state: PeopleAdminState, action: PeopleAdminAction): PeopleAdminState {
  switch (action.type) {
    case 'editing':
      return { ...state, editing: action.personId };
    case 'cancelled':
      return { ...state, editing: null };
    case 'sent':
      return { ...state, pending: true };
    case 'failed':
      return { ...state, pending: false, error: action.message };
    case 'linkMade':
      return { ...state, pending: false, error: null, link: action.link };
    case 'saved':
      return { ...state, pending: false, error: null, editing: null };
    case 'activeChanged':
      return { ...state, pending: false, error: null };
  }
}
