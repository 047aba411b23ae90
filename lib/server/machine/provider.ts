import 'server-only';
// What a machine translation service does for Redline: one paragraph's English into one
// language, with the newsroom's glossary terms for that pair. DeepL is the one there is
// (deepl.ts); another service would implement the same two members.
import type { GlossaryEntry } from '../../machine/deepl-format';

export type MachineTranslationRequest = {
  text: string;
  /** Our language codes: "en", "de", "uk" … */
  sourceLang: string;
  targetLang: string;
  /** The newsroom's terms for this pair; do-not-translate terms included. */
  glossary: readonly GlossaryEntry[];
};

export interface MachineTranslationProvider {
  /** The name people see: "DeepL". Stored with each suggestion and each version started from one. */
  readonly name: string;
  /** The translation, or an AppError (`upstream_failed`) whose user message is one line for a translator. */
  translate(request: MachineTranslationRequest): Promise<string>;
}
