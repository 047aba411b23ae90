import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { i18nextResources } from './i18next-resources';

describe('i18nextResources', () => {
  it('keys the approved texts by paragraph id in the default namespace, leaving out what no editor approved', () => {
    expect(
      i18nextResources('de', [
        { id: 'p1', approvedText: 'Schlagzeile' },
        { id: 'p2', approvedText: null },
        { id: 'p3', approvedText: '' },
      ]),
    ).toEqual({ de: { translation: { p1: 'Schlagzeile', p3: '' } } });
  });

  it('is what i18next.init takes as resources', async () => {
    const resources = i18nextResources('uk', [
      { id: 'cm1', approvedText: 'Четвер, 24 квітня 2025' },
      { id: 'cm2', approvedText: 'Він написав: {{name}} — $ і «лапки»' },
    ]);
    const instance = i18next.createInstance();
    await instance.init({ resources, lng: 'uk' });
    expect(instance.t('cm1')).toBe('Четвер, 24 квітня 2025');
    expect(instance.t('cm2')).toBe('Він написав: {{name}} — $ і «лапки»');
    expect(JSON.parse(JSON.stringify(resources))).toEqual(resources);
  });
});
