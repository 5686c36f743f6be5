// @ts-check
// Reports every import that lies on an import cycle between the project's own modules.
//
// import-x/no-cycle cannot do this here: it always skips `import type`, and a cycle closed by a
// type import is still an architecture cycle (store/database.ts -> backup/writer.ts -> type Db
// from store/database.ts means the store depends on the backup layer). This rule reads the
// import graph from the TypeScript program that typed linting already builds, counts type-only
// imports and re-exports like any other, and reports each import whose target leads back to
// the importing file. Dynamic `import()` is not an edge: nothing here uses it.
import path from 'node:path';
import ts from 'typescript';

/** @typedef {{ specifier: ts.StringLiteral, target: string }} ImportEdge */
/** @typedef {{ edges: Map<string, ImportEdge[]>, component: Map<string, number> }} ImportGraph */

/** @type {WeakMap<ts.Program, ImportGraph>} */
const graphs = new WeakMap();

/** @param {string} file */
const normalize = (file) => file.replaceAll('\\', '/');

/**
 * The imports of one source file that land in another of the project's own source files.
 * @param {ts.Program} program
 * @param {ts.SourceFile} sourceFile
 * @returns {ImportEdge[]}
 */
function ownImports(program, sourceFile) {
  /** @type {ImportEdge[]} */
  const edges = [];
  for (const statement of sourceFile.statements) {
    let specifier;
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier) {
      specifier = statement.moduleSpecifier;
    } else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) {
      specifier = statement.moduleReference.expression;
    }
    if (!specifier || !ts.isStringLiteral(specifier)) continue;
    const resolved = program.getResolvedModuleFromModuleSpecifier(specifier, sourceFile)?.resolvedModule;
    if (!resolved || resolved.isExternalLibraryImport) continue;
    const target = program.getSourceFile(resolved.resolvedFileName);
    if (!target || target.isDeclarationFile) continue;
    edges.push({ specifier, target: normalize(target.fileName) });
  }
  return edges;
}

/**
 * The import graph of a program and its strongly connected components (Tarjan): two files
 * share a component exactly when each reaches the other, so an import whose target is in the
 * importer's own component closes a cycle.
 * @param {ts.Program} program
 * @returns {ImportGraph}
 */
function importGraph(program) {
  const cached = graphs.get(program);
  if (cached) return cached;

  /** @type {Map<string, ImportEdge[]>} */
  const edges = new Map();
  for (const sourceFile of program.getSourceFiles()) {
    if (sourceFile.isDeclarationFile || program.isSourceFileFromExternalLibrary(sourceFile)) continue;
    edges.set(normalize(sourceFile.fileName), ownImports(program, sourceFile));
  }

  /** @type {Map<string, number>} */
  const component = new Map();
  /** @type {Map<string, number>} */
  const index = new Map();
  /** @type {Map<string, number>} */
  const lowLink = new Map();
  /** @type {string[]} */
  const stack = [];
  const onStack = new Set();
  let nextIndex = 0;
  let nextComponent = 0;

  /** @param {string} file */
  const visit = (file) => {
    index.set(file, nextIndex);
    lowLink.set(file, nextIndex);
    nextIndex += 1;
    stack.push(file);
    onStack.add(file);
    for (const { target } of edges.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        lowLink.set(file, Math.min(lowLink.get(file) ?? 0, lowLink.get(target) ?? 0));
      } else if (onStack.has(target)) {
        lowLink.set(file, Math.min(lowLink.get(file) ?? 0, index.get(target) ?? 0));
      }
    }
    if (lowLink.get(file) === index.get(file)) {
      let member;
      do {
        member = /** @type {string} */ (stack.pop());
        onStack.delete(member);
        component.set(member, nextComponent);
      } while (member !== file);
      nextComponent += 1;
    }
  };
  for (const file of edges.keys()) if (!index.has(file)) visit(file);

  const graph = { edges, component };
  graphs.set(program, graph);
  return graph;
}

/**
 * The shortest way back from `start` to `goal` along imports (both in one component).
 * @param {ImportGraph} graph
 * @param {string} start
 * @param {string} goal
 * @returns {string[]}
 */
function shortestPath(graph, start, goal) {
  /** @type {Map<string, string | null>} */
  const cameFrom = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.shift());
    if (file === goal) break;
    for (const { target } of graph.edges.get(file) ?? []) {
      if (cameFrom.has(target) || graph.component.get(target) !== graph.component.get(goal)) continue;
      cameFrom.set(target, file);
      queue.push(target);
    }
  }
  /** @type {string[]} */
  const route = [];
  for (let file = /** @type {string | null | undefined} */ (goal); file; file = cameFrom.get(file)) route.unshift(file);
  return route;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid imports (type-only ones included) that lead back to the importing file.' },
    messages: { cycle: 'Import cycle: {{route}}' },
    schema: [],
  },
  create(context) {
    const program = context.sourceCode.parserServices?.program;
    if (!program) return {};
    const file = normalize(context.physicalFilename);
    return {
      Program() {
        const sourceFile = program.getSourceFile(file);
        if (!sourceFile) return;
        const graph = importGraph(program);
        const own = graph.component.get(file);
        for (const { specifier, target } of ownImports(program, sourceFile)) {
          if (target !== file && graph.component.get(target) !== own) continue;
          const route = [file, ...shortestPath(graph, target, file)].map((f) => path.relative(context.cwd, f));
          const start = sourceFile.getLineAndCharacterOfPosition(specifier.getStart(sourceFile));
          const end = sourceFile.getLineAndCharacterOfPosition(specifier.getEnd());
          context.report({
            loc: { start: { line: start.line + 1, column: start.character }, end: { line: end.line + 1, column: end.character } },
            messageId: 'cycle',
            data: { route: route.join(' → ') },
          });
        }
      },
    };
  },
};
