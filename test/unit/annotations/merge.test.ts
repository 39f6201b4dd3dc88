import * as assert from 'node:assert/strict';
import { createAnnotation, deleteAnnotation, mergeSidecars, parseSidecar, serializeSidecar, upsertAnnotation } from '../../../src/core/annotations';
import type { Annotation, Sidecar } from '../../../src/core/model';
import { locate, readFixture, sampleText } from './fixtures';

const T1 = '2025-03-05T10:00:00.000Z';
const T2 = '2025-03-05T11:00:00.000Z';

describe('merging two versions of a sidecar', () => {
  const text = sampleText();
  const loaded = parseSidecar(readFixture('valid-full.json'));
  assert.ok(loaded.ok);
  const base: Sidecar = loaded.sidecar;
  const [first, second] = base.annotations as [Annotation, Annotation];
  const edit = (a: Annotation, fields: Partial<Annotation>, at: string): Annotation => ({ ...a, ...fields, modified: at });
  const ids = (s: Sidecar): string[] => s.annotations.map((a) => a.id).sort();
  const add = (words: string, id: string): Annotation => createAnnotation({ kind: 'note', creator: 'x', text, range: locate(text, words) }, T1, () => id);

  it('keeps what two reviewers added to different parts without conflict, and writes it stably', () => {
    const mine = upsertAnnotation(base, add('Between August 7 and 8', 'mine-1'));
    const theirs = upsertAnnotation(base, add('Iran’s foreign minister and President', 'theirs-1'));
    const { sidecar, conflicts } = mergeSidecars(base, mine, theirs);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(ids(sidecar), [...base.annotations.map((a) => a.id), 'mine-1', 'theirs-1'].sort());
    assert.equal(serializeSidecar(sidecar), serializeSidecar(mergeSidecars(base, theirs, mine).sidecar), 'the order of the sides does not matter');
  });

  it('combines different fields edited on each side of one annotation', () => {
    const mine = upsertAnnotation(base, edit(first, { verdict: 'Misleading' }, T1));
    const theirs = upsertAnnotation(base, edit(first, { tags: ['checked'] }, T2));
    const { sidecar, conflicts } = mergeSidecars(base, mine, theirs);
    const merged = sidecar.annotations.find((a) => a.id === first.id)!;
    assert.equal(merged.verdict, 'Misleading');
    assert.deepEqual(merged.tags, ['checked']);
    assert.equal(merged.modified, T2);
    assert.deepEqual(conflicts, []);
  });

  it('lets the newer change win when both changed the same field, and returns the older one', () => {
    const older = edit(first, { verdict: 'False' }, T1);
    const newer = edit(first, { verdict: 'Opinion' }, T2);
    const { sidecar, conflicts } = mergeSidecars(base, upsertAnnotation(base, newer), upsertAnnotation(base, older));
    assert.equal(sidecar.annotations.find((a) => a.id === first.id)!.verdict, 'Opinion');
    assert.equal(conflicts.length, 1);
    assert.equal(conflicts[0]!.kind, 'both-changed');
    assert.equal(conflicts[0]!.lost, older);
  });

  it('does not bring back a deletion, and reports an edit the deletion overrode', () => {
    const mine = deleteAnnotation(base, second.id);
    const theirsUnchanged = base;
    const r1 = mergeSidecars(base, mine, theirsUnchanged);
    assert.ok(!ids(r1.sidecar).includes(second.id));
    assert.ok(r1.sidecar.deleted!.includes(second.id));
    assert.deepEqual(r1.conflicts, []);
    // A later merge with an old copy that never saw the deletion keeps it deleted.
    assert.ok(!ids(mergeSidecars(undefined, r1.sidecar, base).sidecar).includes(second.id));
    const edited = edit(second, { note: 'still relevant' }, T2);
    const r2 = mergeSidecars(base, mine, upsertAnnotation(base, edited));
    assert.ok(!ids(r2.sidecar).includes(second.id));
    assert.deepEqual(r2.conflicts, [{ id: second.id, kind: 'changed-and-deleted', lost: edited }]);
  });

  it('treats an annotation removed by hand (no tombstone) as deleted', () => {
    const handEdited = { ...base, annotations: base.annotations.filter((a) => a.id !== first.id), deleted: base.deleted };
    const { sidecar } = mergeSidecars(base, base, handEdited);
    assert.ok(!ids(sidecar).includes(first.id));
    assert.ok(sidecar.deleted!.includes(first.id));
  });

  it('without a common base, resolves differing copies by modification time and reports the loser', () => {
    const older = edit(first, { note: 'old' }, T1);
    const newer = edit(first, { note: 'new' }, T2);
    const { sidecar, conflicts } = mergeSidecars(undefined, upsertAnnotation(base, older), upsertAnnotation(base, newer));
    assert.equal(sidecar.annotations.find((a) => a.id === first.id)!.note, 'new');
    assert.equal(conflicts[0]!.lost, older);
  });
});
