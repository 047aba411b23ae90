'use client';
// The English text with its glossary terms marked: hovering shows the target term, a click
// puts it into the paragraph's translation box (through a DOM event the editor listens to).
import { useT } from '@/components/i18n/use-t';
import { findGlossaryTerms } from '@/lib/glossary-match';

export type SourceGlossaryTerm = { source: string; target: string; doNotTranslate: boolean; note: string | null };

export const INSERT_TERM_EVENT = 'redline:insert-term';
export type InsertTermDetail = { paragraphId: string; text: string };

export function GlossaryMarkedText({ paragraphId, text, terms }: { paragraphId: string; text: string; terms: SourceGlossaryTerm[] }) {
  const { t } = useT();
  const matches = findGlossaryTerms(text, terms);
  if (matches.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const match of matches) {
    if (match.start > at) parts.push(text.slice(at, match.start));
    const term = terms.find((candidate) => candidate.source.toLowerCase() === match.term.toLowerCase());
    const target = term?.doNotTranslate ? t('glossaryTerm.keep', { term: term.source }) : (term?.target ?? '');
    parts.push(
      <button
        key={match.start}
        type="button"
        className="glossary-term"
        title={`${match.term} → ${target}${term?.note ? ` (${term.note})` : ''}. ${t('glossaryTerm.clickToInsert')}`}
        aria-label={t('glossaryTerm.label', { term: text.slice(match.start, match.end), target })}
        onClick={() =>
          term &&
          window.dispatchEvent(new CustomEvent<InsertTermDetail>(INSERT_TERM_EVENT, { detail: { paragraphId, text: term.doNotTranslate ? term.source : term.target } }))
        }
      >
        {text.slice(match.start, match.end)}
      </button>,
    );
    at = match.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
