// Layer rules (see STYLE.md): shared ← core ← main/preload; the renderer talks only through
// renderer/src/lib/api.ts and imports nothing but shared types from electron/.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noElectron = {
  name: 'electron',
  message: 'electron/core and electron/shared run under plain Node: never import electron.',
};

// A RETURNING write read with better-sqlite3's .get() in autocommit drops its COMMIT's error, so
// only db/statements.ts's writeReturning (which always runs inside a transaction) may prepare one.
const returningMessage =
  'Prepare RETURNING writes with writeReturning() from electron/core/db/statements.ts, so nothing is acknowledged before it commits.';
const noReturningOutsideTransaction = [
  {
    selector:
      "CallExpression[callee.property.name='prepare'] TemplateElement[value.raw=/\\bRETURNING\\b/i]",
    message: returningMessage,
  },
  {
    selector: "CallExpression[callee.property.name='prepare'] Literal[value=/\\bRETURNING\\b/i]",
    message: returningMessage,
  },
];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'out', '.vite', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', ...noReturningOutsideTransaction],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { group: ['electron/*'], message: noElectron.message },
            {
              group: ['**/main/**', '**/preload/**', '**/host/**'],
              message: 'core must not depend on its hosts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { group: ['electron/*'], message: noElectron.message },
            {
              group: ['node:*', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
              message: 'shared holds only types and zod schemas.',
            },
            {
              group: ['**/core/**', '**/main/**', '**/preload/**', '**/host/**'],
              message: 'shared depends on nothing else in the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron,
            {
              name: 'better-sqlite3',
              message: 'The renderer reaches data only through lib/api.ts.',
            },
          ],
          patterns: [
            {
              group: ['node:*', 'drizzle-orm', 'drizzle-orm/*'],
              message: 'The renderer reaches data only through lib/api.ts.',
            },
            {
              group: [
                '**/electron/core/**',
                '**/electron/main/**',
                '**/electron/preload/**',
                '**/electron/host/**',
              ],
              message: 'The renderer may import only electron/shared.',
            },
          ],
        },
      ],
    },
  },
);
