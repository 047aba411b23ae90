// One paragraph of the workbench: the English source beside the editable translation.
import type { LanguageInfo } from '@/lib/server/documents/find-document-language';
import type { ParagraphState } from '@/lib/server/documents/load-paragraph-states';
import type { QaIssue } from '@/lib/qa';
import type { SourceGlossaryTerm } from './glossary-marked-text';
import { getT } from '@/lib/server/ui-language';
import { ParagraphSource } from './paragraph-source';
import { ParagraphTranslation } from './paragraph-translation';

export async function ParagraphRow({
  paragraph,
  language,
  canTranslate,
  canReview,
  checks,
  glossary,
}: {
  paragraph: ParagraphState;
  language: LanguageInfo;
  canTranslate: boolean;
  /** Editors: approve and reject, and correct the English. */
  canReview: boolean;
  checks: QaIssue[];
  glossary: SourceGlossaryTerm[];
}) {
  const t = await getT();
  return (
    <section
      className={`paragraph-row kind-${paragraph.kind}`}
      aria-label={t('paragraph.label', { n: paragraph.position })}
      id={`p${paragraph.position}`}
      tabIndex={-1}
      data-paragraph-row
    >
      <ParagraphSource paragraph={paragraph} canEdit={canReview} glossary={glossary} className="source-cell" liveLang={language.code} />
      <ParagraphTranslation paragraph={paragraph} language={language} canTranslate={canTranslate} canReview={canReview} checks={checks} />
    </section>
  );
}
