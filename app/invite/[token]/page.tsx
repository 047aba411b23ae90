import type { Metadata } from 'next';
import { InvitationView } from '@/components/people/invitation-view';
import { getT } from '@/lib/server/ui-language';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  // The token never goes into the title (history, bookmarks) or anywhere but this page's form.
  return { title: t('invite.title'), referrer: 'no-referrer' };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <InvitationView token={token} />;
}
