import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import drizzle from 'eslint-plugin-drizzle';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const dbOnly = {
  paths: [
    {
      name: '@/db',
      message: 'Only db/ talks to the database: call a function from @/db/queries/* instead.',
      allowTypeImports: true,
    },
    { name: '@/db/client', message: 'Only db/ opens the database.', allowTypeImports: true },
  ],
  patterns: [
    { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'SQL lives in db/queries/*.', allowTypeImports: true },
  ],
};

/**
 * The layers, top to bottom: app/ and components/ → actions/ (server actions) → server/ (server code that
 * uses the data layer: auth, mail delivery, caches) → db/ (schema and queries) → lib/ (pure code, no
 * knowledge of the database). A layer imports only from the layers below it; see docs/ARCHITECTURE.md.
 */
const layerMessage = (layer, below) => `${layer} sits below ${below}: move the shared code down, or the caller up.`;
const above = (layer, folders) =>
  folders.map((folder) => ({ group: [`@/${folder}`, `@/${folder}/*`], message: layerMessage(layer, `${folder}/`) }));

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      '.data/**',
      'drizzle/**',
      'playwright-report/**',
      'test-results/**',
      'next-env.d.ts',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules for what the compiler lets through: a promise nobody awaits (its rejection is lost,
    // its work races the response), a promise where a plain value is expected, an `await` or a type
    // assertion that does nothing, and a switch over a union that forgets a member added later.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // React accepts async form actions and event handlers; everywhere else a void callback must not be async.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    plugins: { '@next/next': nextPlugin, 'react-hooks': reactHooks, drizzle },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Pages, components, actions and pure lib code never touch the database directly.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}', 'proxy.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', dbOnly] },
  },
  {
    // Components receive data as props: not even the query layer.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          ...dbOnly,
          patterns: [
            ...dbOnly.patterns,
            {
              group: ['@/db/queries/*', '@/db/queries'],
              message: 'Components get data as props from pages.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          ...dbOnly,
          patterns: [
            ...dbOnly.patterns,
            // Types from the schema and query results may name what pure code works on; nothing runs.
            {
              group: ['@/db/*'],
              message: 'lib/ is pure code below db/: it may import types from db/, nothing else.',
              allowTypeImports: true,
            },
            ...above('lib/', ['server', 'actions', 'app', 'components']),
          ],
        },
      ],
    },
  },
  {
    files: ['db/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: above('db/', ['server', 'actions', 'app', 'components']) },
      ],
    },
  },
  {
    files: ['server/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { ...dbOnly, patterns: [...dbOnly.patterns, ...above('server/', ['actions', 'app', 'components'])] },
      ],
    },
  },
  {
    files: ['actions/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { ...dbOnly, patterns: [...dbOnly.patterns, ...above('actions/', ['app', 'components'])] },
      ],
    },
  },
  {
    // Configuration only through lib/env.ts: env(), isDevelopment(), isTest(); shop() and appUrl() in lib/site.ts.
    files: [
      'app/**/*.{ts,tsx}',
      'components/**/*.{ts,tsx}',
      'actions/**/*.{ts,tsx}',
      'server/**/*.{ts,tsx}',
      'db/**/*.{ts,tsx}',
      'lib/**/*.{ts,tsx}',
      'proxy.ts',
      'instrumentation.ts',
    ],
    ignores: ['lib/env.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through lib/env.ts (env(), or a named accessor there).',
        },
      ],
    },
  },
  {
    // Dates only through lib/format-date-time.ts: the shop's time zone and one style everywhere.
    files: [
      'app/**/*.{ts,tsx}',
      'components/**/*.{ts,tsx}',
      'actions/**/*.{ts,tsx}',
      'server/**/*.{ts,tsx}',
      'db/**/*.{ts,tsx}',
      'lib/**/*.{ts,tsx}',
    ],
    ignores: ['lib/format-date-time.ts', 'lib/env.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.object.name='Intl'][callee.property.name='DateTimeFormat']",
          message: 'Format dates with lib/format-date-time.ts (the shop’s time zone, one style).',
        },
        {
          selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/][arguments.length=0]',
          message: 'Format dates with lib/format-date-time.ts (the shop’s time zone, one style).',
        },
        {
          selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)String$/]',
          message: 'Format dates with lib/format-date-time.ts (the shop’s time zone, one style).',
        },
      ],
    },
  },
);
