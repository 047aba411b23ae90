'use client';
// The row of the people table open for changing someone's role and languages.
import { useT } from '@/components/i18n/use-t';
import type { Person } from '@/lib/api/people';
import type { Role } from '@/lib/roles';
import { LanguageChoices } from './language-choices';
import { RoleOptions } from './role-options';

export function PersonEditForm({
  person,
  languages,
  pending,
  onSave,
  onCancel,
}: {
  person: Person;
  languages: string[];
  pending: boolean;
  onSave: (change: { role: Role; languages: string[] }) => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  return (
    <tr>
      <td colSpan={7}>
        <form
          className="stack"
          aria-label={t('people.editLabel', { name: person.name })}
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            onSave({ role: String(data.get('role')) as Role, languages: data.getAll('languages').map(String) });
          }}
        >
          <strong>{person.name}</strong>
          <label>
            {t('people.roleOf', { name: person.name })}
            <select name="role" defaultValue={person.role}>
              <RoleOptions />
            </select>
          </label>
          <LanguageChoices legend={t('people.languagesOf', { name: person.name })} languages={languages} chosen={person.languages} />
          <div className="actions">
            <button type="submit" disabled={pending}>
              {t('people.save')}
            </button>
            <button type="button" className="button-quiet" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </td>
    </tr>
  );
}
