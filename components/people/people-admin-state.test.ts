import { describe, expect, it } from 'vitest';
import { initialPeopleAdmin, peopleAdminReducer, type InvitationLink, type PeopleAdminState } from './people-admin-state';

const link: InvitationLink = { name: 'Anna', inviteUrl: 'https://redline.test/invitation/abc', expiresAt: '2026-12-09T10:00:00Z' };
const sending: PeopleAdminState = { editing: 'p1', pending: true, error: null, link: null };

describe('people admin state', () => {
  it('starts with no row open, nothing on its way, no message, no link', () => {
    expect(initialPeopleAdmin).toEqual({ editing: null, pending: false, error: null, link: null });
  });

  it('opens a person for changing and closes the row on cancel, leaving the rest', () => {
    const open = peopleAdminReducer({ ...initialPeopleAdmin, error: 'No.', link }, { type: 'editing', personId: 'p1' });
    expect(open).toEqual({ editing: 'p1', pending: false, error: 'No.', link });
    expect(peopleAdminReducer(open, { type: 'cancelled' })).toEqual({ editing: null, pending: false, error: 'No.', link });
  });

  it('is pending while a change is on its way', () => {
    expect(peopleAdminReducer({ ...initialPeopleAdmin, editing: 'p1' }, { type: 'sent' })).toEqual(sending);
  });

  it('shows a refusal, keeping the row open and the link shown', () => {
    expect(peopleAdminReducer({ ...sending, link }, { type: 'failed', message: 'That address is taken.' })).toEqual({ editing: 'p1', pending: false, error: 'That address is taken.', link });
  });

  it('shows the new invitation link and clears the message', () => {
    const other = { ...link, name: 'Eva' };
    expect(peopleAdminReducer({ ...sending, error: 'x', link }, { type: 'linkMade', link: other })).toEqual({ editing: 'p1', pending: false, error: null, link: other });
  });

  it('closes the row once the change is saved', () => {
    expect(peopleAdminReducer({ ...sending, error: 'x', link }, { type: 'saved' })).toEqual({ editing: null, pending: false, error: null, link });
  });

  it('clears the message after a deactivation or reactivation, leaving an open row open', () => {
    expect(peopleAdminReducer({ ...sending, error: 'x' }, { type: 'activeChanged' })).toEqual({ editing: 'p1', pending: false, error: null, link: null });
  });
});
