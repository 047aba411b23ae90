import type { Metadata } from 'next';
import { GlossaryView } from '@/components/glossary/glossary-view';
import { getT } from '@/lib/server/ui-language';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('header.glossary') };
}

export default async function GlossaryPage({ searchParams }: { searchParams: Promise<{ lang?: string }> }) {
  const { lang } = await searchParams;
  return <GlossaryView lang={lang} />;
}
