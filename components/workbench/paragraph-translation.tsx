// One paragraph's translation editor, built from the server's paragraph state: the workbench
// and the compare view render it the same way.
import type { LanguageInfo } from '@/lib/server/documents/find-document-language';
import type { ParagraphState } from '@/lib/server/documents/load-paragraph-states';
import type { QaIssue } from '@/lib/qa';
import { TranslationEditor } from './translation-editor';

export function ParagraphTranslation({
  paragraph,
  language,
  canTranslate,
  canReview,
  checks,
}: {
  paragraph: ParagraphState;
  language: LanguageInfo;
  canTranslate: boolean;
  canReview: boolean;
  checks: QaIssue[];
}) {
  const { translation } = paragraph;
  return (
    <TranslationEditor
      // No key from the data: new server data (a live update, a source update) must not remount
      // the editor and lose what its user is typing; the editor adopts the new props itself.
      paragraphId={paragraph.id}
      position={paragraph.position}
      language={language}
      canTranslate={canTranslate}
      canReview={canReview}
      openThreads={paragraph.openThreads}
      checks={checks}
      sourceText={paragraph.source.text}
      translatedSourceText={translation?.translatedSource?.text ?? null}
      approved={{ versionId: translation?.approvedVersionId ?? null, text: translation?.approvedText ?? null }}
      initialStatus={paragraph.status}
      initialVersion={
        translation && {
          versionId: translation.versionId,
          number: translation.number,
          text: translation.text,
          author: translation.author,
          createdAt: translation.createdAt.toISOString(),
        }
      }
      rejection={translation?.rejection ? { comment: translation.rejection.comment, reviewer: translation.rejection.reviewer } : null}
    />
  );
}
