import type { Metadata } from 'next';
import { CompareView } from '@/components/compare/compare-view';
import { getT } from '@/lib/server/ui-language';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('compare.title') };
}

export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ langs?: string | string[]; page?: string | string[] }>;
}) {
  const [{ slug }, { langs, page }] = await Promise.all([params, searchParams]);
  return <CompareView slug={slug} langs={langs} page={Array.isArray(page) ? page[0] : page} />;
}
