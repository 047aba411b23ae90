import type { Metadata } from 'next';
import { PeopleView } from '@/components/people/people-view';
import { getT } from '@/lib/server/ui-language';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('people.title') };
}

export default function UsersPage() {
  return <PeopleView />;
}
