import 'server-only';
// The configured machine translation provider, or null when none is (no DEEPL_AUTH_KEY): then
// the feature is off. One provider per configuration, so its glossaries are reused.
import { deeplConfig } from '../env';
import { createDeeplProvider } from './deepl';
import type { MachineTranslationProvider } from './provider';

const providers = new Map<string, MachineTranslationProvider>();

export function machineProvider(): MachineTranslationProvider | null {
  const config = deeplConfig();
  if (!config) return null;
  const key = JSON.stringify(config);
  let provider = providers.get(key);
  if (!provider) {
    provider = createDeeplProvider(config);
    providers.set(key, provider);
  }
  return provider;
}
