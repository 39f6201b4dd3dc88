// The manifest is tested like code: package.json and the sources must agree on commands,
// settings, context keys and colours, and the manifest must describe a well-behaved extension.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { checkManifest, contributedSettings, whenClauseKeys, type SourceFile } from './manifestChecks';
import { ALL_COLOR_IDS, CLAIM_UNDERLINE, ENTITY_BACKGROUND, VERDICT_SLUGS, verdictSlug } from '../../src/vscode/colors';
import { CLAIM_TYPES, DEFAULT_VERDICTS, ENTITY_TYPES } from '../../src/core/model';

function repoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no repository root above ${from}`);
  }
}

const root = repoRoot(__dirname);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function sourcesUnder(dir: string): SourceFile[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourcesUnder(p);
    return p.endsWith('.ts') ? [{ path: relative(root, p), text: readFileSync(p, 'utf8') }] : [];
  });
}

/** PNG width and height from the IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  assert.equal(b.subarray(1, 4).toString('latin1'), 'PNG', `${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest checker (synthetic extension)', () => {
  const synthetic = {
    contributes: {
      commands: [{ command: 'policyLens.a' }, { command: 'policyLens.b' }],
      configuration: [{ title: 'T', properties: { 'policyLens.x.y': {}, 'policyLens.full': {}, 'policyLens.unread': {}, 'policyLens.fromWhen': {} } }],
      menus: {
        commandPalette: [{ command: 'policyLens.a', when: 'policyLens.on && !policyLens.off || resourceExtname in policyLens.exts' }],
        'view/title': [{ command: 'policyLens.ghost', when: 'view == policyLens.entities && config.policyLens.fromWhen' }],
      },
    },
  };
  const src = (text: string): SourceFile[] => [
    { path: 'src/ids.ts', text: "export const Ids = { b: 'policyLens.b' } as const;\nexport const ON = 'policyLens.on';" },
    { path: 'src/x.ts', text },
  ];

  it('flags a contributed command without a handler, and a handler that is not contributed', () => {
    const r = checkManifest(synthetic, src(`
      // vscode.commands.registerCommand('policyLens.a', f)  <- a comment is not a handler
      const s = "registerCommand('policyLens.a')";
      vscode.commands.registerCommand(Ids.b, f);
      vscode.commands.registerTextEditorCommand('policyLens.extra', f);`));
    assert.deepEqual(r.commandsWithoutHandler, ['policyLens.a']);
    assert.deepEqual(r.handlersNotContributed, ['policyLens.extra']);
    assert.deepEqual(r.referencedNotContributed, ['policyLens.ghost']);
  });

  it('finds setting reads by suffix on a policyLens configuration, by full key, and from when clauses', () => {
    const r = checkManifest(synthetic, src(`
      const SECTION = 'policyLens';
      const c = vscode.workspace.getConfiguration(SECTION);
      c.get<Record<string, boolean>>('x.y', {});
      vscode.workspace.getConfiguration().get('policyLens.full');
      c.get('typo');
      new Map<string, number>().get('unread');
      e.affectsConfiguration('policyLens.nothing');`));
    assert.deepEqual(r.settingsNeverRead, ['policyLens.unread']);
    assert.deepEqual(r.readsNotContributed, ['policyLens.nothing', 'policyLens.typo']);
  });

  it('counts a key table read through a computed key', () => {
    const r = checkManifest(synthetic, src(`
      const KEYS = ['x.y', 'full', 'unread'];
      export function read(c: vscode.WorkspaceConfiguration) { return KEYS.map((k) => c.get(k)); }`));
    assert.deepEqual(r.settingsNeverRead, []);
  });

  it('flags policyLens context keys used in when clauses but never set', () => {
    const r = checkManifest(synthetic, src(`
      void vscode.commands.executeCommand('setContext', ON, true);
      void vscode.commands.executeCommand('setContext', 'policyLens.exts', ['.txt']);`));
    assert.deepEqual(r.contextKeysNeverSet, ['policyLens.off']);
    assert.deepEqual(r.unresolved, []);
  });

  it('reports registrations it cannot resolve instead of guessing', () => {
    const r = checkManifest(synthetic, src(`for (const id of ids) vscode.commands.registerCommand(id, f);`));
    assert.equal(r.unresolved.length, 1);
    assert.match(r.unresolved[0], /src\/x\.ts:1: vscode\.commands\.registerCommand\(id, f\)/);
  });

  it('reads keys, not values, from when clauses', () => {
    assert.deepEqual(whenClauseKeys('view == policyLens.claims && policyLens.claimsGrouping == type'), ['view', 'policyLens.claimsGrouping']);
    assert.deepEqual(whenClauseKeys("!policyLens.a || (resourceLangId =~ /^policy-(text|md)$/ && b not in policyLens.list)"), ['policyLens.a', 'resourceLangId', 'b', 'policyLens.list']);
  });
});

