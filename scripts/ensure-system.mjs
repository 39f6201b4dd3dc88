// Installs the Debian packages that the real-VS-Code tests and `npm start` need, when they are
// missing: chromium (drives the VS Code workbench), libkrb5-dev (code-server's kerberos module
// builds against it), ripgrep (stands in for the rg that @vscode/ripgrep would download).
// Installs only as root or with password-less sudo; otherwise says which command to run.
import { spawnSync } from 'node:child_process';

const PACKAGES = ['chromium', 'libkrb5-dev', 'ripgrep', 'build-essential', 'python3'];

export function ensureSystemPackages() {
  if (process.platform !== 'linux' || spawnSync('dpkg-query', ['--version']).status !== 0) return true;
  const missing = PACKAGES.filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return !(r.stdout ?? '').includes('install ok installed');
  });
  if (missing.length === 0) return true;
  const root = process.getuid?.() === 0;
  const sudo = root ? [] : spawnSync('sudo', ['-n', 'true']).status === 0 ? ['sudo', '-n'] : undefined;
  if (!sudo) {
    console.error(`[policy-lens] missing Debian packages: ${missing.join(' ')}. Install them with:\n  sudo apt-get install -y ${missing.join(' ')}`);
    return false;
  }
  const run = (args) => {
    const [cmd, ...rest] = [...sudo, ...args];
    return spawnSync(cmd, rest, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  };
  console.log(`[policy-lens] installing Debian packages: ${missing.join(' ')}`);
  return run(['apt-get', 'update', '-q']) && run(['apt-get', 'install', '-y', '-q', '--no-install-recommends', ...missing]);
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureSystemPackages() ? 0 : 1);
