// The format API under test, plus a stand-in version-0 layout (annotations were "notes")
// to exercise the migration chain, which has no real older version to upgrade yet.
import type { Migration } from '../../../src/core/annotations';

export { parseSidecar, serializeSidecar, validateSidecar } from '../../../src/core/annotations';

export const migrationsForTest: Record<number, Migration> = {
  0: ({ notes, ...rest }) => ({ ...rest, version: 1, annotations: notes }),
};
