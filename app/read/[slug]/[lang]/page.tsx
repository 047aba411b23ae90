import { ReaderView } from '@/components/reader/reader-view';

export default async function ReaderPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; lang: string }>;
  searchParams: Promise<{ edition?: string }>;
}) {
  const [{ slug, lang }, { edition }] = await Promise.all([params, searchParams]);
  return <ReaderView slug={slug} lang={lang} edition={edition} />;
}
