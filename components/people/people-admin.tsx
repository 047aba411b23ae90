'use client';
// The admins' list of people with the invitation form; every change goes through the API and
// the list is read again from the server afterwards.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { CopyField } from '@/components/common/copy-field';
import { LocalTime } from '@/components/common/local-time';
import { useT } from '@/components/i18n/use-t';
import { failureText, type ApiResult } from '@/lib/clients/api-call';
import { invitePersonCall, renewInvitationCall, updatePersonCall } from '@/lib/clients/people';
import type { Person } from '@/lib/api/people';
import { formatDateTime, formatLanguageList, languageName } from '@/lib/i18n/format';
import type { Role } from '@/lib/roles';

/** The roles in the order an admin most often picks them. */
const ROLE_CHOICES: Role[] = ['translator', 'editor', 'admin', 'reader'];

type Link = { name: string; inviteUrl: string; expiresAt: string };

export function PeopleAdmin({ people, languages, selfId, now }: { people: Person[]; languages: string[]; selfId: string; now: number }) {
  const router = useRouter();
  const { t, i18n } = useT();
  const [link, setLink] = useState<Link | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function run<T>(call: Promise<ApiResult<T>>, onDone?: (value: T) => void) {
    setPending(true);
    const result = await call;
    setPending(false);
    if (!result.ok) return setError(failureText(t, result));
    setError(null);
    onDone?.(result.value);
    router.refresh();
  }

  function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '');
    const body = { email: String(data.get('email') ?? ''), name, role: String(data.get('role')) as Role, languages: data.getAll('languages').map(String) };
    return run(invitePersonCall(body), (value) => {
      setLink({ ...value, name });
      form.reset();
    });
  }

  return (
    <>
      <section aria-labelledby="invite-person" className="card stack">
        <h2 id="invite-person">{t('people.inviteTitle')}</h2>
        <form className="stack" onSubmit={invite} aria-labelledby="invite-person">
          <div className="form-row">
            <label>
              {t('people.email')}
              <input name="email" type="email" required maxLength={254} autoComplete="off" />
            </label>
            <label>
              {t('people.name')}
              <input name="name" required maxLength={200} autoComplete="off" />
            </label>
            <label>
              {t('people.role')}
              <select name="role" defaultValue="translator">
                {ROLE_CHOICES.map((role) => (
                  <option key={role} value={role}>
                    {t(`roles.${role}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <LanguageChoices legend={t('people.languages')} languages={languages} chosen={[]} />
          <p className="muted">{t('people.languagesHint')}</p>
          <div>
            <button type="submit" disabled={pending}>
              {t('people.invite')}
            </button>
          </div>
        </form>
        {link && (
          <div className="notice secret-once stack">
            <p>
              <strong>{t('people.linkFor', { name: link.name })}</strong> {t('people.linkHint', { name: link.name, date: formatDateTime(link.expiresAt, i18n.language) })}
            </p>
            <CopyField label={t('people.linkLabel')} value={link.inviteUrl} />
          </div>
        )}
      </section>
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
              <tr key={person.id}>
                <td colSpan={7}>
                  <form
                    className="stack"
                    aria-label={t('people.editLabel', { name: person.name })}
                    onSubmit={(event) => {
                      event.preventDefault();
                      const data = new FormData(event.currentTarget);
                      run(updatePersonCall(person.id, { role: String(data.get('role')) as Role, languages: data.getAll('languages').map(String) }), () => setEditing(null));
                    }}
                  >
                    <strong>{person.name}</strong>
                    <label>
                      {t('people.roleOf', { name: person.name })}
                      <select name="role" defaultValue={person.role}>
                        {ROLE_CHOICES.map((role) => (
                          <option key={role} value={role}>
                            {t(`roles.${role}`)}
                          </option>
                        ))}
                      </select>
                    </label>
                    <LanguageChoices legend={t('people.languagesOf', { name: person.name })} languages={languages} chosen={person.languages} />
                    <div className="actions">
                      <button type="submit" disabled={pending}>
                        {t('people.save')}
                      </button>
                      <button type="button" className="button-quiet" onClick={() => setEditing(null)}>
                        {t('common.cancel')}
                      </button>
                    </div>
                  </form>
                </td>
              </tr>
            ) : (
              <tr key={person.id}>
                <th scope="row">
                  {person.name} {person.id === selfId && <span className="muted">{t('people.you')}</span>}
                </th>
                <td>{person.email}</td>
                <td>{t(`roles.${person.role}`)}</td>
                <td>
                  {person.role === 'editor' || person.role === 'admin'
                    ? t('people.allLanguages')
                    : person.languages.length
                      ? formatLanguageList(person.languages, i18n.language)
                      : t('people.noLanguages')}
                </td>
                <td>
                  <span className={`person-status-${person.status}`}>{t(`people.statuses.${person.status}`)}</span>
                  {person.status === 'invited' && person.invitationExpiresAt && (
                    <div className="muted">
                      {new Date(person.invitationExpiresAt).getTime() > now ? (
                        <>
                          {t('people.linkValidUntil')} <LocalTime iso={person.invitationExpiresAt} />
                        </>
                      ) : (
                        t('people.linkExpired')
                      )}
                    </div>
                  )}
                </td>
                <td>{person.lastSignInAt ? <LocalTime iso={person.lastSignInAt} /> : t('people.never')}</td>
                <td>
                  <div className="actions">
                    <button type="button" className="button-quiet button-small" aria-label={t('people.editLabel', { name: person.name })} onClick={() => setEditing(person.id)}>
                      {t('people.edit')}
                    </button>
                    {person.status === 'invited' && (
                      <button
                        type="button"
                        className="button-quiet button-small"
                        aria-label={t('people.newLinkLabel', { name: person.name })}
                        disabled={pending}
                        onClick={() => run(renewInvitationCall(person.id), (value) => setLink({ ...value, name: person.name }))}
                      >
                        {t('people.newLink')}
                      </button>
                    )}
                    {person.status === 'deactivated' ? (
                      <button type="button" className="button-quiet button-small" aria-label={t('people.reactivateLabel', { name: person.name })} disabled={pending} onClick={() => run(updatePersonCall(person.id, { active: true }))}>
                        {t('people.reactivate')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button-quiet button-small"
                        aria-label={t('people.deactivateLabel', { name: person.name })}
                        disabled={pending}
                        onClick={() => window.confirm(t('people.deactivateQuestion', { name: person.name })) && run(updatePersonCall(person.id, { active: false }))}
                      >
                        {t('people.deactivate')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </>
  );
}

function LanguageChoices({ legend, languages, chosen }: { legend: string; languages: string[]; chosen: string[] }) {
  const { i18n } = useT();
  return (
    <fieldset className="language-choices">
      <legend>{legend}</legend>
      {languages.map((code) => (
        <label key={code}>
          <input type="checkbox" name="languages" value={code} defaultChecked={chosen.includes(code)} />
          {languageName(code, i18n.language)}
        </label>
      ))}
    </fieldset>
  );
}
