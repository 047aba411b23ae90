import type { Metadata } from 'next';
import { ApiDocsView } from '@/components/api-docs/api-docs-view';
import { getT } from '@/lib/server/ui-language';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('apiDocs.title') };
}

export default function ApiDocsPage() {
  return <ApiDocsView />;
}