describe('package.json', () => {
  const sources = [...sourcesUnder(join(root, 'src'))];
  const report = checkManifest(pkg, sources);

  it('gives every contributed command a handler and contributes every registered command', () => {
    assert.deepEqual(report.unresolved, [], 'register commands and set context keys with a literal, a const or CommandIds.x');
    assert.deepEqual(report.commandsWithoutHandler, [], 'contributed commands with no registerCommand in src/');
    assert.deepEqual(report.handlersNotContributed, [], 'registered commands missing from contributes.commands');
    assert.deepEqual(report.referencedNotContributed, [], 'menus, keybindings or welcome links name commands that are not contributed');
  });

  it('reads every contributed setting and contributes every setting it reads', () => {
    assert.deepEqual(report.settingsNeverRead, [], 'settings never read in src/ (read them in src/vscode/settings.ts)');
    assert.deepEqual(report.readsNotContributed, [], 'settings read in src/ but not contributed');
  });

  it('sets every policyLens context key that a when clause uses', () => {
    assert.deepEqual(report.contextKeysNeverSet, []);
  });

  it('declares commands with the Policy Lens category and settings in titled policyLens sections', () => {
    for (const c of pkg.contributes.commands) {
      assert.equal(c.category, 'Policy Lens', `${c.command} category`);
      assert.ok(c.title, `${c.command} title`);
    }
    for (const section of [].concat(pkg.contributes.configuration) as { title?: string; properties: Record<string, { description?: string; markdownDescription?: string }> }[]) {
      assert.ok(section.title, 'every configuration section has a title');
      for (const [key, p] of Object.entries(section.properties)) assert.ok(p.description || p.markdownDescription, `${key} is described`);
    }
    for (const key of contributedSettings(pkg)) assert.match(key, /^policyLens\.[a-z]/);
  });

  it('declares exactly the colours src/vscode/colors.ts uses, each with all four theme defaults', () => {
    const declared = (pkg.contributes.colors as { id: string; description: string; defaults: Record<string, string> }[]);
    assert.deepEqual(declared.map((c) => c.id).sort(), [...ALL_COLOR_IDS].sort());
    for (const c of declared) {
      assert.ok(c.description, `${c.id} description`);
      for (const theme of ['dark', 'light', 'highContrast', 'highContrastLight']) {
        assert.match(c.defaults[theme] ?? '', /^#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/, `${c.id} ${theme} default`);
      }
    }
    assert.deepEqual(Object.keys(ENTITY_BACKGROUND), [...ENTITY_TYPES]);
    assert.deepEqual(Object.keys(CLAIM_UNDERLINE), CLAIM_TYPES.filter((t) => t !== 'none'));
    assert.deepEqual(DEFAULT_VERDICTS.map(verdictSlug), VERDICT_SLUGS.filter((s) => s !== 'other'));
    assert.equal(verdictSlug('Pants on fire'), 'other');
  });

  it('keeps entity backgrounds translucent and distinct from each other', () => {
    const declared = new Map((pkg.contributes.colors as { id: string; defaults: Record<string, string> }[]).map((c) => [c.id, c.defaults]));
    for (const theme of ['dark', 'light']) {
      const values = Object.values(ENTITY_BACKGROUND).map((id) => declared.get(id)![theme]);
      assert.equal(new Set(values).size, values.length, `${theme} entity backgrounds are distinct`);
      for (const v of values) assert.ok(v.length === 9 && parseInt(v.slice(7), 16) < 0x80, `${v} (${theme}) lets the text show through`);
    }
  });

  it('targets VS Code 1.100, activates lazily and points at the bundle and a real icon', () => {
    assert.equal(pkg.engines.vscode, '^1.100.0');
    const types = JSON.parse(readFileSync(join(root, 'node_modules', '@types', 'vscode', 'package.json'), 'utf8')).version as string;
    assert.match(types, /^1\.100\./, '@types/vscode must not be newer than engines.vscode');
    assert.ok(!pkg.activationEvents.includes('*'), 'never activate on "*"');
    assert.ok(pkg.activationEvents.length > 0);
    assert.equal(pkg.main.replace(/^\.\//, ''), 'dist/extension.js');
    const icon = join(root, pkg.icon);
    assert.ok(existsSync(icon), `${pkg.icon} exists`);
    const { width, height } = pngSize(icon);
    assert.ok(width === height && (width === 128 || width === 256), `icon is 128 or 256 px square, got ${width}x${height}`);
  });

  it('documents every command and setting in the README tables', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const missing = [...pkg.contributes.commands.map((c: { command: string }) => c.command), ...contributedSettings(pkg)].filter(
      (id: string) => !readme.includes(`| \`${id}\` |`),
    );
    assert.deepEqual(missing, [], 'add these to the Commands / Settings tables in README.md');
  });

  it('packages only what the installed extension needs (.vscodeignore allowlist, as vsce sees it)', async function () {
    this.timeout(30000);
    // vsce itself decides what goes into the .vsix; loaded at run time rather than bundled.
    const vsce = createRequire(__filename)('@vscode/vsce') as typeof import('@vscode/vsce');
    const shipped = await vsce.listFiles({ cwd: root, packageManager: vsce.PackageManager.None });
    const needed = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'THIRD_PARTY_NOTICES.md', 'dist/extension.js', pkg.icon, 'samples/iran-north-korea-meeting.txt'];
    for (const g of pkg.contributes.grammars) needed.push(g.path);
    for (const l of pkg.contributes.languages) if (l.configuration) needed.push(l.configuration);
    for (const f of readdirSync(join(root, 'media', 'gutter'))) needed.push(`media/gutter/${f}`);
    const normalise = (p: string) => p.replace(/^\.\//, '');
    assert.deepEqual(needed.map(normalise).filter((p) => !shipped.includes(p)), [], 'files the extension needs but the .vsix leaves out');
    const unwanted = shipped.filter((p) => /^(src|test|scripts|node_modules|dist-test[^/]*|\.vscode-test|test-results|\.ci)\/|\.(map|ts|vsix|log)$/.test(p));
    assert.deepEqual(unwanted, [], 'files the .vsix must not ship');
  });

  it('points every contributed file path at a file that exists', () => {
    const paths: string[] = [];
    for (const g of pkg.contributes.grammars ?? []) paths.push(g.path);
    for (const l of pkg.contributes.languages ?? []) if (l.configuration) paths.push(l.configuration);
    for (const list of Object.values(pkg.contributes.viewsContainers ?? {}) as { icon: string }[][]) for (const c of list) paths.push(c.icon);
    for (const list of Object.values(pkg.contributes.views ?? {}) as { icon?: string }[][]) for (const v of list) if (v.icon) paths.push(v.icon);
    for (const p of paths) assert.ok(existsSync(join(root, p)), `${p} exists`);
  });
});
