import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The lint rules that hold the architecture (eslint.config.js) are checked here against planted
// violations: each must report its one, and stay quiet on an allowed import, so a rule that
// silently stopped working (a wrong path, a resolver that finds nothing) fails this test.
// Planted files are linted from text at a path where they would break a rule; only the import
// cycle needs real files, since the rule reads the graph from the TypeScript program.

const root = path.resolve(__dirname, '../..');
const ZONE = 'import-x/no-restricted-paths';
const NODE_BUILTIN = 'import-x/no-nodejs-modules';
const CYCLE = 'handledning/no-import-cycle';

const PLANTED_FOLDERS = [
  'shared/domain',
  'renderer/src',
  'electron/main',
  'electron/backend',
  'electron/web',
  'electron/hosting',
  'electron/backend/store',
  'electron/backend/backup',
  'electron/backend/audit',
  'electron/backend/export',
  'electron/backend/services',
  'electron/backend/api',
];
const planted = (folder: string) => `${folder}/planted.ts`;

let eslint: ESLint;
let cycleFolder: string;

beforeAll(() => {
  // Inside test/, so tsconfig.node.json (and so the program the cycle rule reads) includes it.
  cycleFolder = mkdtempSync(path.join(__dirname, 'planted-cycle-'));
  // a → b only for a type, b → a for a value: a cycle at compile time, none at run time.
  writeFileSync(path.join(cycleFolder, 'a.ts'), "import type { B } from './b';\n\nexport const a = 1;\nexport type A = B[];\n");
  writeFileSync(path.join(cycleFolder, 'b.ts'), "import { a } from './a';\n\nexport const b = a * 2;\nexport type B = typeof b;\n");
  // c leans on the cycle without being part of it.
  writeFileSync(path.join(cycleFolder, 'c.ts'), "import { a } from './a';\n\nexport const c = a + 1;\n");

  // The real config; only the planted files, which exist nowhere on disk, get a default
  // TypeScript project (with tsconfig.node.json's options) so the typed rules can run on them.
  const overrideConfig: Linter.Config = {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: PLANTED_FOLDERS.map(planted),
          defaultProject: 'tsconfig.node.json',
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: PLANTED_FOLDERS.length,
        },
      },
    },
  };
  eslint = new ESLint({ cwd: root, overrideConfig });
});

afterAll(() => rmSync(cycleFolder, { recursive: true, force: true }));

async function problems(file: string, code: string): Promise<{ ruleId: string | null; line: number }[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map(({ ruleId, line, message }) => ({ ruleId: ruleId ?? message, line }));
}

describe('the lint rules that hold the layers', { timeout: 180_000 }, () => {
  it.each([
    ['shared/domain', '../../electron/backend/store/database', ZONE],
    ['shared/domain', '../../renderer/src/api/client', ZONE],
    ['shared/domain', 'react', ZONE],
    ['shared/domain', 'node:fs', NODE_BUILTIN],
    ['renderer/src', '../../electron/backend/api/createBackend', ZONE],
    ['renderer/src', 'electron', ZONE],
    ['renderer/src', 'node:path', NODE_BUILTIN],
    ['electron/backend', 'electron', ZONE],
    ['electron/backend', '../main/window', ZONE],
    ['electron/backend', '../preload/host', ZONE],
    ['electron/backend', '../web/server', ZONE],
    ['electron/backend', '../../renderer/src/api/client', ZONE],
    ['electron/web', 'electron', ZONE],
    ['electron/web', '../main/window', ZONE],
    ['electron/hosting', 'electron', ZONE],
    ['electron/hosting', '../web/server', ZONE],
    ['electron/backend/store', '../backup/writer', ZONE],
    ['electron/backend/store', '../audit/recordAudit', ZONE],
    ['electron/backend/store', '../export/csv', ZONE],
    ['electron/backend/store', '../api/createBackend', ZONE],
    ['electron/backend/backup', '../api/createBackend', ZONE],
    ['electron/backend/audit', '../api/types', ZONE],
    ['electron/backend/export', '../api/createBackend', ZONE],
    ['electron/backend/services', '../api/createBackend', ZONE],
    ['electron/backend/store', '../services/plan', ZONE],
    ['electron/backend/backup', '../services/plan', ZONE],
    ['electron/backend/audit', '../services/billingMonth', ZONE],
    ['electron/backend/export', '../services/billingForm', ZONE],
  ])('%s may not import %s (%s)', async (folder, specifier, ruleId) => {
    expect(await problems(planted(folder), `import '${specifier}';\n`)).toEqual([{ ruleId, line: 1 }]);
  });

  it.each([
    ['shared/domain', './types'],
    ['shared/domain', 'zod'],
    ['shared/domain', 'date-fns'],
    ['shared/domain', 'date-fns/locale/sv'],
    ['renderer/src', '../../shared/domain/types'],
    ['renderer/src', 'react'],
    ['electron/main', 'electron'],
    ['electron/main', '../backend/startBackend'],
    ['electron/backend', 'node:fs'],
    ['electron/backend/api', '../store/store'],
    ['electron/backend/api', '../backup/dataSafety'],
    ['electron/backend/backup', '../store/schema'],
    ['electron/backend/audit', '../export/csv'],
  ])('%s may import %s', async (folder, specifier) => {
    expect(await problems(planted(folder), `import '${specifier}';\n`)).toEqual([]);
  });

  it('an import cycle is reported on each import in it, a type-only import included', async () => {
    const results = await eslint.lintFiles(['a.ts', 'b.ts', 'c.ts'].map((name) => path.join(cycleFolder, name)));
    const byFile = Object.fromEntries(
      results.map((result) => [path.basename(result.filePath), result.messages.map(({ ruleId, line }) => ({ ruleId, line }))]),
    );
    expect(byFile).toEqual({
      'a.ts': [{ ruleId: CYCLE, line: 1 }],
      'b.ts': [{ ruleId: CYCLE, line: 1 }],
      'c.ts': [],
    });
  });

  it('the typed rules run: a promise left floating is reported', async () => {
    const code = 'async function later(): Promise<void> {}\n\nexport function now(): void {\n  later();\n}\n';
    expect(await problems(planted('electron/backend'), code)).toEqual([{ ruleId: '@typescript-eslint/no-floating-promises', line: 4 }]);
  });
});
