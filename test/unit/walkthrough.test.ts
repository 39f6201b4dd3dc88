// The "Get started" walkthrough is part of the manifest: its buttons must run commands that
// exist, its pictures and pages must ship, and it must cover what the README promises.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

function repoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no repository root above ${from}`);
  }
}

interface Step {
  id: string;
  title: string;
  description: string;
  media: { image?: string; markdown?: string; altText?: string };
  completionEvents?: string[];
}

const root = repoRoot(__dirname);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const walkthroughs = (pkg.contributes.walkthroughs ?? []) as { id: string; title: string; steps: Step[] }[];
const commands = new Set<string>(pkg.contributes.commands.map((c: { command: string }) => c.command));
const containers = new Set<string>(Object.values(pkg.contributes.viewsContainers ?? {}).flat().map((c) => (c as { id: string }).id));
const views = new Set<string>(Object.values(pkg.contributes.views ?? {}).flat().map((v) => (v as { id: string }).id));
/** Built-in commands a step may link to besides our own and our view container's. */
const BUILT_IN = new Set(['workbench.action.openSettings']);

describe('the Get started walkthrough', () => {
  const walk = walkthroughs.find((w) => w.title === 'Get started with Policy Lens');
  const steps = walk?.steps ?? [];

  it('is contributed, with a step for each thing a new user should try', () => {
    assert.ok(walk, 'package.json contributes the walkthrough');
    const links = steps.map((s) => s.description).join('\n');
    for (const c of ['policyLens.openSample', 'workbench.view.extension.policyLens', 'policyLens.nextClaim', 'policyLens.setVerdict']) {
      assert.ok(links.includes(`(command:${c}`), `a step links to ${c}`);
    }
    assert.ok(steps.some((s) => /hover/i.test(s.title)), 'a step shows a hover card');
    assert.ok(steps.some((s) => /highlight/i.test(s.title)), 'a step shows the highlights');
  });

  it('links only to commands that exist', () => {
    for (const s of steps) {
      for (const [, id] of s.description.matchAll(/\(command:([\w.-]+)/g)) {
        const ok = commands.has(id) || BUILT_IN.has(id) || (id.startsWith('workbench.view.extension.') && containers.has(id.slice('workbench.view.extension.'.length)));
        assert.ok(ok, `step ${s.id} links to ${id}, which nobody contributes`);
      }
      for (const e of s.completionEvents ?? []) {
        const [kind, arg] = e.split(':');
        if (kind === 'onCommand') assert.ok(commands.has(arg), `step ${s.id} waits for ${arg}, which is not contributed`);
        if (kind === 'onView') assert.ok(views.has(arg), `step ${s.id} waits for view ${arg}, which is not contributed`);
      }
    }
  });

  it('has media for every step that exist, ship with the extension and stay small', () => {
    const shipped = readFileSync(join(root, '.vscodeignore'), 'utf8');
    assert.match(shipped, /^!media\/\*\*$/m, 'media/ is in the .vsix');
    for (const s of steps) {
      const file = s.media.image ?? s.media.markdown;
      assert.ok(file, `step ${s.id} has media`);
      assert.ok(file.startsWith('media/'), `step ${s.id} keeps its media under media/`);
      assert.ok(existsSync(join(root, file)), `${file} exists`);
      assert.ok(statSync(join(root, file)).size < 200 * 1024, `${file} is under 200 KB`);
      if (s.media.image) assert.ok(s.media.altText, `step ${s.id} describes its picture`);
    }
  });

  it('is mentioned in the README, which shows the screenshots', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    assert.match(readme, /Get started with Policy Lens/);
    for (const m of readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) assert.ok(existsSync(join(root, m[1])), `README image ${m[1]} exists`);
    assert.match(readme, /!\[[^\]]*\]\(media\/screenshots\/highlights\.png\)/);
    assert.match(readme, /!\[[^\]]*\]\(media\/screenshots\/hover-card\.png\)/);
  });
});
