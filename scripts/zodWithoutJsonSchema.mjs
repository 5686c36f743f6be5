import { readFileSync } from 'node:fs';

// zod 4's classic API gives every schema a `.toJSONSchema()` method, so `import { z } from 'zod'`
// brings zod's whole JSON Schema converter along, used or not. The renderer only parses with
// the contract's schemas and never asks for JSON Schema (issue 11), so in its bundle those two
// modules are swapped for stand-ins with the same export names that throw if ever called.
// The backend and the tests keep the real zod.

const LEFT_OUT = /[\\/]zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors)\.js$/;
const STAND_IN = '\0zod-json-schema-left-out:';

/** The names a zod module exports: `export function f`, `export const c`, `export { a as b }`. */
function exportedNames(source) {
  const declared = [...source.matchAll(/^export (?:async )?(?:function\*?|const|let|class) (\w+)/gm)].map((m) => m[1] ?? '');
  const renamed = [...source.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) =>
    (m[1] ?? '').split(',').map(
      (part) =>
        part
          .trim()
          .split(/\s+as\s+/)
          .pop() ?? '',
    ),
  );
  return [...declared, ...renamed].filter(Boolean);
}

/** Schemas build their `toJSONSchema` methods with these at construction, so they must return one. */
const METHOD_FACTORIES = new Set(['createToJSONSchemaMethod', 'createStandardJSONSchemaMethod']);

function standIn(realFile) {
  const lines = exportedNames(readFileSync(realFile, 'utf8')).map((name) =>
    METHOD_FACTORIES.has(name) ? `export const ${name} = () => leftOut;` : `export const ${name} = leftOut;`,
  );
  return ["const leftOut = () => { throw new Error('JSON Schema is not part of the renderer'); };", ...lines].join('\n');
}

/** @returns {import('vite').Plugin} */
export function zodWithoutJsonSchema() {
  return {
    name: 'zod-without-json-schema',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !/json-schema/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && LEFT_OUT.test(resolved.id) ? STAND_IN + resolved.id : null;
    },
    load(id) {
      return id.startsWith(STAND_IN) ? standIn(id.slice(STAND_IN.length)) : null;
    },
  };
}
