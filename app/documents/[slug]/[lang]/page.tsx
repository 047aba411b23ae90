import { WorkbenchView } from '@/components/workbench/workbench-view';

export default async function WorkbenchPage({ params }: { params: Promise<{ slug: string; lang: string }> }) {
  const { slug, lang } = await params;
  return <WorkbenchView slug={slug} lang={lang} />;
}
