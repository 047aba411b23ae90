'use client';
// The admins' list of people with the invitation form; every change goes through the API and
// the list is read again from the server afterwards.
import { useRouter } from 'next/navigation';
import { useReducer, type FormEvent } from 'react';
import { useT } from '@/components/i18n/use-t';
import { failureText, type ApiResult } from '@/lib/clients/api-call';
import { invitePersonCall, renewInvitationCall, updatePersonCall } from '@/lib/clients/people';
import type { Person } from '@/lib/api/people';
import type { Role } from '@/lib/roles';
import { InvitePersonForm } from './invite-person-form';
import { initialPeopleAdmin, peopleAdminReducer, type PeopleAdminAction } from './people-admin-state';
import { PersonEditForm } from './person-edit-form';
import { PersonRow } from './person-row';

export function PeopleAdmin({ people, languages, selfId, now }: { people: Person[]; languages: string[]; selfId: string; now: number }) {
  const router = useRouter();
  const { t } = useT();
  const [{ link, error, editing, pending }, dispatch] = useReducer(peopleAdminReducer, initialPeopleAdmin);

  /** Sends a change; once it went through, `done` says what changed and the list is read again. */
  async function run<T>(call: Promise<ApiResult<T>>, done: (value: T) => PeopleAdminAction) {
    dispatch({ type: 'sent' });
    const result = await call;
    if (!result.ok) return dispatch({ type: 'failed', message: failureText(t, result) });
    dispatch(done(result.value));
    router.refresh();
  }

  function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '');
    const body = { email: String(data.get('email') ?? ''), name, role: String(data.get('role')) as Role, languages: data.getAll('languages').map(String) };
    return run(invitePersonCall(body), (value) => {
      form.reset();
      return { type: 'linkMade', link: { ...value, name } };
    });
  }

  return (
    <>
      <InvitePersonForm languages={languages} pending={pending} link={link} onInvite={invite} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <table className="people-table">
        <caption className="visually-hidden">{t('people.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('people.name')}</th>
            <th scope="col">{t('people.email')}</th>
            <th scope="col">{t('people.role')}</th>
            <th scope="col">{t('people.languages')}</th>
            <th scope="col">{t('people.status')}</th>
            <th scope="col">{t('people.lastSignIn')}</th>
            <th scope="col">{t('people.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) =>
            editing === person.id ? (
              <PersonEditForm
                key={person.id}
                person={person}
                languages={languages}
                pending={pending}
                onSave={(change) => run(updatePersonCall(person.id, change), () => ({ type: 'saved' }))}
                onCancel={() => dispatch({ type: 'cancelled' })}
              />
            ) : (
              <PersonRow
                key={person.id}
                person={person}
                isSelf={person.id === selfId}
                now={now}
                pending={pending}
                onEdit={() => dispatch({ type: 'editing', personId: person.id })}
                onRenewInvitation={() => run(renewInvitationCall(person.id), (value) => ({ type: 'linkMade', link: { ...value, name: person.name } }))}
                onSetActive={(active) => run(updatePersonCall(person.id, { active }), () => ({ type: 'activeChanged' }))}
              />
            ),
          )}
        </tbody>
      </table>
    </>
  );
}
