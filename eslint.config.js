// @ts-check
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { noImportCycle } from './lint/noImportCycle.js';

// Who may import whom (after VS Code's code-layering and Signal's restricted-paths rules).
// Paths are relative to the repo root; `from` covers files and the packages in node_modules.
//   shared/               pure: only shared/, zod and date-fns (no Node, DOM, Electron or React)
//   renderer/             shared/ and browser packages; never electron/ or the electron module
//   electron/backend,     Node only: never the electron module, electron/main|preload|web,
//   electron/web,         nor renderer/
//   electron/hosting
//   electron/main|preload the only places that may import 'electron'
// Inside electron/backend, lower layers never import higher ones:
//   store → backup, audit, export → services → api
const ELECTRON_MODULE = './node_modules/electron';
const HEADLESS_FORBIDDEN = [ELECTRON_MODULE, './electron/main', './electron/preload', './renderer'];
const layerZones = [
  {
    target: './shared',
    from: './',
    except: ['./shared', './node_modules/zod', './node_modules/date-fns'],
    message: 'shared/ is pure: it imports only shared/, zod and date-fns.',
  },
  { target: './renderer', from: ['./electron', ELECTRON_MODULE], message: 'renderer/ reaches the backend only through the API contract in shared/.' },
  ...['./electron/backend', './electron/hosting'].map((target) => ({
    target,
    from: [...HEADLESS_FORBIDDEN, './electron/web'],
    message: 'The backend runs without Electron and without knowing its host.',
  })),
  { target: './electron/web', from: HEADLESS_FORBIDDEN, message: 'Browser mode runs without Electron.' },
  {
    target: './electron/backend/store',
    from: ['backup', 'audit', 'export', 'services', 'api'].map((layer) => `./electron/backend/${layer}`),
    message: 'The store is the lowest backend layer (store → backup, audit, export → services → api).',
  },
  {
    target: ['backup', 'audit', 'export'].map((layer) => `./electron/backend/${layer}`),
    from: ['./electron/backend/services', './electron/backend/api'],
    message: 'backup, audit and export sit below services and api (store → backup, audit, export → services → api).',
  },
  {
    target: './electron/backend/services',
    from: './electron/backend/api',
    message: 'Services sit below the api handlers (store → backup, audit, export → services → api).',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // The root tsconfig.json references the four per-process configs; the project
        // service picks the one that includes each file.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX, handledning: { rules: { 'no-import-cycle': noImportCycle } } },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'handledning/no-import-cycle': 'error',
    },
  },
  {
    // Code that runs in the renderer or in every process has no Node built-ins.
    files: ['shared/**', 'renderer/**'],
    rules: { 'import-x/no-nodejs-modules': 'error' },
  },
  { files: ['renderer/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  {
    // vitest's asymmetric matchers (expect.any, expect.objectContaining, …) are typed `any` on
    // purpose, so they fit any expected shape; an `any` from elsewhere still cannot be used
    // without no-unsafe-member-access, -call, -argument or -return reporting it.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked], languageOptions: { globals: globals.node } },
);
