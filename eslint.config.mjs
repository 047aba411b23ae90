// ESLint, the first step of `npm test`: Next.js's rules (React, react-hooks with exhaustive-deps
// and the React Compiler's checks, accessibility, Core Web Vitals) and typescript-eslint's
// recommended rules. Warnings fail the step too (`--max-warnings 0`).
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // A leading underscore marks what is left out on purpose (`const { secret: _secret, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Playwright's fixtures call `use(...)`, which is not React's hook of that name.
    files: ['tests/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // The benchmark reads the API's answers and its own result tables as loose JSON: what it
    // checks is numbers, and typing each answer again would repeat lib/api for no test.
    files: ['scripts/bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // CommonJS on purpose: Node's --require preloads a .cjs file.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  globalIgnores(['.next/**', '.next-*/**', 'out/**', 'build/**', 'next-env.d.ts', 'lib/server/generated/**', 'test-results/**', 'playwright-report/**', 'tests/.tmp/**', 'data/**', 'backups/**', 'bench/**/*.json']),
]);
