// /admin/users: the people of the newsroom, their roles, languages and status; admins invite,
// change and deactivate them here.
import { canManageUsers } from '@/lib/roles';
import { listLanguages } from '@/lib/server/documents/list-languages';
import { requirePageActor } from '@/lib/server/page-guards';
import { listPeople } from '@/lib/server/people/list-people';
import { getT } from '@/lib/server/ui-language';
import { PeopleAdmin } from './people-admin';
import './people.css';

export async function PeopleView() {
  const actor = await requirePageActor('/admin/users');
  const t = await getT();
  if (!canManageUsers(actor)) {
    return (
      <div className="page">
        <h1>{t('people.title')}</h1>
        <p>{t('people.adminsOnly')}</p>
      </div>
    );
  }
  const [people, languages] = await Promise.all([listPeople({ actor }), listLanguages({ actor })]);
  // The request's time, against which invitations are shown as expired or not.
  const now = new Date();
  return (
    <div className="page stack">
      <h1>{t('people.title')}</h1>
      <PeopleAdmin people={people} languages={languages.filter((language) => language.code !== 'en').map((language) => language.code)} selfId={actor.id} now={now.getTime()} />
    </div>
  );
}
