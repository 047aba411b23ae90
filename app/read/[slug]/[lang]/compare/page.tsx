import { EditionCompareView } from '@/components/reader/edition-compare-view';

export default async function CompareEditionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; lang: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const [{ slug, lang }, { from, to }] = await Promise.all([params, searchParams]);
  return <EditionCompareView slug={slug} lang={lang} from={from} to={to} />;
}
