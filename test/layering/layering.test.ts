import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Who may import whom (after VS Code's layers and Signal's file-suffix rule):
//   shared/            pure: only other shared/ files and a few pure packages
//   renderer/          may use shared/, never electron/ (nor the electron module)
//   electron/backend,  Node only: may use shared/, never the electron module
//   electron/web,
//   electron/hosting
//   electron/main,     the only places that may import 'electron'
//   electron/preload

const root = path.resolve(__dirname, '../..');
const SHARED_PACKAGES = ['zod', 'date-fns', 'date-fns/locale/sv'];
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|cts)$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/** The repo folder a relative import lands in, or null for a package import. */
function targetOf(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return path.relative(root, path.resolve(root, path.dirname(file), specifier));
}

type Violation = { file: string; specifier: string };

function violations(dir: string, isAllowed: (file: string, specifier: string) => boolean): Violation[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => !isAllowed(file, specifier))
      .map((specifier) => ({ file, specifier })),
  );
}

const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];

describe('layering', () => {
  it('shared/ imports only shared/ code and pure packages (no Node, DOM, Electron or React)', () => {
    const found = violations('shared', (file, specifier) => {
      const target = targetOf(file, specifier);
      if (target !== null) return target.startsWith(`shared${path.sep}`) || target === 'shared';
      return SHARED_PACKAGES.includes(specifier);
    });
    expect(found).toEqual([]);
  });

  it('renderer/ never imports electron/ code or the electron module', () => {
    const found = violations('renderer', (file, specifier) => {
      const target = targetOf(file, specifier);
      if (target !== null) return !target.startsWith(`electron${path.sep}`);
      return packageName(specifier) !== 'electron' && !NODE_BUILTINS.has(specifier);
    });
    expect(found).toEqual([]);
  });

  it.each(['electron/backend', 'electron/web', 'electron/hosting'])('%s runs without Electron: it never imports the electron module or main/preload', (dir) => {
    const found = violations(dir, (file, specifier) => {
      const target = targetOf(file, specifier);
      if (target !== null) return !/^electron[\\/](main|preload)/.test(target) && !target.startsWith(`renderer${path.sep}`);
      return packageName(specifier) !== 'electron';
    });
    expect(found).toEqual([]);
  });

  it('the check itself sees imports: it finds a planted Node import', () => {
    const planted = ts.preProcessFile("import { readFileSync } from 'node:fs';\nexport const x = require('electron');", true, true);
    expect(planted.importedFiles.map((f) => f.fileName)).toEqual(['node:fs', 'electron']);
  });
});
