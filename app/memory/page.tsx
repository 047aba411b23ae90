import type { Metadata } from 'next';
import { MemorySearchView } from '@/components/memory/memory-search-view';

export const metadata: Metadata = { title: 'Translation memory' };

export default async function MemoryPage({ searchParams }: { searchParams: Promise<{ lang?: string; q?: string }> }) {
  const { lang, q } = await searchParams;
  return <MemorySearchView lang={lang} query={q} />;
}
