import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.next/',
      'data/',
      'test-results/',
      'bench-results/',
      'payload-types.ts',
      'src/app/(payload)/admin/importMap.js',
      'src/migrations/',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Environment variables are read, parsed and checked in one place: src/config (issue 14).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/config/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration from src/config (configuration()), not process.env.',
        },
      ],
    },
  },
  {
    // Framework objects are extended through their configuration (hooks, adapter wrappers, plugins)
    // and composed in src/server/pipeline.ts, never by replacing their methods at run time: such
    // a patch hides from server.ts, and an upgrade could silently bypass it (issue 14).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'AssignmentExpression[left.type="MemberExpression"][right.type=/^(ArrowFunctionExpression|FunctionExpression)$/]',
          message:
            'Do not assign a function to an object property (a monkey patch). Use a hook, an adapter wrapper (src/database/wrapAdapter.ts) or a pipeline stage (src/server/pipeline.ts).',
        },
        {
          selector:
            'AssignmentExpression[left.type="MemberExpression"][right.type="CallExpression"][right.callee.property.name="bind"]',
          message: 'Do not replace an object method with a bound copy (a monkey patch).',
        },
        {
          selector:
            'AssignmentExpression[left.type="MemberExpression"][right.type="TSAsExpression"][right.expression.type=/^(ArrowFunctionExpression|FunctionExpression)$/]',
          message:
            'Do not assign a function to an object property (a monkey patch). Use a hook, an adapter wrapper or a pipeline stage.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
)
