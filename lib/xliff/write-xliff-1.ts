// Writes one language of a document as an XLIFF 1.2 file, for agencies whose tools still speak 1.2
// and for translate-toolkit: one trans-unit per paragraph with the paragraph's id (as the 2.0
// export), the status as the target's state, the facts an import checks in a context group, and
// the status's explanation and open comments as notes. Valid against the OASIS 1.2 strict schema.
import type { TranslationStatus } from '../paragraph-status';
import { attribute, commentNote, needsPreserve, statusNote, text, type XliffExport, type XliffParagraph } from './write-xliff';
import { CONTEXT_GROUP, CONTEXT_TYPE, XLIFF_1_NAMESPACE, originalOf } from './xliff-format';

export type Xliff1State = 'needs-translation' | 'needs-review-translation' | 'translated' | 'signed-off';

/**
 * The target's state for a status (XLIFF 1.2's list): an approved translation is signed off, one
 * in review is translated; a rejected one needs translating again and an outdated one a review
 * against the changed English. An untranslated paragraph has no target, so no state.
 */
export function xliff1State(status: Exclude<TranslationStatus, 'untranslated'>): Xliff1State {
  switch (status) {
    case 'approved':
      return 'signed-off';
    case 'in_review':
      return 'translated';
    case 'rejected':
      return 'needs-translation';
    case 'outdated':
      return 'needs-review-translation';
  }
}

const CONTEXT_TYPE_OF = Object.fromEntries(Object.entries(CONTEXT_TYPE).map(([type, category]) => [category, type]));

export function writeXliff1(file: XliffExport): string {
  return [...xliff1Lines(file)].join('\n');
}

/** The file's lines, each trans-unit's as one string (as xliffLines in write-xliff.ts). */
export function* xliff1Lines({ document, language, exportedAt, paragraphs }: XliffExport): Generator<string> {
  yield* [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_1_NAMESPACE}" version="1.2">`,
    `  <file original="${attribute(originalOf(document.slug))}" source-language="${attribute(document.sourceLang)}" target-language="${attribute(language.code)}" datatype="plaintext">`,
    '    <header>',
    `      <note from="Redline">${text(
      `“${document.title}” (${document.slug}), ${language.englishName} translation, exported from Redline at ${exportedAt}. Import it back at /documents/${document.slug}/${language.code}/import; trans-units keep their ids.`,
    )}</note>`,
    '    </header>',
    '    <body>',
  ];
  for (const paragraph of paragraphs) yield unitLines(paragraph).join('\n');
  yield* ['    </body>', '  </file>', '</xliff>', ''];
}

function unitLines(paragraph: XliffParagraph): string[] {
  const { translation } = paragraph;
  const preserve = needsPreserve(paragraph.source.text) || (translation !== null && needsPreserve(translation.text));
  const facts: Array<[string, string]> = [
    [CONTEXT_TYPE_OF.position, String(paragraph.position)],
    [CONTEXT_TYPE_OF.kind, paragraph.kind],
    [CONTEXT_TYPE_OF.status, paragraph.status],
    [CONTEXT_TYPE_OF['redline:sourceVersion'], paragraph.source.versionId],
    ...(translation ? [[CONTEXT_TYPE_OF['redline:translationVersion'], translation.versionId] as [string, string]] : []),
  ];
  let target: string[] = [];
  if (translation && paragraph.status !== 'untranslated') {
    const state = xliff1State(paragraph.status);
    target = [`        <target state="${state}">${text(translation.text)}</target>`];
  }
  return [
    `      <trans-unit id="${attribute(paragraph.id)}" resname="paragraph-${paragraph.position}"${
      paragraph.status === 'approved' ? ' approved="yes"' : ''
    }${preserve ? ' xml:space="preserve"' : ''}>`,
    `        <source>${text(paragraph.source.text)}</source>`,
    ...target,
    `        <context-group name="${CONTEXT_GROUP}${attribute(paragraph.id)}" purpose="information">`,
    ...facts.map(([type, value]) => `          <context context-type="${type}">${text(value)}</context>`),
    '        </context-group>',
    `        <note from="Redline" annotates="target">${text(statusNote(paragraph))}</note>`,
    ...paragraph.comments.map((thread) => `        <note from="${attribute(thread.author)}">${text(commentNote(thread))}</note>`),
    '      </trans-unit>',
  ];
}
