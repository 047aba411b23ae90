'use client';
// The preview of a pasted article: each paragraph with its kind, which the editor can change,
// and what was left out and why. Article text is shown as text, never as HTML.
import { useId } from 'react';
import { useT } from '@/components/i18n/use-t';
import type { CreatedDocumentJson } from '@/lib/api/documents';
import { formatNumber } from '@/lib/i18n/format';
import { kindOf, type NewDocumentFormState } from '@/lib/new-document-form';
import { PARAGRAPH_KINDS, type ParagraphKind } from '@/lib/paragraph-kinds';

export function ArticlePreview({
  state,
  preview,
  onKind,
  language,
}: {
  state: NewDocumentFormState;
  preview: CreatedDocumentJson;
  onKind: (position: number, kind: ParagraphKind) => void;
  language: string;
}) {
  const { t } = useT();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="article-preview">
      <h2 id={headingId}>{t('newDocument.previewTitle')}</h2>
      <p>{t('newDocument.summary', { count: preview.paragraphs.length, slug: preview.slug })}</p>
      <ol className="preview-paragraphs">
        {preview.paragraphs.map((paragraph) => {
          const kind = kindOf(state, paragraph.position) ?? paragraph.kind;
          return (
            <li key={paragraph.position} className={`preview-paragraph kind-${kind}`}>
              <div className="paragraph-meta">
                <span className="paragraph-number">{formatNumber(paragraph.position, language)}</span>
                <select aria-label={t('newDocument.kindOf', { n: paragraph.position })} value={kind} onChange={(event) => onKind(paragraph.position, event.target.value as ParagraphKind)}>
                  {PARAGRAPH_KINDS.map((option) => (
                    <option key={option} value={option}>
                      {t(`kinds.${option}`)}
                    </option>
                  ))}
                </select>
                {kind !== paragraph.kind && <span className="muted small">{t('newDocument.changed')}</span>}
              </div>
              <p lang="en" dir="ltr" className="preview-text">
                {paragraph.source.text}
              </p>
            </li>
          );
        })}
      </ol>
      {preview.dropped.length > 0 && (
        <>
          <h3>{t('newDocument.droppedTitle')}</h3>
          <p className="muted">{t('newDocument.droppedIntro')}</p>
          <ul className="dropped-parts">
            {preview.dropped.map((part, index) => (
              <li key={index}>
                <strong>{t(`newDocument.dropReasons.${part.reason}`)}</strong>
                {part.element && <code> {part.element}</code>}
                {part.line !== null && <span className="muted"> ({t('newDocument.droppedLine', { line: part.line })})</span>}
                {part.text && <span className="dropped-text">: {part.text}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
