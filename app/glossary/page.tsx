import type { Metadata } from 'next';
import { GlossaryView } from '@/components/glossary/glossary-view';

export const metadata: Metadata = { title: 'Glossary' };

export default async function GlossaryPage({ searchParams }: { searchParams: Promise<{ lang?: string }> }) {
  const { lang } = await searchParams;
  return <GlossaryView lang={lang} />;
}
