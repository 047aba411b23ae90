import { ActivityView } from '@/components/activity/activity-view';

export default async function ActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ lang?: string }>;
}) {
  const [{ slug }, { lang }] = await Promise.all([params, searchParams]);
  return <ActivityView slug={slug} lang={lang} />;
}
