import { describe, expect, it } from 'vitest';
import { firstLine, playwrightFailures, vitestFailures } from './failure-report';

describe('failure report', () => {
  it('names the failed Playwright specs in nested suites, with their first error line', () => {
    const report = {
      suites: [
        {
          file: 'live/presence.spec.ts',
          specs: [{ title: 'passes', file: 'live/presence.spec.ts', line: 3, tests: [{ status: 'expected', results: [{}] }, { status: 'flaky', results: [{ error: { message: 'once' } }, {}] }] }],
          suites: [
            {
              title: 'nested',
              specs: [
                {
                  title: 'shows who edits',
                  file: 'live/presence.spec.ts',
                  line: 40,
                  tests: [{ status: 'expected', results: [{}] }, { status: 'unexpected', results: [{ error: { message: '\u001b[31mError: expect(locator).toBeVisible() failed\u001b[39m\n\nLocator: …' } }] }],
                },
              ],
            },
          ],
        },
      ],
      errors: [{ message: 'Error: webServer exited early' }],
    };
    expect(playwrightFailures(report)).toEqual([
      { where: 'live/presence.spec.ts:40', title: 'shows who edits', message: 'Error: expect(locator).toBeVisible() failed' },
      { where: 'run', title: 'error outside a test', message: 'Error: webServer exited early' },
    ]);
  });

  it('names failed Vitest tests relative to the project, and a file that failed outside its tests', () => {
    const report = {
      testResults: [
        {
          name: '/repo/lib/diff/word-diff.test.ts',
          status: 'failed',
          assertionResults: [
            { fullName: 'word diff keeps spaces', status: 'failed', failureMessages: ['AssertionError: expected 1 to be 2\n    at …'] },
            { fullName: 'word diff is fast', status: 'passed' },
          ],
        },
        { name: '/repo/tests/integration/save.test.ts', status: 'failed', message: 'Error: database is locked', assertionResults: [] },
        { name: '/repo/lib/ok.test.ts', status: 'passed', assertionResults: [{ fullName: 'fine', status: 'passed' }] },
      ],
    };
    expect(vitestFailures(report, '/repo')).toEqual([
      { where: 'lib/diff/word-diff.test.ts', title: 'word diff keeps spaces', message: 'AssertionError: expected 1 to be 2' },
      { where: 'tests/integration/save.test.ts', title: 'the file', message: 'Error: database is locked' },
    ]);
  });

  it('keeps a message short and on one line', () => {
    expect(firstLine('\n\n  first  \nsecond')).toBe('first');
    expect(firstLine(undefined)).toBe('');
    expect(firstLine('x'.repeat(400))).toHaveLength(300);
  });
});
