import { describe, expect, it } from 'vitest';
import { threeWayMerge } from './three-way-merge';

const base = 'Mindestens acht Menschen starben in Kiew, mehr als 70 wurden verletzt.';

describe('threeWayMerge', () => {
  it('combines edits that touch different words', () => {
    const theirs = 'Mindestens neun Menschen starben in Kiew, mehr als 70 wurden verletzt.';
    const mine = 'Mindestens acht Menschen starben in Kiew, mehr als 70 erlitten Verletzungen.';
    expect(threeWayMerge({ base, theirs, mine, lang: 'de' })).toEqual({
      clean: true,
      text: 'Mindestens neun Menschen starben in Kiew, mehr als 70 erlitten Verletzungen.',
    });
  });

  it('reports a conflict when both change the same word differently', () => {
    const theirs = base.replace('acht', 'neun');
    const mine = base.replace('acht', 'zehn');
    expect(threeWayMerge({ base, theirs, mine, lang: 'de' })).toEqual({ clean: false });
  });

  it('accepts the same change made by both', () => {
    const both = base.replace('Kiew', 'Kyjiw');
    expect(threeWayMerge({ base, theirs: both, mine: both, lang: 'de' })).toEqual({ clean: true, text: both });
  });

  it('takes the one side that changed', () => {
    const mine = base.replace('70', '80');
    expect(threeWayMerge({ base, theirs: base, mine, lang: 'de' })).toEqual({ clean: true, text: mine });
    expect(threeWayMerge({ base, theirs: mine, mine: base, lang: 'de' })).toEqual({ clean: true, text: mine });
  });

  it('merges Ukrainian edits in different sentences', () => {
    const ukBase = 'Росія знову атакувала Україну. Загинули щонайменше вісім людей.';
    const theirs = 'Росія знову атакувала Україну вночі. Загинули щонайменше вісім людей.';
    const mine = 'Росія знову атакувала Україну. Загинули щонайменше дев’ять людей.';
    expect(threeWayMerge({ base: ukBase, theirs, mine, lang: 'uk' })).toEqual({
      clean: true,
      text: 'Росія знову атакувала Україну вночі. Загинули щонайменше дев’ять людей.',
    });
  });
});
