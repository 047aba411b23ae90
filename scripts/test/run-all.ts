// `npm test`: the whole suite, on SQLite and, where PostgreSQL is installed, on a throwaway
// PostgreSQL server started here (and removed afterwards):
//   1. lint                                           (eslint.config.mjs, no warnings allowed)
//   2. type check
//   3. unit + integration tests on SQLite            (vitest, project sqlite)
//   4. integration tests on PostgreSQL               (vitest, project postgresql)
//   5. end-to-end tests in Chromium on SQLite        (playwright.config.ts)
//   6. end-to-end tests in Chromium on PostgreSQL
//   7. two app servers on one PostgreSQL database     (tests/instances)
// Where PostgreSQL is not installed, steps 4, 6 and 7 are skipped and the summary says so.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type FailedTest, playwrightFailures, vitestFailures } from './failure-report';
import { findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from '../postgres/throwaway-cluster';

/** `runner` says which JSON report to ask for, so that the summary can name the failed tests. */
type Step = { name: string; command: string[]; env?: Record<string, string>; runner?: 'vitest' | 'playwright' };
type Result = { name: string; outcome: 'passed' | 'FAILED' | 'skipped'; seconds?: number; why?: string; failures?: FailedTest[] };
const results: Result[] = [];
const reports = mkdtempSync(path.join(os.tmpdir(), 'redline-test-reports-'));

function withReport(step: Step, file: string): { args: string[]; env: Record<string, string> } {
  if (step.runner === 'vitest') return { args: ['--reporter=default', '--reporter=json', `--outputFile.json=${file}`], env: {} };
  if (step.runner === 'playwright') return { args: ['--reporter=list,json'], env: { PLAYWRIGHT_JSON_OUTPUT_FILE: file } };
  return { args: [], env: {} };
}

function readFailures(step: Step, file: string): FailedTest[] | undefined {
  if (!step.runner || !existsSync(file)) return undefined;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return step.runner === 'vitest' ? vitestFailures(report, process.cwd()) : playwrightFailures(report);
  } catch {
    return undefined;
  }
}

function run(step: Step): boolean {
  console.log(`\n=== ${step.name}: ${step.command.join(' ')}\n`);
  const started = Date.now();
  const file = path.join(reports, `${results.length}.json`);
  const report = withReport(step, file);
  const command = [...step.command, ...report.args];
  const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, ...step.env, ...report.env } });
  const passed = result.status === 0;
  const seconds = Math.round((Date.now() - started) / 1000);
  results.push({ name: step.name, outcome: passed ? 'passed' : 'FAILED', seconds, failures: passed ? undefined : readFailures(step, file) });
  return passed;
}

function skip(name: string, why: string) {
  results.push({ name, outcome: 'skipped', why });
}

function summary(): boolean {
  console.log('\n=== Summary');
  for (const result of results) {
    const detail = result.outcome === 'skipped' ? ` (${result.why})` : ` in ${result.seconds} s`;
    console.log(`${result.outcome.padEnd(7)} ${result.name}${detail}`);
    for (const failure of result.failures ?? []) {
      console.log(`          ✘ ${failure.where} › ${failure.title}`);
      if (failure.message) console.log(`            ${failure.message}`);
    }
  }
  rmSync(reports, { recursive: true, force: true });
  return results.every((result) => result.outcome !== 'FAILED');
}

const sqliteSteps: Step[] = [
  { name: 'lint', command: ['npx', 'eslint', '--max-warnings', '0', '.'] },
  { name: 'type check', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'unit and integration tests on SQLite', command: ['npx', 'vitest', 'run', '--project', 'sqlite'], runner: 'vitest' },
];
const postgresSteps = (url: string): Step[] => [
  { name: 'integration tests on PostgreSQL', command: ['npx', 'vitest', 'run', '--project', 'postgresql'], runner: 'vitest', env: { REDLINE_TEST_POSTGRES_URL: url } },
];
const browserSteps = (url: string | null): Step[] => [
  { name: 'end-to-end tests on SQLite', command: ['npx', 'playwright', 'test'], runner: 'playwright' },
  ...(url
    ? ([
        { name: 'end-to-end tests on PostgreSQL', command: ['npx', 'playwright', 'test'], runner: 'playwright', env: { REDLINE_E2E_POSTGRES_URL: url } },
        {
          name: 'two app servers on one PostgreSQL',
          command: ['npx', 'playwright', 'test', '--config', 'tests/instances/playwright.config.ts'],
          runner: 'playwright',
          env: { REDLINE_E2E_POSTGRES_URL: url },
        },
      ] satisfies Step[])
    : []),
];

function runAll(steps: Step[]): boolean {
  return steps.map(run).every(Boolean);
}

async function main(): Promise<boolean> {
  // A type error or a failing unit test stops here; after that, every suite runs and reports.
  if (!sqliteSteps.every(run)) return false;

  let server: ThrowawayPostgres | null = null;
  const given = process.env.REDLINE_TEST_POSTGRES_URL;
  if (!given && !findPostgresBin()) {
    const why = "PostgreSQL is not installed here (no initdb); install Debian's postgresql package to run these";
    console.log(`\n*** SKIPPING the PostgreSQL runs: ${why}.\n`);
    for (const name of ['integration tests on PostgreSQL', 'end-to-end tests on PostgreSQL', 'two app servers on one PostgreSQL']) skip(name, why);
    return runAll(browserSteps(null));
  }
  try {
    if (!given) {
      server = await startThrowawayPostgres();
      console.log(`\nStarted a throwaway PostgreSQL server on port ${server.port}.`);
    }
    const url = given ?? server!.url;
    const cleanup = () => server?.stop();
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => (cleanup(), process.exit(130)));
    return runAll([...postgresSteps(url), ...browserSteps(url)]);
  } finally {
    server?.stop();
  }
}

main()
  .then((ok) => process.exit(summary() && ok ? 0 : 1))
  .catch((error) => {
    console.error(error);
    summary();
    process.exit(1);
  });
