// Writes one language of a document as an XLIFF 2.0 file that CAT tools open and the OASIS core
// schema accepts: one unit per paragraph, its id the paragraph's (stable when paragraphs move),
// one segment with the current source and translation, the status as the segment's state, and the
// paragraph's facts and open comments as notes.
import type { TranslationStatus } from '../paragraph-status';
import { NOTE, XLIFF_2_NAMESPACE, originalOf } from './xliff-format';

export type XliffParagraph = {
  id: string;
  position: number;
  kind: string;
  source: { versionId: string; text: string };
  status: TranslationStatus;
  translation: null | {
    versionId: string;
    text: string;
    /** The editor's rejection of the current version, when it is rejected. */
    rejection: null | { reviewer: string; comment: string };
    /** The English the current version translates, when the source has changed since. */
    translatedSource: null | { text: string };
  };
  /** Open comment threads, oldest first. */
  comments: Array<{ author: string; text: string; replies: Array<{ author: string; text: string }> }>;
};

export type XliffExport = {
  document: { slug: string; title: string; sourceLang: string };
  language: { code: string; englishName: string; direction: 'ltr' | 'rtl' };
  /** ISO time of the export, named in the file's note. */
  exportedAt: string;
  paragraphs: XliffParagraph[];
};

export type XliffState = 'initial' | 'translated' | 'reviewed' | 'final';

/**
 * The segment state for a status. Rejected and outdated translations need the translator's work
 * again, so a CAT tool lists them as to do (initial) while keeping the text as a draft; the note
 * and the subState say why.
 */
export function xliffState(status: TranslationStatus): XliffState {
  switch (status) {
    case 'approved':
      return 'final';
    case 'in_review':
      return 'translated';
    default:
      return 'initial';
  }
}

export function writeXliff(file: XliffExport): string {
  return [...xliffLines(file)].join('\n');
}

/**
 * The file's lines: the header's, then each unit's together (one string), then the end's; joined
 * by line feeds they are writeXliff's text. A long document's export joins them a part at a time.
 */
export function* xliffLines({ document, language, exportedAt, paragraphs }: XliffExport): Generator<string> {
  yield* [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_2_NAMESPACE}" version="2.0" srcLang="${attribute(document.sourceLang)}" trgLang="${attribute(language.code)}">`,
    `  <file id="f1" original="${attribute(originalOf(document.slug))}" srcDir="ltr" trgDir="${language.direction}">`,
    '    <notes>',
    `      <note category="${NOTE.document}">${text(
      `“${document.title}” (${document.slug}), ${language.englishName} translation, exported from Redline at ${exportedAt}. Import it back at /documents/${document.slug}/${language.code}/import; units keep their ids.`,
    )}</note>`,
    '    </notes>',
  ];
  for (const paragraph of paragraphs) yield unitLines(paragraph).join('\n');
  yield* ['  </file>', '</xliff>', ''];
}

function unitLines(paragraph: XliffParagraph): string[] {
  const { translation } = paragraph;
  const state = xliffState(paragraph.status);
  const subState = paragraph.status === 'untranslated' ? '' : ` subState="redline:${paragraph.status}"`;
  // A text whose spaces, tabs or line breaks matter is marked, on the unit so that a target a tool
  // writes anew inherits it.
  const preserve = needsPreserve(paragraph.source.text) || (translation !== null && needsPreserve(translation.text));
  const notes: Array<[string, string, boolean]> = [
    [NOTE.position, String(paragraph.position), false],
    [NOTE.kind, paragraph.kind, false],
    [NOTE.sourceVersion, paragraph.source.versionId, false],
    ...(translation ? [[NOTE.translationVersion, translation.versionId, false] as [string, string, boolean]] : []),
    [NOTE.status, statusNote(paragraph), true],
    ...paragraph.comments.map((thread): [string, string, boolean] => [NOTE.comment, commentNote(thread), true]),
  ];
  return [
    `    <unit id="${attribute(paragraph.id)}" name="paragraph-${paragraph.position}"${preserve ? ' xml:space="preserve"' : ''}>`,
    '      <notes>',
    ...notes.map(
      ([category, content, target]) =>
        `        <note category="${attribute(category)}"${target ? ' appliesTo="target"' : ''}>${text(content)}</note>`,
    ),
    '      </notes>',
    `      <segment id="s1" state="${state}"${subState}>`,
    `        <source>${inline(paragraph.source.text)}</source>`,
    ...(translation ? [`        <target>${inline(translation.text)}</target>`] : []),
    '      </segment>',
    '    </unit>',
  ];
}

export function statusNote({ status, translation }: XliffParagraph): string {
  switch (status) {
    case 'approved':
      return 'Approved: an editor approved this translation of the current English.';
    case 'in_review':
      return 'In review: saved, waiting for an editor.';
    case 'untranslated':
      return 'Untranslated.';
    case 'rejected':
      return translation?.rejection
        ? `Rejected by ${translation.rejection.reviewer}: ${translation.rejection.comment || '(no comment)'}`
        : 'Rejected by an editor.';
    case 'outdated':
      return translation?.translatedSource
        ? `Outdated: the English changed after this translation was made. It translates: “${translation.translatedSource.text}”`
        : 'Outdated: the English changed after this translation was approved; check it against the source.';
  }
}

export function commentNote(thread: XliffParagraph['comments'][number]): string {
  return [`${thread.author}: ${thread.text}`, ...thread.replies.map((reply) => `↳ ${reply.author}: ${reply.text}`)].join('\n');
}

export function needsPreserve(value: string): boolean {
  return /^[ \t\n\r]|[ \t\n\r]$|[ \t\n\r]{2}|[\t\n\r]/.test(value);
}

/** Characters XML cannot hold even as references (C0 controls but tab and line ends, U+FFFE/F). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeText(value: string): string {
  return value
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Source and target content: a character XML cannot hold travels as XLIFF's <cp hex="…"/>. */
function inline(value: string): string {
  return escapeText(value).replace(NOT_XML, (character) => `<cp hex="${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}"/>`);
}

/** Note content: notes hold text only, so what XML cannot hold becomes U+FFFD. */
export function text(value: string): string {
  return escapeText(value).replace(NOT_XML, '\uFFFD');
}

export function attribute(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
