// Cross-checks package.json `contributes` against the source tree, by parsing the sources with
// the TypeScript compiler (so comments and strings never count as code).
//
// What counts, so new code is found (see README "Development"):
// - a command handler: `registerCommand(ID, ...)` / `registerTextEditorCommand(ID, ...)` where ID
//   is a string literal, `CommandIds.x` (src/commands/ids.ts) or a const bound to a literal;
// - a context key being set: `executeCommand('setContext', KEY, ...)`, KEY resolved the same way;
// - a setting read: `.get(...)` / `.inspect(...)` with the full key ('policyLens.claims.show'),
//   on a configuration object: `getConfiguration(S).get(k)`, `const c = getConfiguration(S)` then
//   `c.get(k)`, or a parameter typed WorkspaceConfiguration (S = 'policyLens'). The key is
//   S + '.' + k, so suffixes work ('claims.show' on getConfiguration('policyLens')); S and k may
//   be literals or consts. A `c.get(key)` with a computed key counts every string literal of that
//   file (a key table) as read;
//   `config.policyLens.x` in a `when` clause also reads a setting.
import { createRequire } from 'node:module';
import type * as TS from 'typescript';

// Loaded at run time, not bundled into the test: the compiler is 9 MB.
const ts: typeof TS = createRequire(__filename)('typescript');

export interface SourceFile {
  path: string;
  text: string;
}

export interface ManifestReport {
  /** Contributed commands that no source registers. */
  commandsWithoutHandler: string[];
  /** Registered command IDs missing from contributes.commands. */
  handlersNotContributed: string[];
  /** registerCommand / setContext calls whose ID could not be resolved to a string. */
  unresolved: string[];
  /** Commands used by menus, keybindings or view welcome links but not contributed. */
  referencedNotContributed: string[];
  settingsNeverRead: string[];
  /** Settings read (or listened to with affectsConfiguration) that are not contributed. */
  readsNotContributed: string[];
  /** `policyLens.*` context keys used in when clauses but never set with setContext. */
  contextKeysNeverSet: string[];
}

const SECTION = 'policyLens';

interface Parsed {
  path: string;
  file: TS.SourceFile;
}

/** Names bound to string literals, and object tables of them (`const T = { k: 'v' }`). */
interface Symbols {
  strings: Map<string, string | null>;
  tables: Map<string, Map<string, string>>;
}

