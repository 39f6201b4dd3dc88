// Runs the integration suite in desktop VS Code downloaded by @vscode/test-electron: the usual
// runner on machines with a normal network (developer laptops, hosted CI).
//   node test/integration/runElectron.mjs   (after `npm run pretest`)
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot, fixtureWorkspace } from '../harness/paths.mjs';

export async function runElectron({ version = process.env.POLICY_LENS_VSCODE_VERSION || '1.100.3' } = {}) {
  try {
    return await runTests({
      version,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: join(repoRoot, 'dist-test', 'integration', 'index.js'),
      launchArgs: [fixtureWorkspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
      cachePath: join(repoRoot, '.vscode-test'),
    });
  } catch (e) {
    console.error(`[electron] ${e instanceof Error ? e.message : e}`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runElectron();
}
