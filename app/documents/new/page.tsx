import type { Metadata } from 'next';
import { NewDocumentView } from '@/components/new-document/new-document-view';
import { getT } from '@/lib/server/ui-language';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('newDocument.title') };
}

export default function NewDocumentPage() {
  return <NewDocumentView />;
}
