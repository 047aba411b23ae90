import type { Metadata } from 'next';
import { MemorySearchView } from '@/components/memory/memory-search-view';
import { getT } from '@/lib/server/ui-language';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('header.memory') };
}

export default async function MemoryPage({ searchParams }: { searchParams: Promise<{ lang?: string; q?: string }> }) {
  const { lang, q } = await searchParams;
  return <MemorySearchView lang={lang} query={q} />;
}
