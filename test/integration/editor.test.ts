// The editor experience in the real extension host: hover cards at known places of the sample
// article, the Entities and Claims views, navigation commands, settings applied without a
// reload, a reviewer note that cannot smuggle in links or HTML, and painted highlights.
// Works on a temporary copy of the sample article inside the test workspace.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { setUpTestFolder } from './support';
import { ENTITY_TYPES } from '../../src/core/model';
import type { PolicyLensApi } from '../../src/extension';


async function waitFor(what: string, condition: () => boolean | Promise<boolean>, ms = 10000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Markdown source as a reader sees it: escapes and non-breaking-space entities undone. */
function readable(markdown: string): string {
  return markdown.replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&amp;/g, '&').replace(/\\(.)/g, '$1');
}

describe('Editor experience on the sample article', function () {
  this.timeout(30000);
  let api: PolicyLensApi;
  let dir: string;
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;
  let text: string;
  const config = () => vscode.workspace.getConfiguration('policyLens');

  before(async () => {
    const setUp = await setUpTestFolder('editor-test');
    ({ api, dir } = setUp);
    const ext = setUp.ext;
    const article = vscode.Uri.file(path.join(dir, 'meeting.txt'));
    await fs.copyFile(path.join(ext.extensionPath, 'samples', 'iran-north-korea-meeting.txt'), article.fsPath);
    doc = await vscode.workspace.openTextDocument(article);
    editor = await vscode.window.showTextDocument(doc);
    text = doc.getText();
    assert.ok(await api.analyses.whenAnalysed(doc), 'the article was analysed');
    await api.reviews.ready(doc);
  });

  after(async () => {
    for (const key of ['entities.types', 'claims.minScore', 'languages']) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  /** Offset of the first occurrence of `phrase` (plus `into` characters), failing if absent.
   *  Any space in the phrase matches any whitespace: the article has non-breaking spaces. */
  function offsetOf(phrase: string, into = 0): number {
    const pattern = new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'));
    const i = text.search(pattern);
    assert.ok(i >= 0, `the sample contains ${pattern}`);
    return i + into;
  }

  async function hovers(offset: number, document = doc): Promise<vscode.MarkdownString[]> {
    const list = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
    return list.flatMap((h) => h.contents.filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c));
  }

  async function hoverText(offset: number, document = doc): Promise<string> {
    return readable((await hovers(offset, document)).map((m) => m.value).join('\n'));
  }

  function selected(): string {
    return doc.getText(editor.selection);
  }

  function placeCursor(offset: number): void {
    const p = doc.positionAt(offset);
    editor.selection = new vscode.Selection(p, p);
  }

  describe('hover cards', () => {
    it('shows a person card for "Ri Yong-ho": type, canonical name and how it was recognised', async () => {
      const card = await hoverText(offsetOf('Ri Yong-ho', 3));
      assert.match(card, /Person\*\* · Ri Yong-ho/);
      assert.match(card, /Recognised by/);
      assert.match(card, /Mentions:\*\* \d+ in this article/);
    });

    it('explains the fuzzy match of the misspelt "North Kore" with its confidence', async () => {
      const card = await hoverText(offsetOf('North Kore ', 2));
      assert.match(card, /Country\*\* · North Korea/);
      assert.match(card, /fuzzy match "North Kore" → North Korea/);
      assert.match(card, /confidence 0\.\d\d/);
    });

    it('reads "Tehran" in "Tehran was busy playing host" as a metonym for Iran', async () => {
      const card = await hoverText(offsetOf('Tehran was busy', 2));
      assert.match(card, /Country\*\* · Iran/);
      assert.match(card, /metonym/);
      assert.match(card, /Forms in this article:\*\* .*Tehran/);
    });

    it('shows a speculative claim card with the estimative band of "highly likely"', async () => {
      const card = await hoverText(offsetOf('it’s highly likely that each state shared', 8));
      assert.match(card, /Speculative claim\*\* · suggestion, not reviewed/);
      assert.match(card, /"highly likely" → very likely \(80–95%\)/);
      assert.match(card, /Check-worthiness:\*\* [▰▱]+ 0\.\d\d/);
    });

    it('shows a recommendation card on a "should assess" sentence', async () => {
      const card = await hoverText(offsetOf('should assess', 3));
      assert.match(card, /Recommendation\*\*/);
    });

    it('shows nothing between sentences', async () => {
      assert.equal((await hovers(offsetOf('\n\n', 1))).length, 0);
    });
  });

  describe('the Policy Lens view', () => {
    it('lists Iran once under Country with its mentions and its other forms', () => {
      const countries = api.entitiesTree.snapshot().find((t) => t.type === 'country');
      assert.ok(countries, 'a Country group');
      const iran = countries.entities.filter((e) => e.name === 'Iran');
      assert.equal(iran.length, 1);
      assert.ok(iran[0].mentions >= 10, `Iran is mentioned often (${iran[0].mentions})`);
      for (const form of ['Iranian', 'Tehran']) assert.ok(iran[0].forms.includes(form), `forms ${iran[0].forms.join(', ')} include ${form}`);
      const people = api.entitiesTree.snapshot().find((t) => t.type === 'person')!;
      assert.ok(people.entities.some((e) => e.name.replace(/\s/g, ' ') === 'Ri Yong-ho'));
    });

    it('groups claims by type, and by review state after switching', async () => {
      const byType = api.claimsTree.snapshot();
      const total = byType.reduce((n, g) => n + g.claims.length, 0);
      assert.ok(total >= 10, `the sample makes many claims (${total})`);
      for (const g of byType) assert.equal(new Set(g.claims.map((c) => c.type)).size, 1, `group ${g.group} holds one type`);
      const labels = byType.map((g) => g.group);
      for (const l of ['Factual claim', 'Speculative claim', 'Recommendation']) assert.ok(labels.includes(l), `${labels.join(', ')} include ${l}`);

      await vscode.commands.executeCommand('policyLens.groupClaimsByReview');
      try {
        const byReview = api.claimsTree.snapshot();
        assert.deepEqual(byReview.map((g) => g.group), ['Unreviewed, check-worthy', 'Unreviewed']);
        assert.equal(byReview.reduce((n, g) => n + g.claims.length, 0), total);
      } finally {
        await vscode.commands.executeCommand('policyLens.groupClaimsByType');
      }
      assert.deepEqual(api.claimsTree.snapshot().map((g) => g.group), labels);
    });
  });

  describe('navigation', () => {
    const claims = () => api.analyses.get(doc)!.claims.filter((c) => c.type !== 'none');

    it('moves to the next and previous claim, wrapping around at both ends', async () => {
      const all = claims();
      placeCursor(0);
      await vscode.commands.executeCommand('policyLens.nextClaim');
      assert.equal(selected(), all[0].text);
      await vscode.commands.executeCommand('policyLens.nextClaim');
      assert.equal(selected(), all[1].text);
      await vscode.commands.executeCommand('policyLens.previousClaim');
      assert.equal(selected(), all[0].text);
      await vscode.commands.executeCommand('policyLens.previousClaim');
      assert.equal(selected(), all[all.length - 1].text, 'previous from the first claim wraps to the last');
      await vscode.commands.executeCommand('policyLens.nextClaim');
      assert.equal(selected(), all[0].text, 'next from the last claim wraps to the first');
    });

    it('moves from "Iran" to the next mention of Iran, the metonymic "Tehran"', async () => {
      const first = offsetOf('sanctions on Iran', 'sanctions on '.length);
      placeCursor(first + 1);
      await vscode.commands.executeCommand('policyLens.nextMention');
      assert.equal(doc.offsetAt(editor.selection.start), text.indexOf('Tehran', first));
      assert.equal(selected(), 'Tehran');
      await vscode.commands.executeCommand('policyLens.previousMention');
      assert.equal(doc.offsetAt(editor.selection.start), first);
    });

    it('skips reviewed claims when going to the next unreviewed claim', async () => {
      const worthy = claims().filter((c) => c.checkworthy);
      placeCursor(0);
      await vscode.commands.executeCommand('policyLens.nextUnreviewedClaim');
      assert.equal(selected(), worthy[0].text);
      await vscode.commands.executeCommand('policyLens.setVerdict', { verdict: 'Supported' });
      placeCursor(0);
      await vscode.commands.executeCommand('policyLens.nextUnreviewedClaim');
      assert.equal(selected(), worthy[1].text, 'the reviewed claim is skipped');
    });

    it('says so politely, without failing, in a document without claims', async () => {
      const empty = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Contents\n\nSee all\n' });
      const other = await vscode.window.showTextDocument(empty);
      try {
        assert.ok(await api.analyses.whenAnalysed(empty));
        const before = other.selection;
        await vscode.commands.executeCommand('policyLens.nextClaim');
        await vscode.commands.executeCommand('policyLens.nextUnreviewedClaim');
        await vscode.commands.executeCommand('policyLens.nextMention');
        assert.ok(other.selection.isEqual(before), 'the cursor stays where it was');
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        editor = await vscode.window.showTextDocument(doc);
      }
    });
  });

  describe('settings, applied without a reload', () => {
    it('hides countries from the view and the hovers when entity types exclude them', async () => {
      const iran = offsetOf('sanctions on Iran', 'sanctions on '.length + 1);
      assert.match(await hoverText(iran), /Country\*\* · Iran/);
      await config().update('entities.types', ENTITY_TYPES.filter((t) => t !== 'country'), vscode.ConfigurationTarget.Global);
      try {
        await waitFor('countries to leave the Entities view', () => !api.entitiesTree.snapshot().some((t) => t.type === 'country'));
        assert.ok(await api.analyses.whenAnalysed(doc));
        assert.ok(api.entitiesTree.snapshot().some((t) => t.type === 'person'), 'people stay');
        assert.doesNotMatch(await hoverText(iran), /Country\*\*/);
        assert.match(await hoverText(offsetOf('Ri Yong-ho', 3)), /Person\*\*/);
      } finally {
        await config().update('entities.types', undefined, vscode.ConfigurationTarget.Global);
      }
      await waitFor('countries to come back', () => api.entitiesTree.snapshot().some((t) => t.type === 'country'));
    });

    it('lists fewer claims with a high minimum check-worthiness score', async () => {
      const count = () => api.claimsTree.snapshot().reduce((n, g) => n + g.claims.length, 0);
      const before = count();
      await config().update('claims.minScore', 0.99, vscode.ConfigurationTarget.Global);
      try {
        await waitFor('the Claims view to shrink', () => count() < before);
        const left = api.claimsTree.snapshot().flatMap((g) => g.claims);
        assert.ok(left.every((c) => c.verdict !== undefined), 'only reviewed claims stay below the minimum');
      } finally {
        await config().update('claims.minScore', undefined, vscode.ConfigurationTarget.Global);
      }
      await waitFor('the claims to come back', () => count() === before);
    });

    it('stops analysing plain text when the language is switched off, and resumes when it is on', async () => {
      const ri = offsetOf('Ri Yong-ho', 3);
      await config().update('languages', { plaintext: false, markdown: true, 'policy-text': true }, vscode.ConfigurationTarget.Global);
      try {
        await waitFor('plain text to be switched off', () => !api.analyses.isEnabledFor(doc));
        assert.equal(await api.analyses.whenAnalysed(doc), undefined);
        assert.equal((await hovers(ri)).length, 0, 'no hover card in a .txt file');
        await waitFor('the highlights to go', () => api.decorations.painted.get(doc.uri.toString()) === 0);
      } finally {
        await config().update('languages', undefined, vscode.ConfigurationTarget.Global);
      }
      await waitFor('plain text to be analysed again', () => api.analyses.isEnabledFor(doc));
      assert.ok(await api.analyses.whenAnalysed(doc));
      assert.match(await hoverText(ri), /Person\*\*/);
    });
  });

  describe('reviewer notes in hover cards', () => {
    it('renders a note with a command link and HTML as inert text', async () => {
      const evil = 'See [click](command:workbench.action.terminal.new) and <img src=x onerror=alert(1)> & more';
      const at = offsetOf('should assess', 3);
      placeCursor(at);
      assert.ok(await vscode.commands.executeCommand<string>('policyLens.editNote', { note: evil }), 'the note was saved');
      const cards = await hovers(at);
      const card = cards.find((m) => readable(m.value).includes('onerror'));
      assert.ok(card, 'the claim card shows the note');
      assert.ok(readable(card.value).includes(evil), 'the note reads exactly as written');
      assert.ok(!card.value.includes('](command:workbench.'), 'no live link to a workbench command');
      assert.ok(!/<img/i.test(card.value), 'no raw HTML');
      for (const m of cards) {
        const trusted = m.isTrusted;
        assert.ok(trusted && typeof trusted === 'object', 'trust is limited to a command list');
        assert.ok(trusted.enabledCommands.length > 0);
        for (const c of trusted.enabledCommands) assert.match(c, /^policyLens\./);
        for (const link of m.value.matchAll(/\]\(command:([\w.]+)/g)) assert.match(link[1], /^policyLens\./);
      }
    });
  });

  describe('highlights', () => {
    it('paints the visible part of the article', async () => {
      await waitFor('highlights to be painted', () => (api.decorations.painted.get(doc.uri.toString()) ?? 0) > 20);
    });
  });
});
