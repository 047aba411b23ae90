// The failed tests of a step, read from the JSON report its runner wrote beside the console
// output, so that the summary at the very end of `npm test` names them (a CI log is often read
// from its tail only).

export type FailedTest = { where: string; title: string; message: string };

type PlaywrightSuite = {
  file?: string;
  title?: string;
  specs?: Array<{ title: string; file: string; line: number; tests: Array<{ status: string; results: Array<{ error?: { message?: string } }> }> }>;
  suites?: PlaywrightSuite[];
};

type VitestReport = {
  testResults?: Array<{ name: string; message?: string; status?: string; assertionResults?: Array<{ fullName: string; status: string; failureMessages?: string[] }> }>;
};

/** The first meaningful line of an error message, without terminal colours. */
export function firstLine(message: string | undefined): string {
  const plain = (message ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  return plain.split('\n').map((line) => line.trim()).find(Boolean)?.slice(0, 300) ?? '';
}

/** Failed tests in a Playwright JSON report (reporter `json`). */
export function playwrightFailures(report: { suites?: PlaywrightSuite[]; errors?: Array<{ message?: string }> }): FailedTest[] {
  const failures: FailedTest[] = [];
  const visit = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs ?? []) {
      // A test of a spec runs once per project and repeat; 'unexpected' is a failure, 'flaky'
      // passed on a retry.
      for (const test of spec.tests.filter((test) => test.status === 'unexpected')) {
        const error = test.results.find((result) => result.error)?.error;
        failures.push({ where: `${spec.file}:${spec.line}`, title: spec.title, message: firstLine(error?.message) });
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  for (const error of report.errors ?? []) failures.push({ where: 'run', title: 'error outside a test', message: firstLine(error.message) });
  return failures;
}

/** Failed tests in a Vitest JSON report (reporter `json`). */
export function vitestFailures(report: VitestReport, root: string): FailedTest[] {
  const failures: FailedTest[] = [];
  for (const file of report.testResults ?? []) {
    const where = file.name.startsWith(root) ? file.name.slice(root.length + 1) : file.name;
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failed) failures.push({ where, title: test.fullName, message: firstLine(test.failureMessages?.[0]) });
    if (failed.length === 0 && file.status === 'failed') failures.push({ where, title: 'the file', message: firstLine(file.message) });
  }
  return failures;
}
