// Lint config: typescript-eslint plus the dependency direction of docs/architecture.md:
// extension/ ──► shared/ ◄── companion/, never extension ↔ companion; shared/ stays pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'http', 'https', 'crypto', 'child_process', 'url', 'util', 'stream'];
/** Rule and field wording (shared/rules/text, shared/case/field-text.ts) and the UI strings: never in the content script's bundle. */
const noWording = [
  {
    group: ['**/shared/rules/text', '**/shared/rules/text/**', '**/shared/case/field-text', '**/shared/case/field-text.ts'],
    message: 'The content script carries no wording: read it from extension/models/wording.ts (the background sends it, `rules/text`).',
  },
  {
    group: ['**/i18n/overlay-en', '**/i18n/overlay-en.ts', '**/i18n/overlay-zh', '**/i18n/overlay-zh.ts', '**/i18n/pages', '**/i18n/pages.ts'],
    message: 'The content script carries no UI strings: both languages come from the background (`ui/text`, added to the catalogue).',
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'data/**', 'dist/**', 'coverage/**', 'companion/dashboard/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator', 'localStorage', 'fetch', 'process'],
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/extension/**', '**/companion/**'], message: 'shared/ must not import extension/ or companion/.' },
          { group: nodeBuiltins, message: 'shared/ must not use Node built-ins (no I/O).' },
          { group: ['dexie', 'ky', 'express', 'wxt', 'wxt/*', 'preact', 'preact/*', '@preact/*', 'kysely', 'better-sqlite3', 'pg'], message: 'shared/ imports only zod and itself.' },
        ],
      }],
    },
  },
  {
    files: ['extension/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/companion/**'], message: 'extension/ must not import companion/; share through shared/.' },
          { group: nodeBuiltins, message: 'extension/ runs in the browser.' },
        ],
      }],
    },
  },
  {
    // Components draw from models and props; the content-script controller (overlay/) wires them.
    files: ['extension/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/companion/**'], message: 'extension/ must not import companion/; share through shared/.' },
          { group: nodeBuiltins, message: 'extension/ runs in the browser.' },
          { group: ['**/overlay/**', '../overlay', '../overlay/*'], message: 'components/ must not import overlay/: take models (extension/models) and props.' },
          ...noWording,
        ],
      }],
    },
  },
  {
    // The content script carries rule logic, not wording: it shows what the background sends
    // (`rules/text`, extension/models/wording.ts). Its bundle must not reach the text index.
    files: ['extension/overlay/**/*.{ts,tsx}', 'extension/models/**/*.{ts,tsx}', 'extension/page/**/*.{ts,tsx}', 'extension/entrypoints/caselight.content/**/*.{ts,tsx}', 'extension/entrypoints/checker.content/**/*.{ts,tsx}', 'extension/loop/i18n.ts', 'extension/loop/notice-list.tsx', 'extension/loop/case-notices.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/companion/**'], message: 'extension/ must not import companion/; share through shared/.' },
          { group: nodeBuiltins, message: 'extension/ runs in the browser.' },
          ...noWording,
        ],
      }],
    },
  },
  {
    files: ['companion/**/*.{ts,tsx}'],
    ignores: ['companion/dashboard/**', 'companion/training/web/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/extension/**'], message: 'companion/ must not import extension/; share through shared/.' }],
      }],
    },
  },
  {
    // The query layer owns its rows and the scope SQL; it never reaches up into auth/.
    files: ['companion/db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/extension/**'], message: 'companion/ must not import extension/; share through shared/.' },
          { group: ['**/auth/**', '**/routes/**'], message: 'companion/db/ must not import auth/ or routes/; auth/ imports db/scope.ts, not the reverse.' },
        ],
      }],
    },
  },
  {
    // auth/ decides scopes from db's rows (db/scope.ts); repositories, schema and connection stay db's own.
    files: ['companion/auth/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/extension/**'], message: 'companion/ must not import extension/; share through shared/.' },
          { group: ['../db/*', '!../db/scope.ts'], message: 'auth/ may import only db/scope.ts (the rows and the Scope), not db internals.' },
        ],
      }],
    },
  },
  {
    files: ['companion/dashboard/**/*.{ts,tsx}', 'companion/training/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/extension/**'], message: 'companion/ must not import extension/.' }],
      }],
    },
  },
  {
    // The API contract is stated once, in shared/api/endpoints.ts: code calls endpoints by name (the
    // typed client) or builds URLs with apiPath/apiUrl, never writes an /api/v1 path itself.
    files: ['**/*.{ts,tsx,js}'],
    ignores: ['shared/api/**', 'test/**', 'bench/**', 'eslint.config.js'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: 'Literal[value=/\\/api\\/v1/]', message: 'No /api/v1 path outside shared/api: call the endpoint by name (shared/api/client.ts) or use apiPath/apiUrl.' },
        { selector: 'TemplateElement[value.raw=/\\/api\\/v1/]', message: 'No /api/v1 path outside shared/api: call the endpoint by name (shared/api/client.ts) or use apiPath/apiUrl.' },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.ts', 'bench/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