function collectSymbols(files: Parsed[]): Symbols {
  const strings = new Map<string, string | null>();
  const tables = new Map<string, Map<string, string>>();
  const bind = (name: string, value: string) => strings.set(name, strings.has(name) && strings.get(name) !== value ? null : value);
  for (const { file } of files) {
    const visit = (node: TS.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        const init = unwrap(node.initializer);
        if (ts.isStringLiteralLike(init)) bind(node.name.text, init.text);
        else if (ts.isObjectLiteralExpression(init)) {
          const table = new Map<string, string>();
          for (const p of init.properties) {
            if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteralLike(p.name))) {
              const v = unwrap(p.initializer);
              if (ts.isStringLiteralLike(v)) table.set(p.name.text, v.text);
            }
          }
          if (table.size > 0) tables.set(node.name.text, table);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { strings, tables };
}

function unwrap(e: TS.Expression): TS.Expression {
  while (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

function resolve(e: TS.Expression | undefined, symbols: Symbols): string | undefined {
  if (!e) return undefined;
  e = unwrap(e);
  if (ts.isStringLiteralLike(e)) return e.text;
  if (ts.isIdentifier(e)) return symbols.strings.get(e.text) ?? undefined;
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression)) return symbols.tables.get(e.expression.text)?.get(e.name.text);
  return undefined;
}

function calleeName(call: TS.CallExpression): string | undefined {
  const c = call.expression;
  if (ts.isIdentifier(c)) return c.text;
  if (ts.isPropertyAccessExpression(c)) return c.name.text;
  return undefined;
}

function where(file: TS.SourceFile, node: TS.Node, path: string): string {
  const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
  return `${path}:${line + 1}: ${node.getText(file).slice(0, 80)}`;
}

interface SourceFacts {
  registered: Set<string>;
  contextKeysSet: Set<string>;
  /** Full keys read through a configuration object. */
  reads: string[];
  /** Keys named in affectsConfiguration: must be a contributed key or a prefix of one. */
  listened: string[];
  /** Every string literal of files that read settings through a variable key. */
  tableStrings: Set<string>;
  unresolved: string[];
}

function scan(sources: SourceFile[]): SourceFacts {
  const files: Parsed[] = sources.map((s) => ({ path: s.path, file: ts.createSourceFile(s.path, s.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS) }));
  const symbols = collectSymbols(files);
  const facts: SourceFacts = { registered: new Set(), contextKeysSet: new Set(), reads: [], listened: [], tableStrings: new Set(), unresolved: [] };

  for (const { path, file } of files) {
    const calls: TS.CallExpression[] = [];
    const strings: string[] = [];
    const visit = (node: TS.Node): void => {
      if (ts.isCallExpression(node)) calls.push(node);
      if (ts.isStringLiteralLike(node)) strings.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(file);

    // Configuration objects of this file: `const c = ...getConfiguration(S)` and parameters typed
    // WorkspaceConfiguration (section assumed to be policyLens), mapped to their section.
    const configs = new Map<string, string | undefined>();
    const sectionOf = (call: TS.CallExpression) => resolve(call.arguments[0], symbols);
    const isGetConfiguration = (e: TS.Expression): e is TS.CallExpression => ts.isCallExpression(e) && calleeName(e) === 'getConfiguration';
    const visitDecls = (node: TS.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && isGetConfiguration(unwrap(node.initializer))) {
        configs.set(node.name.text, sectionOf(unwrap(node.initializer) as TS.CallExpression));
      }
      if (ts.isParameter(node) && ts.isIdentifier(node.name) && node.type?.getText(file).includes('WorkspaceConfiguration')) configs.set(node.name.text, SECTION);
      ts.forEachChild(node, visitDecls);
    };
    visitDecls(file);

    for (const call of calls) {
      const name = calleeName(call);
      const [first, second] = call.arguments;
      if (name === 'registerCommand' || name === 'registerTextEditorCommand') {
        const id = resolve(first, symbols);
        if (id) facts.registered.add(id);
        else facts.unresolved.push(where(file, call, path));
      } else if (name === 'executeCommand' && resolve(first, symbols) === 'setContext') {
        const key = resolve(second, symbols);
        if (key) facts.contextKeysSet.add(key);
        else facts.unresolved.push(where(file, call, path));
      } else if (name === 'affectsConfiguration') {
        const key = resolve(first, symbols);
        if (key?.startsWith(SECTION)) facts.listened.push(key);
      } else if ((name === 'get' || name === 'inspect') && first && ts.isPropertyAccessExpression(call.expression)) {
        const receiver = unwrap(call.expression.expression);
        let section: string | undefined;
        if (isGetConfiguration(receiver)) section = sectionOf(receiver);
        else if (ts.isIdentifier(receiver) && configs.has(receiver.text)) section = configs.get(receiver.text);
        else continue;
        const key = resolve(first, symbols);
        const full = key === undefined ? undefined : section ? `${section}.${key}` : key;
        if (full?.startsWith(SECTION + '.')) facts.reads.push(full);
        else if (key === undefined && name === 'get' && section?.startsWith(SECTION)) strings.forEach((s) => facts.tableStrings.add(`${section}.${s}`));
      }
    }
  }
  return facts;
}

/** Context keys (not values) named in a when clause; `a in b` names both a and b. */
export function whenClauseKeys(when: string): string[] {
  const keys: string[] = [];
  const cleaned = when.replace(/=~\s*\/(?:\\.|[^/\\])*\/[a-z]*/g, '=~ _');
  for (const atom of cleaned.split(/&&|\|\|/)) {
    const m = /^\s*[!(\s]*([\w.:-]+)\s*(==|!=|=~|>=|<=|>|<|not\s+in|in)?\s*([^)]*?)[)\s]*$/.exec(atom);
    if (!m) continue;
    keys.push(m[1]);
    if (m[2] && /in$/.test(m[2])) keys.push(m[3].replace(/^['"]|['"]$/g, ''));
  }
  return keys.filter((k) => !/^(true|false)$/.test(k));
}

type Json = Record<string, unknown>;

function walkJson(value: unknown, onProperty: (key: string, v: unknown) => void): void {
  if (Array.isArray(value)) value.forEach((v) => walkJson(v, onProperty));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      onProperty(k, v);
      walkJson(v, onProperty);
    }
  }
}

export function contributedSettings(pkg: Json): string[] {
  const contributes = (pkg.contributes ?? {}) as Json;
  const sections = ([] as Json[]).concat((contributes.configuration ?? []) as Json[]);
  return sections.flatMap((s) => Object.keys((s.properties ?? {}) as Json));
}

export function checkManifest(pkg: Json, sources: SourceFile[]): ManifestReport {
  const contributes = (pkg.contributes ?? {}) as Json;
  const commands = ((contributes.commands ?? []) as { command: string }[]).map((c) => c.command);
  const settings = contributedSettings(pkg);
  const facts = scan(sources);

  const whenKeys = new Set<string>();
  const referenced = new Set<string>();
  walkJson(contributes, (key, v) => {
    if ((key === 'when' || key === 'enablement') && typeof v === 'string') whenClauseKeys(v).forEach((k) => whenKeys.add(k));
    if (key === 'command' && typeof v === 'string') referenced.add(v);
    if (key === 'contents' && typeof v === 'string') for (const m of v.matchAll(/\(command:([\w.-]+)/g)) referenced.add(m[1]);
  });
  const configInWhen = [...whenKeys].filter((k) => k.startsWith(`config.${SECTION}.`)).map((k) => k.slice('config.'.length));

  const isSetting = (k: string) => settings.includes(k);
  const readKeys = new Set<string>([...facts.reads, ...configInWhen]);
  const wasRead = (s: string) => readKeys.has(s) || facts.tableStrings.has(s);
  const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

  return {
    commandsWithoutHandler: sorted(commands.filter((c) => !facts.registered.has(c))),
    handlersNotContributed: sorted([...facts.registered].filter((c) => !commands.includes(c))),
    unresolved: facts.unresolved,
    referencedNotContributed: sorted([...referenced].filter((c) => !commands.includes(c))),
    settingsNeverRead: sorted(settings.filter((s) => !wasRead(s))),
    readsNotContributed: sorted([
      ...facts.reads.filter((k) => !isSetting(k)),
      ...configInWhen.filter((k) => !isSetting(k)),
      ...facts.listened.filter((k) => !settings.some((s) => s === k || s.startsWith(k + '.'))),
    ]),
    contextKeysNeverSet: sorted([...whenKeys].filter((k) => k.startsWith(SECTION + '.') && !facts.contextKeysSet.has(k))),
  };
}
