import type { Metadata } from 'next';
import { ImportView } from '@/components/interchange/import-view';
import { getT } from '@/lib/server/ui-language';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('workbench.import') };
}

export default async function ImportPage({ params }: { params: Promise<{ slug: string; lang: string }> }) {
  const { slug, lang } = await params;
  return <ImportView slug={slug} lang={lang} />;
}
