// The one line a mocha layer prints for run-all to add up, e.g.
//   POLICY_LENS_COUNTS {"passed":5,"failed":0,"pending":1}
export const COUNTS_TAG = 'POLICY_LENS_COUNTS';
// Printed by a suite when it starts, so the harness can tell its output from the workbench's.
export const SUITE_START_TAG = 'POLICY_LENS_SUITE_START';

export function formatCounts({ passed, failed, pending }) {
  return `${COUNTS_TAG} ${JSON.stringify({ passed, failed, pending })}`;
}

/** Sums every counts line in `output`; counted is false when there was none. */
export function parseCounts(output) {
  const total = { passed: 0, failed: 0, pending: 0, counted: false };
  for (const m of output.matchAll(new RegExp(`${COUNTS_TAG} (\\{[^}\\n]*\\})`, 'g'))) {
    const c = JSON.parse(m[1]);
    total.passed += c.passed;
    total.failed += c.failed;
    total.pending += c.pending;
    total.counted = true;
  }
  return total;
}
