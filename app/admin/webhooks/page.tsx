import type { Metadata } from 'next';
import { WebhooksView } from '@/components/webhooks/webhooks-view';
import { getT } from '@/lib/server/ui-language';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('webhooks.title') };
}

export default function WebhooksPage() {
  return <WebhooksView />;
}
