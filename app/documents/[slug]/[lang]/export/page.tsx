import type { Metadata } from 'next';
import { ExportView } from '@/components/interchange/export-view';
import { getT } from '@/lib/server/ui-language';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('workbench.export') };
}

export default async function ExportPage({ params }: { params: Promise<{ slug: string; lang: string }> }) {
  const { slug, lang } = await params;
  return <ExportView slug={slug} lang={lang} />;
}
