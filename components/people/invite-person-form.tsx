'use client';
// The admin's invitation form, and the last invitation link made, shown once to be copied.
import type { FormEvent } from 'react';
import { ScriptedForm } from '@/components/common/scripted-form';
import { CopyField } from '@/components/common/copy-field';
import { useT } from '@/components/i18n/use-t';
import { formatDateTime } from '@/lib/i18n/format';
import { LanguageChoices } from './language-choices';
import type { InvitationLink } from './people-admin-state';
import { RoleOptions } from './role-options';

export function InvitePersonForm({
  languages,
  pending,
  link,
  onInvite,
}: {
  languages: string[];
  pending: boolean;
  link: InvitationLink | null;
  onInvite: (event: FormEvent<HTMLFormElement>) => void;
}) {
  const { t, i18n } = useT();
  return (
    <section aria-labelledby="invite-person" className="card stack">
      <h2 id="invite-person">{t('people.inviteTitle')}</h2>
      <ScriptedForm className="stack" onSubmit={onInvite} aria-labelledby="invite-person">
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
              <RoleOptions />
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
      </ScriptedForm>
      {link && (
        <div className="notice secret-once stack">
          <p>
            <strong>{t('people.linkFor', { name: link.name })}</strong> {t('people.linkHint', { name: link.name, date: formatDateTime(link.expiresAt, i18n.language) })}
          </p>
          <CopyField label={t('people.linkLabel')} value={link.inviteUrl} />
        </div>
      )}
    </section>
  );
}
