// Lint: TypeScript rules, React hooks rules, no import cycles, and the layer arrows of
// ../shared/design.md ("dependencies point one way"), enforced per folder by eslint-plugin-boundaries.
// Formatting is Prettier's job (eslint-config-prettier turns off the rules that would fight it).
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { layerElements, layerPolicies } from './lint/layers.mjs';

export default tseslint.config(
  { ignores: ['.next/**', 'node_modules/**', 'tests/.artifacts/**', 'tests/perf/ref-app/**', 'lib/db/migrations/**', 'next-env.d.ts', 'public/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, boundaries },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      // eslint-plugin-boundaries resolves imports with the legacy resolver setting.
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/elements': layerElements,
      'boundaries/include': ['app/**/*', 'components/**/*', 'lib/**/*', 'proxy.ts', 'instrumentation.ts'],
    },
    rules: {
      // The classic hooks rules; the React Compiler's extra rules (set-state-in-effect …) are not adopted yet.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { types: { anyOf: layerElements.map((e) => e.type) } } },
              disallow: { to: { element: { types: { anyOf: layerElements.map((e) => e.type) } } } },
            },
            ...layerPolicies,
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    // One way to send SMS (issue 17): requestSmsDispatch, which claims each message before sending it.
    files: ['app/**/*', 'components/**/*', 'lib/**/*'],
    ignores: ['lib/sms/**/*'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['@/lib/sms/outbox', '../sms/outbox'].map((name) => ({
            name,
            importNames: ['dispatchDueSms', 'claimDueSms'],
            message: 'Send SMS through requestSmsDispatch: the one dispatcher per process.',
          })),
        },
      ],
    },
  },
  {
    // Tests and scripts may reach into any layer.
    files: ['tests/**/*', '.ci/**/*', 'lint/**/*', '*.config.*', 'drizzle.config.ts'],
    rules: { 'boundaries/dependencies': 'off' },
  },
  prettier,
);
