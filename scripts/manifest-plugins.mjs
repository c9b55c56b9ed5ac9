// What the custom elements manifest analyzer needs beyond `--litelement` for
// our widgets (used by custom-elements-manifest.config.mjs):
//
// - typeCheckedModules(): the modules as one TypeScript program, so a plugin
//   can ask the type checker what a named type means;
// - expandTypesPlugin(): `layout: PartnerLogosLayout | string` gets
//   `expandedType: { text: "'grid' | 'row' | 'marquee' | string" }`, a
//   property without a type annotation (`pageSize = DEFAULT_PAGE_SIZE`) gets its
//   inferred type, and a default that names a constant gets the constant's value.
//   The snippet builder offers the literal values as choices.
//
// Both use the analyzer's own `ts` (its TypeScript version), never the root one:
// nodes from one version are not understood by another.

import { relative, resolve, sep } from 'node:path';

/** Compiler options for reading the sources (the root tsconfig's, as far as the checker cares). */
const COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'Bundler',
  lib: ['es2023', 'dom', 'dom.iterable'],
  strict: true,
  experimentalDecorators: true,
  useDefineForClassFields: false,
  allowImportingTsExtensions: true,
  resolveJsonModule: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/**
 * The files as source files of one program (type-checked, bound), named by
 * their path relative to `cwd` with `/` like the analyzer's own globs, so
 * module paths in the manifest are `packages/…/src/x.ts`.
 * @param {typeof import('typescript')} ts the analyzer's TypeScript
 * @param {string[]} globs paths relative to `cwd`
 * @param {string} cwd
 * @returns {{ modules: import('typescript').SourceFile[], checker: import('typescript').TypeChecker }}
 */
export function typeCheckedModules(ts, globs, cwd) {
  const { options, errors } = ts.convertCompilerOptionsFromJson(COMPILER_OPTIONS, cwd);
  if (errors.length > 0)
    throw new Error(ts.flattenDiagnosticMessageText(errors[0].messageText, '\n'));
  const files = globs.map((glob) => resolve(cwd, glob));
  const program = ts.createProgram({ rootNames: files, options });
  // Binding sets every node's `parent`, which the analyzer's plugins rely on.
  const checker = program.getTypeChecker();
  const modules = files.map((file) => {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`TypeScript could not read ${file}`);
    source.fileName = relative(cwd, file).split(sep).join('/');
    return source;
  });
  return { modules, checker };
}

/**
 * Adds what the type checker knows to the analyzer's class members and
 * attributes (see the top of this file).
 * @param {() => import('typescript').TypeChecker | undefined} getChecker
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
export function expandTypesPlugin(getChecker) {
  return {
    name: 'lc-expand-types',
    analyzePhase({ ts, node, moduleDoc }) {
      const checker = getChecker();
      if (!checker || !ts.isClassDeclaration(node) || !node.name) return;
      const classDoc = moduleDoc.declarations?.find(
        (declaration) => declaration.name === node.name?.getText(),
      );
      if (!classDoc || classDoc.kind !== 'class') return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || !member.name || !ts.isIdentifier(member.name))
          continue;
        const name = member.name.text;
        const docs = [
          classDoc.members?.find((m) => m.kind === 'field' && m.name === name),
          ...(classDoc.attributes?.filter((a) => a.fieldName === name) ?? []),
        ].filter(Boolean);
        if (docs.length === 0) continue;
        const type = member.type
          ? typeInfo(ts, checker, member.type)
          : { text: checker.typeToString(checker.getTypeAtLocation(member)) };
        const initial = member.initializer && constantValue(ts, checker, member.initializer);
        for (const doc of docs) {
          if (!doc.type) doc.type = { text: type.text };
          if (type.expanded && type.expanded !== doc.type.text)
            doc.expandedType = { text: type.expanded };
          if (initial !== undefined) doc.default = initial;
        }
      }
    },
  };
}

/**
 * The written type, and its union with named types replaced by their literal
 * members when they are unions of literals: `HeadingLevel | string` →
 * `2 | 3 | 4 | 5 | 6 | string`.
 * @param {typeof import('typescript')} ts
 * @param {import('typescript').TypeChecker} checker
 * @param {import('typescript').TypeNode} typeNode
 */
function typeInfo(ts, checker, typeNode) {
  const text = typeNode.getText();
  const parts = ts.isUnionTypeNode(typeNode) ? [...typeNode.types] : [typeNode];
  let changed = false;
  const expanded = parts.flatMap((part) => {
    if (!ts.isTypeReferenceNode(part)) return [part.getText()];
    const literals = literalMembers(checker.getTypeFromTypeNode(part));
    if (!literals) return [part.getText()];
    changed = true;
    return literals;
  });
  return { text, expanded: changed ? [...new Set(expanded)].join(' | ') : undefined };
}

/**
 * `'a' | 'b'` as `["'a'", "'b'"]`, `2 | 3` as `['2', '3']`; undefined when the
 * type is not made of string or number literals only.
 * @param {import('typescript').Type} type
 * @returns {string[] | undefined}
 */
function literalMembers(type) {
  const members = type.isUnion() ? type.types : [type];
  const values = [];
  for (const member of members) {
    if (member.isStringLiteral()) values.push(`'${member.value}'`);
    else if (member.isNumberLiteral()) values.push(String(member.value));
    else return undefined;
  }
  return values.length > 0 ? values : undefined;
}

/**
 * The literal value of an initializer that names a constant
 * (`DEFAULT_PAGE_SIZE` → `20`), else undefined (the analyzer's text stays).
 * @param {typeof import('typescript')} ts
 * @param {import('typescript').TypeChecker} checker
 * @param {import('typescript').Expression} expression
 */
function constantValue(ts, checker, expression) {
  if (!ts.isIdentifier(expression)) return undefined;
  let symbol = checker.getSymbolAtLocation(expression);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer)
    return undefined;
  const list = declaration.parent;
  if (!ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.Const)) return undefined;
  const init = declaration.initializer;
  if (ts.isNumericLiteral(init) || ts.isStringLiteral(init)) return init.getText();
  return undefined;
}
