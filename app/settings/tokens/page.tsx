import type { Metadata } from 'next';
import { TokensView } from '@/components/tokens/tokens-view';
import { getT } from '@/lib/server/ui-language';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('tokens.title') };
}

export default function TokensPage() {
  return <TokensView />;
}
