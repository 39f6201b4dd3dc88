// Reviewer annotations in the real extension host: the commands write a sidecar beside the
// article, annotations follow edits, outside changes to the sidecar show in the view, a broken
// sidecar is reported and never written over, and renaming the article moves its sidecar.
// Works on a temporary copy of the sample article inside the test workspace.
import * as assert from 'node:assert/strict';
import { promises as fs, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { setUpTestFolder } from './support';
import type { Annotation, Claim, Mention, Sidecar } from '../../src/core/model';
import { ENTITY_LABELS } from '../../src/core/hover/icons';
import type { PolicyLensApi } from '../../src/extension';


async function waitFor(what: string, condition: () => boolean, ms = 10000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function readSidecar(file: string): Sidecar {
  return JSON.parse(readFileSync(file, 'utf8')) as Sidecar;
}

describe('Reviewer annotations (sidecar files)', function () {
  this.timeout(30000);
  let api: PolicyLensApi;
  let dir: string;
  let article: vscode.Uri;
  let sidecar: string;
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;

  const byKind = (kind: Annotation['kind']) => readSidecar(sidecar).annotations.filter((a) => a.kind === kind);

  before(async () => {
    const setUp = await setUpTestFolder('annotations-test');
    ({ api, dir } = setUp);
    const ext = setUp.ext;
    article = vscode.Uri.file(path.join(dir, 'meeting.txt'));
    await fs.copyFile(path.join(ext.extensionPath, 'samples', 'iran-north-korea-meeting.txt'), article.fsPath);
    sidecar = `${article.fsPath}.annotations.json`;
    doc = await vscode.workspace.openTextDocument(article);
    editor = await vscode.window.showTextDocument(doc);
    assert.ok(await api.analyses.whenAnalysed(doc), 'the article was analysed');
    await api.reviews.ready(doc);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  /** A person named once in the article, so deleting that passage leaves no other copy. */
  function uniquePerson(): Mention {
    const text = doc.getText();
    const m = api.analyses.get(doc)?.mentions.find((x) => x.type === 'person' && text.split(x.text).length === 2);
    assert.ok(m, 'the sample names a person once');
    return m;
  }

  async function hoverText(offset: number): Promise<string> {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
    return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  }

  function firstCheckworthyClaim(): Claim {
    const claim = api.analyses.get(doc)?.claims.find((c) => c.checkworthy && c.type !== 'none');
    assert.ok(claim, 'the sample has a check-worthy claim');
    return claim;
  }

  it('writes nothing for an article nobody annotated', () => {
    assert.equal(existsSync(sidecar), false);
  });

  it('annotates a selection and sets a verdict through the commands, then finds both in the sidecar on disk', async () => {
    // Targets go in as arguments, as hover links pass them: a selection set from the extension
    // host can be overwritten by the echo of an earlier one, which made this test flaky.
    const uri = doc.uri.toString();
    const person = uniquePerson();
    await vscode.commands.executeCommand('policyLens.annotateSelection', uri, { start: person.start, end: person.end }, { kind: 'entity-correction', entityType: 'person', canonical: 'Somebody Else', note: 'Not who the machine thinks' });

    const claim = firstCheckworthyClaim();
    const at = claim.start + 3;
    await vscode.commands.executeCommand('policyLens.setVerdict', uri, at, { verdict: 'Misleading' });
    await vscode.commands.executeCommand('policyLens.editNote', uri, at, { note: 'Compare with the *official* readout.' });
    await vscode.commands.executeCommand('policyLens.editTags', uri, at, { tags: ['sanctions', 'dprk', 'sanctions'] });

    const entity = byKind('entity-correction');
    assert.equal(entity.length, 1);
    assert.equal(entity[0].target.quote.exact, person.text);
    assert.deepEqual(entity[0].label, { entityType: 'person', canonical: 'Somebody Else' });
    assert.equal(entity[0].note, 'Not who the machine thinks');
    assert.ok(entity[0].creator.length > 0, 'the reviewer has a name');

    const reviews = byKind('claim-review');
    assert.equal(reviews.length, 1, 'the verdict, note and tags went on one review of the claim');
    assert.equal(reviews[0].target.quote.exact, claim.text);
    assert.equal(reviews[0].verdict, 'Misleading');
    assert.equal(reviews[0].note, 'Compare with the *official* readout.');
    assert.deepEqual(reviews[0].tags, ['sanctions', 'dprk']);
    assert.equal(reviews[0].origin, 'suggestion', 'setting a verdict on a machine claim accepts the suggestion');
    assert.ok(readFileSync(sidecar, 'utf8').endsWith('}\n'));

    const titles = api.annotationsTree.snapshot().placed.map((p) => p.title);
    assert.ok(titles.includes('Claim review: Misleading'), titles.join(' | '));
  });

  it('rejects an entity suggestion: its hover card goes, and the rejection is in the sidecar', async () => {
    const countries = api.analyses.get(doc)!.mentions.filter((m) => m.type === 'country');
    const mention = countries[countries.length - 1];
    assert.ok(mention, 'the sample names a country');
    const title = `**${ENTITY_LABELS.country}** · `;
    assert.ok((await hoverText(mention.start + 1)).includes(title), 'the country has an entity card before');
    await vscode.commands.executeCommand('policyLens.rejectSuggestion', doc.uri.toString(), mention.start, { on: 'entity' });
    const rejected = byKind('rejected-suggestion');
    assert.equal(rejected.length, 1);
    assert.equal(rejected[0].target.quote.exact, mention.text);
    assert.equal(rejected[0].label?.entityType, 'country');
    assert.ok(!(await hoverText(mention.start + 1)).includes(title), 'the rejected entity has no card');
  });

  it('moves an annotation with its text when the article is edited, and saves the new position', async () => {
    const before = api.reviews.placed(doc.uri).find((a) => a.annotation.kind === 'entity-correction')!;
    const insert = 'Editor’s note: this article was updated.\n\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), insert);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = api.reviews.placed(doc.uri).find((a) => a.annotation.id === before.annotation.id)!;
    assert.equal(after.range!.start, before.range!.start + insert.length);
    assert.equal(doc.getText().slice(after.range!.start, after.range!.end), before.annotation.target.quote.exact);

    assert.ok(await doc.save());
    await api.reviews.flush([doc.uri]);
    const saved = byKind('entity-correction')[0];
    assert.equal(saved.target.position.start, before.range!.start + insert.length);
  });

  it('keeps an annotation whose text was deleted as an orphan, re-attaches it, and deletes it with a tombstone', async () => {
    // A paragraph no other annotation touches.
    const placed = api.reviews.placed(doc.uri);
    let line: vscode.TextLine | undefined;
    for (let i = doc.lineCount - 1; i >= 0 && !line; i--) {
      const l = doc.lineAt(i);
      const [start, end] = [doc.offsetAt(l.range.start), doc.offsetAt(l.range.end)];
      if (l.text.trim().length > 40 && !placed.some((a) => a.range!.start < end && a.range!.end > start)) line = l;
    }
    assert.ok(line, 'the sample has an unannotated paragraph');
    const span = { start: doc.offsetAt(line.range.start), end: doc.offsetAt(line.range.end) };
    const id = await vscode.commands.executeCommand<string>('policyLens.annotateSelection', doc.uri.toString(), span, { kind: 'note', note: 'Source?' });
    assert.ok(id && api.reviews.find(doc.uri, id)?.range);

    const edit = new vscode.WorkspaceEdit();
    edit.delete(doc.uri, line.range);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the orphan to show in the view', () => api.annotationsTree.snapshot().orphans.some((o) => o.quote === line.text));
    assert.equal(api.reviews.orphans(doc.uri).length, 1, 'only the annotation on the deleted text lost its place');

    await vscode.commands.executeCommand('policyLens.reattachOrphan', doc.uri.toString(), { start: 0, end: 6 }, { id });
    assert.equal(api.reviews.orphans(doc.uri).length, 0);
    assert.equal(api.reviews.find(doc.uri, id)?.range?.start, 0);
    assert.equal(byKind('note')[0].target.quote.exact, doc.getText().slice(0, 6));

    assert.equal(await vscode.commands.executeCommand('policyLens.deleteAnnotation', { id, confirmed: true }), true);
    assert.equal(byKind('note').length, 0);
    assert.ok(readSidecar(sidecar).deleted?.includes(id), 'the deletion is remembered');
    assert.ok(await doc.save());
  });

  it('shows a change made to the sidecar outside the editor in the Annotations view', async () => {
    await api.reviews.flush();
    const onDisk = readSidecar(sidecar);
    const review = onDisk.annotations.find((a) => a.kind === 'claim-review')!;
    review.verdict = 'False';
    review.modified = new Date(Date.now() + 1000).toISOString();
    await fs.writeFile(sidecar, `${JSON.stringify(onDisk, null, 2)}\n`);
    await waitFor('the view to show the new verdict', () => api.annotationsTree.snapshot().placed.some((p) => p.title === 'Claim review: False'));
  });

  it('merges a change made elsewhere with a change made here, losing neither', async () => {
    await api.reviews.flush();
    const onDisk = readSidecar(sidecar);
    const review = onDisk.annotations.find((a) => a.kind === 'claim-review')!;
    review.note = 'Note written in another window';
    review.modified = new Date().toISOString();
    const other: Annotation = {
      ...review,
      id: 'other-reviewer-1',
      kind: 'note',
      creator: 'Another Reviewer',
      note: 'Added elsewhere',
      tags: [],
      origin: 'reviewer',
    };
    delete other.verdict;
    delete other.label;
    onDisk.annotations.push(other);
    // No waiting for the file watcher: whichever comes first, the result must hold both changes.
    await fs.writeFile(sidecar, `${JSON.stringify(onDisk, null, 2)}\n`);
    await vscode.commands.executeCommand('policyLens.setVerdict', doc.uri.toString(), api.reviews.find(doc.uri, review.id)!.range!.start, { id: review.id, verdict: 'Unverifiable' });
    await waitFor('both changes on disk', () => {
      const now = readSidecar(sidecar);
      const mine = now.annotations.find((a) => a.id === review.id);
      return mine?.verdict === 'Unverifiable' && mine.note === 'Note written in another window' && now.annotations.some((a) => a.id === 'other-reviewer-1');
    });
    await waitFor('the view to show the other reviewer’s note', () => api.annotationsTree.snapshot().placed.some((p) => p.note === 'Added elsewhere'));
  });

  it('reports a broken sidecar, never writes over it, and disables annotating until it is fixed', async () => {
    await api.reviews.flush();
    const valid = readFileSync(sidecar, 'utf8');
    const broken = valid.replace('"annotations": [', '"annotations": [,');
    await fs.writeFile(sidecar, broken);
    await waitFor('the error to be shown', () => (api.reviews.lastError ?? '').includes('meeting.txt.annotations.json') && !!api.reviews.fileError(doc.uri));
    assert.match(api.reviews.lastError!, /invalid JSON at line \d+, column \d+/);
    assert.ok(api.annotationsTree.snapshot().problem, 'the view says the file cannot be read');

    const claim = firstCheckworthyClaim();
    editor.selection = new vscode.Selection(doc.positionAt(claim.start), doc.positionAt(claim.end));
    await vscode.commands.executeCommand('policyLens.annotateSelection', { kind: 'note', note: 'should not be written' });
    await vscode.commands.executeCommand('policyLens.setVerdict', { verdict: 'Supported' });
    await vscode.commands.executeCommand('policyLens.rejectSuggestion', doc.uri.toString(), claim.start, { on: 'claim' });
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), 'x');
    await vscode.workspace.applyEdit(edit);
    await doc.save();
    await api.reviews.flush();
    assert.equal(readFileSync(sidecar, 'utf8'), broken, 'the broken file is byte-for-byte unchanged');

    await fs.writeFile(sidecar, valid);
    await waitFor('annotating to be enabled again', () => !api.reviews.fileError(doc.uri) && api.reviews.placed(doc.uri).length > 0);
    assert.equal(api.reviews.problem(doc), undefined);
  });

  it('adds an unknown name to the workspace knowledge file, after which it is recognised', async () => {
    const knowledge = path.join(dir, 'knowledge.json');
    const config = vscode.workspace.getConfiguration('policyLens');
    // User-level setting: this run's own profile, not the shared fixture workspace.
    await config.update('knowledge.files', [path.relative(vscode.workspace.workspaceFolders![0].uri.fsPath, knowledge)], vscode.ConfigurationTarget.Global);
    try {
      const name = 'Zorblat Quennington';
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(0, 0), `${name} visited Tehran in August.\n\n`);
      assert.ok(await vscode.workspace.applyEdit(edit));
      editor.selection = new vscode.Selection(new vscode.Position(0, 0), new vscode.Position(0, name.length));
      const id = await vscode.commands.executeCommand<string>('policyLens.addToKnowledge', { name, type: 'person', description: 'An invented envoy.' });
      assert.equal(id, 'zorblat-quennington');
      const file = JSON.parse(readFileSync(knowledge, 'utf8'));
      assert.deepEqual(file.entries, [{ id, name, type: 'person', aliases: [], description: 'An invented envoy.' }]);
      await waitFor('the new entity to be recognised', () => !!api.analyses.get(doc)?.mentions.some((m) => m.entityId === id && m.start === 0), 15000);
    } finally {
      await config.update('knowledge.files', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('moves the sidecar along when the article is renamed', async () => {
    await api.reviews.flush();
    const renamed = vscode.Uri.file(path.join(dir, 'renamed', 'meeting-2018.txt'));
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(article, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const moved = `${renamed.fsPath}.annotations.json`;
    await waitFor('the sidecar to move', () => existsSync(moved) && !existsSync(sidecar));
    assert.match(readSidecar(moved).article, /renamed\/meeting-2018\.txt$/);
    assert.ok(readSidecar(moved).annotations.some((a) => a.kind === 'claim-review'));

    // Read back from the moved file: the reviews, and the rejection that keeps a suggestion hidden.
    const reopened = await vscode.workspace.openTextDocument(renamed);
    assert.ok(await api.reviews.ready(reopened));
    await waitFor('the moved annotations to load', () => api.reviews.placed(reopened.uri).some((a) => a.annotation.kind === 'rejected-suggestion'));
    for (const a of api.reviews.placed(reopened.uri)) assert.equal(reopened.getText().slice(a.range!.start, a.range!.end), a.annotation.target.quote.exact);
  });
});
