import { describe, expect, it } from 'vitest';
import { checkTranslation, type GlossaryTerm, type QaInput } from '../../qa';
import { checkTranslationOnce, glossaryKey } from './recent-checks';

const source = 'Trump spoke with Putin on Thursday about the ceasefire.';
const target = 'Trump sprach am Donnerstag mit Putin über die Feuerpause.';
const glossary: GlossaryTerm[] = [{ source: 'ceasefire', target: 'Waffenruhe', doNotTranslate: false, note: null }];
const input: QaInput & { glossary: GlossaryTerm[] } = { source, target, targetLang: 'de', kind: 'body', glossary };

describe('checks of texts checked lately', () => {
  it('answers what the checks answer, and the same texts again from what was kept', () => {
    const first = checkTranslationOnce(input, glossaryKey(glossary));
    expect(first).toEqual(checkTranslation(input));
    expect(first.map((issue) => issue.check)).toContain('glossary-missing');
    expect(checkTranslationOnce({ ...input, glossary: [...glossary] }, glossaryKey([...glossary]))).toBe(first);
    expect(Object.isFrozen(first) && first.every(Object.isFrozen)).toBe(true);
  });

  it('a changed glossary term or translation is checked anew', () => {
    const agreed: GlossaryTerm[] = [{ ...glossary[0], target: 'Feuerpause' }];
    expect(checkTranslationOnce({ ...input, glossary: agreed }, glossaryKey(agreed))).toEqual([]);
    expect(glossaryKey([{ ...glossary[0], note: 'Since April 2025' }])).not.toBe(glossaryKey(glossary));
    expect(glossaryKey([{ ...glossary[0], doNotTranslate: true }])).not.toBe(glossaryKey(glossary));

    const withNumber = { ...input, target: `${target} 3` };
    expect(checkTranslationOnce(withNumber, glossaryKey(glossary)).map((issue) => issue.check)).toContain('numbers');
  });
});
