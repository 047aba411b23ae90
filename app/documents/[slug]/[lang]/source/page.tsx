import type { Metadata } from 'next';
import { SourceUpdateView } from '@/components/source-update/source-update-view';
import { languageName } from '@/lib/i18n/format';
import { getT, getUiLanguage } from '@/lib/server/ui-language';

export async function generateMetadata(): Promise<Metadata> {
  const [t, ui] = await Promise.all([getT(), getUiLanguage()]);
  return { title: t('sourceUpdate.title', { language: languageName('en', ui) }) };
}

export default async function SourceUpdatePage({ params }: { params: Promise<{ slug: string; lang: string }> }) {
  const { slug, lang } = await params;
  return <SourceUpdateView slug={slug} lang={lang} />;
}
