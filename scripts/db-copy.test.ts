import { describe, expect, it } from 'vitest';
import { COPIED_MODELS, NOT_COPIED, modelsLeftOut } from './db-copy';

describe('db:copy covers every model', () => {
  it('copies or names as not copied each of Prisma’s models', () => {
    expect(modelsLeftOut()).toEqual([]);
  });

  it('copies none of the models it names as not copied, and each model once in its list', () => {
    expect(COPIED_MODELS.filter((model) => NOT_COPIED.some((skipped) => skipped.toLowerCase() === model.toLowerCase()))).toEqual([]);
    expect(new Set(COPIED_MODELS).size).toBe(COPIED_MODELS.length);
  });
});
