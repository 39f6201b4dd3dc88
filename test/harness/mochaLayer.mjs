// Runs one layer of mocha tests (unit or UI) in this process and prints mocha's spec report
// followed by the counts line that run-all adds up.
//   node test/harness/mochaLayer.mjs [--timeout MS] FILE...
import { resolve } from 'node:path';
import Mocha from 'mocha';
import { formatCounts } from './counts.mjs';

export async function runMochaLayer(files, { timeout = 10000 } = {}) {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout, color: process.stdout.isTTY });
  for (const f of files) mocha.addFile(resolve(f));
  await mocha.loadFilesAsync();
  return new Promise((done) => {
    const runner = mocha.run(() => {
      const { passes, failures, pending } = runner.stats;
      console.log(formatCounts({ passed: passes, failed: failures, pending }));
      done({ passed: passes, failed: failures, pending });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const t = args.indexOf('--timeout');
  const timeout = t >= 0 ? Number(args.splice(t, 2)[1]) : undefined;
  const { failed } = await runMochaLayer(args, { timeout });
  process.exitCode = failed > 0 ? 1 : 0;
}
