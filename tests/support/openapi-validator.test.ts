// The test of the e2e test: the validator it runs every answer through refuses an undocumented
// field and a missing documented one, so "every answer is as documented" cannot pass vacuously.
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../lib/openapi';
import { responseValidator, type OpenApiSpec } from './openapi-validator';

const validator = responseValidator(JSON.parse(JSON.stringify(openApiDocument)) as OpenApiSpec);
const VERSIONS = '/api/paragraphs/{id}/translations/{lang}/versions';
const JSON_TYPE = 'application/json; charset=utf-8';

const version = {
  versionId: 'cm9x0version000002',
  number: 2,
  text: 'Mindestens acht Menschen starben.',
  author: { name: 'Lena Translator', email: 'translator.de@example.com' },
  createdAt: '2025-04-24T10:00:00.000Z',
  baseVersionId: 'cm9x0version000001',
  sourceVersionId: 'cm9x0source0000001',
  revertOfVersionId: null,
  machineProvider: null,
  review: {
    decision: 'approved',
    comment: null,
    reviewer: 'Ed Editor',
    createdAt: '2025-04-24T11:00:00.000Z',
    sourceVersionId: 'cm9x0source0000001',
    carriedFrom: null,
  },
};

const problems = (body: unknown, status = 200, path = VERSIONS, method = 'get') => validator.problems(path, method, status, JSON_TYPE, body);

describe('the OpenAPI response validator', () => {
  it('accepts an answer as documented', () => {
    expect(problems([version])).toEqual([]);
    expect(problems([{ ...version, review: null }])).toEqual([]);
    expect(problems({ error: 'not_signed_in', message: 'Sign in first.' }, 401, VERSIONS, 'post')).toEqual([]);
  });

  it('refuses an undocumented field, at the top and nested in a named component', () => {
    expect(problems([{ ...version, secret: 'leaked' }])).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/0 must NOT have additional properties.*"additionalProperty":"secret"/)]),
    );
    expect(problems([{ ...version, review: { ...version.review, reviewerEmail: 'ed@example.com' } }])).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/0\/review .*additionalProperty":"reviewerEmail"/)]),
    );
    expect(problems({ error: 'not_signed_in', message: 'Sign in first.', stack: 'at …' }, 401, VERSIONS, 'post')).not.toEqual([]);
  });

  it('refuses an answer missing a documented required field', () => {
    const { sourceVersionId: _omitted, ...withoutSource } = version;
    expect(problems([withoutSource])).toEqual(expect.arrayContaining([expect.stringMatching(/must have required property 'sourceVersionId'/)]));
    expect(problems({ error: 'not_signed_in' }, 401, VERSIONS, 'post')).toEqual(
      expect.arrayContaining([expect.stringMatching(/must have required property 'message'/)]),
    );
  });

  it('refuses a wrong type and a value outside an enumeration', () => {
    expect(problems([{ ...version, number: '2' }])).not.toEqual([]);
    expect(problems([{ ...version, review: { ...version.review, decision: 'maybe' } }])).not.toEqual([]);
  });

  it('refuses a status or media type the operation does not document', () => {
    expect(problems([version], 418)).toEqual([expect.stringMatching(/418 is not a documented status/)]);
    expect(validator.problems(VERSIONS, 'get', 200, 'text/html', '<html>')).toEqual([expect.stringMatching(/text\/html is not documented/)]);
    expect(validator.problems('/api/nowhere', 'get', 200, JSON_TYPE, {})).toEqual(['GET /api/nowhere is not documented']);
    expect(validator.problems('/api/documents/{slug}/presence', 'post', 204, '', '')).toEqual([]);
    expect(validator.problems('/api/documents/{slug}/presence', 'post', 204, JSON_TYPE, {})).toEqual([expect.stringMatching(/documents no body/)]);
  });
});
