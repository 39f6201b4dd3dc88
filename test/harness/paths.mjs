// Where the harness keeps things: everything lives inside the clone (git-ignored), so a CI
// cache of `.vscode-test/` is enough and nothing is written to $HOME.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = join(repoRoot, '.vscode-test');
export const codeServerDir = join(cacheDir, 'code-server');
export const runsDir = join(cacheDir, 'runs');
export const resultsDir = join(repoRoot, 'test-results');
export const sampleFile = join(repoRoot, 'samples', 'iran-north-korea-meeting.txt');
export const fixtureWorkspace = join(repoRoot, 'test', 'fixtures', 'workspace');
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
