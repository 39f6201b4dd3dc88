// Lint rules. The important one: src/core stays free of the editor API and of Node built-ins,
// so it can run (and be tested) anywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'worker_threads', 'util'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-test/**', 'node_modules/**', '.vscode-test/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core must not import vscode: put editor code in src/vscode.' },
          ...nodeBuiltins.flatMap((m) => [
            { name: m, message: 'src/core takes text and returns data: no Node built-ins.' },
            { name: `node:${m}`, message: 'src/core takes text and returns data: no Node built-ins.' },
          ]),
        ],
      }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable' } },
  },
);
