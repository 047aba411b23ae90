import { WorkbenchView } from '@/components/workbench/workbench-view';

export default async function WorkbenchPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; lang: string }>;
  searchParams: Promise<{ page?: string; paragraph?: string; filter?: string }>;
}) {
  const { slug, lang } = await params;
  const { page, paragraph, filter } = await searchParams;
  return <WorkbenchView slug={slug} lang={lang} page={page} jumpTo={paragraph} filter={filter} />;
}
