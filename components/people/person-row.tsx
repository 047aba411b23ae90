'use client';
// One person in the admin's table: role, languages, status, last sign-in, and what the admin
// can do (change, renew the invitation, deactivate or reactivate). The buttons wait for the page's
// scripts: pressed before React has the page, they would do nothing.
import { LocalTime } from '@/components/common/local-time';
import { useHydrated } from '@/components/common/use-hydrated';
import { useT } from '@/components/i18n/use-t';
import type { Person } from '@/lib/api/people';
import { formatLanguageList } from '@/lib/i18n/format';

export function PersonRow({
  person,
  isSelf,
  now,
  pending,
  onEdit,
  onRenewInvitation,
  onSetActive,
}: {
  person: Person;
  isSelf: boolean;
  now: number;
  pending: boolean;
  onEdit: () => void;
  onRenewInvitation: () => void;
  onSetActive: (active: boolean) => void;
}) {
  const { t, i18n } = useT();
  const hydrated = useHydrated();
  const busy = pending || !hydrated;
  return (
    <tr>
      <th scope="row">
        {person.name} {isSelf && <span className="muted">{t('people.you')}</span>}
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
          <button type="button" className="button-quiet button-small" aria-label={t('people.editLabel', { name: person.name })} disabled={busy} onClick={onEdit}>
            {t('people.edit')}
          </button>
          {person.status === 'invited' && (
            <button type="button" className="button-quiet button-small" aria-label={t('people.newLinkLabel', { name: person.name })} disabled={busy} onClick={onRenewInvitation}>
              {t('people.newLink')}
            </button>
          )}
          {person.status === 'deactivated' ? (
            <button type="button" className="button-quiet button-small" aria-label={t('people.reactivateLabel', { name: person.name })} disabled={busy} onClick={() => onSetActive(true)}>
              {t('people.reactivate')}
            </button>
          ) : (
            <button
              type="button"
              className="button-quiet button-small"
              aria-label={t('people.deactivateLabel', { name: person.name })}
              disabled={busy}
              onClick={() => window.confirm(t('people.deactivateQuestion', { name: person.name })) && onSetActive(false)}
            >
              {t('people.deactivate')}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}
