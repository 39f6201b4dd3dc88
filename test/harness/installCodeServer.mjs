// Installs code-server (a real VS Code 1.100.3 server + web workbench) into .vscode-test/ on
// first use. Every workaround here answers a failure seen on machines that reach only the npm
// registry and Debian: see ../shared/docs/real-vscode-tests.md.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, createWriteStream, rmSync, mkdtempSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { setInterval, clearInterval } from 'node:timers';
import { codeServerDir } from './paths.mjs';

// The last code-server release whose postinstall accepts Node 20.
export const CODE_SERVER_VERSION = '4.100.3';

const pkgDir = join(codeServerDir, 'node_modules', 'code-server');
const vscodeDir = join(pkgDir, 'lib', 'vscode');
const okMarker = join(codeServerDir, 'installed-ok.json');
const logFile = join(codeServerDir, 'install.log');

export const codeServerEntry = join(pkgDir, 'out', 'node', 'entry.js');

/** Resolves to the path of code-server's entry.js, installing it when missing or stale. */
export async function ensureCodeServer({ log = console.log } = {}) {
  if (isInstalled()) return codeServerEntry;
  checkPrerequisites();
  const started = Date.now();
  log(`[harness] installing code-server ${CODE_SERVER_VERSION} into ${codeServerDir} (first run only, about 100 s; log: ${logFile})`);
  rmSync(codeServerDir, { recursive: true, force: true });
  mkdirSync(codeServerDir, { recursive: true });
  // Own package.json so npm never walks up to the extension's manifest.
  writeFileSync(join(codeServerDir, 'package.json'), JSON.stringify({ name: 'vscode-test-cache', private: true }, null, 2));
  const tmp = join(codeServerDir, 'tmp');
  mkdirSync(tmp, { recursive: true });
  seedRipgrepCache(tmp, '1.15.11');

  await runLogged('npm', ['install', '--prefix', codeServerDir, `code-server@${CODE_SERVER_VERSION}`,
    '--unsafe-perm', '--foreground-scripts', '--no-save', '--no-audit', '--no-fund', '--omit=dev'],
  { env: installEnv(tmp), log, label: 'npm install code-server' });

  repairPostinstall(tmp, log);
  const problems = verify();
  if (problems.length) throw new Error(`code-server install incomplete (${problems.join('; ')}); see ${logFile}`);
  writeFileSync(okMarker, JSON.stringify({ version: CODE_SERVER_VERSION, node: process.version }, null, 2));
  log(`[harness] code-server ${CODE_SERVER_VERSION} installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return codeServerEntry;
}

function isInstalled() {
  if (!existsSync(okMarker) || !existsSync(codeServerEntry)) return false;
  try {
    const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    return version === CODE_SERVER_VERSION && verify().length === 0;
  } catch {
    return false;
  }
}

function checkPrerequisites() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) throw new Error(`code-server ${CODE_SERVER_VERSION} needs Node 20 (this is ${process.version})`);
  const missing = [];
  if (!existsSync('/usr/bin/rg')) missing.push('ripgrep');
  if (!existsSync('/usr/include/krb5.h') && !existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (missing.length) throw new Error(`missing Debian packages: ${missing.join(' ')} (run: apt-get install -y ${missing.join(' ')})`);
}

function installEnv(tmp) {
  return {
    ...process.env,
    CI: 'true',
    TMPDIR: tmp,
    // node-pty's install runs `npx node-gyp`; this machine's npm config says yes=false.
    npm_config_yes: 'true',
    // code-server's postinstall refuses to run as root without it.
    npm_config_unsafe_perm: 'true',
    npm_config_update_notifier: 'false',
  };
}

// @vscode/ripgrep's postinstall downloads rg from GitHub unless this tarball is already in
// os.tmpdir(); Debian's rg is the same major version. The tarball holds `rg` at its root.
function seedRipgrepCache(tmp, ripgrepPackageVersion) {
  const cache = join(tmp, `vscode-ripgrep-cache-${ripgrepPackageVersion}`);
  const tarball = join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (existsSync(tarball)) return;
  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(join(tmp, 'rg-'));
  copyFileSync('/usr/bin/rg', join(staging, 'rg'));
  execFileSync('tar', ['czf', tarball, '-C', staging, 'rg']);
  rmSync(staging, { recursive: true, force: true });
}

// npm 11 may run install scripts "with a notice" or skip them depending on its allowScripts
// policy; rather than trusting its output, re-run whatever did not leave its result behind.
function repairPostinstall(tmp, log) {
  const env = { ...installEnv(tmp), npm_config_user_agent: `npm/11 node/${process.version} linux x64` };
  if (!existsSync(join(vscodeDir, 'node_modules.asar')) || !existsSync(join(vscodeDir, 'extensions', 'node_modules'))) {
    log('[harness] code-server postinstall did not complete; running it directly');
    execFileSync('sh', ['./postinstall.sh'], { cwd: pkgDir, env, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  const rgPkg = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep');
  if (existsSync(rgPkg) && !existsSync(join(rgPkg, 'bin', 'rg'))) {
    const { version } = JSON.parse(readFileSync(join(rgPkg, 'package.json'), 'utf8'));
    log(`[harness] placing Debian's rg for @vscode/ripgrep ${version}`);
    seedRipgrepCache(tmp, version);
    rmSync(join(rgPkg, 'bin'), { recursive: true, force: true });
    execFileSync('node', ['lib/postinstall.js'], { cwd: rgPkg, env, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  for (const native of ['node-pty', 'kerberos', '@vscode/spdlog', 'native-watchdog']) {
    const dir = join(vscodeDir, 'node_modules', native);
    if (existsSync(join(dir, 'binding.gyp')) && !existsSync(join(dir, 'build', 'Release'))) {
      log(`[harness] building native module ${native}`);
      execFileSync('npx', ['--yes', 'node-gyp', 'rebuild'], { cwd: dir, env, stdio: ['ignore', 'inherit', 'inherit'] });
    }
  }
}

function verify() {
  const need = {
    'code-server entry': codeServerEntry,
    'VS Code dependencies': join(vscodeDir, 'node_modules.asar'),
    'built-in extension dependencies': join(vscodeDir, 'extensions', 'node_modules'),
    'node-pty native module': join(vscodeDir, 'node_modules', 'node-pty', 'build', 'Release', 'pty.node'),
    'kerberos native module': join(vscodeDir, 'node_modules', 'kerberos', 'build', 'Release', 'kerberos.node'),
    'ripgrep binary': join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'),
  };
  return Object.entries(need).filter(([, p]) => !existsSync(p)).map(([what, p]) => `${what} missing: ${p}`);
}

// Runs a long command with no stdin, output to the log file, and a progress line every 15 s so
// a user can see that the 100 s are being spent.
function runLogged(cmd, args, { env, log, label }) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(cmd, args, { cwd: codeServerDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let last = '';
    const remember = (chunk) => {
      out.write(chunk);
      const lines = String(chunk).split('\n').map((l) => l.trim()).filter(Boolean);
      if (lines.length) last = lines[lines.length - 1].slice(0, 110);
    };
    child.stdout.on('data', remember);
    child.stderr.on('data', remember);
    const started = Date.now();
    const timer = setInterval(() => log(`[harness] ${label}: ${Math.round((Date.now() - started) / 1000)} s ... ${last}`), 15000);
    child.on('error', (e) => { clearInterval(timer); out.end(); reject(e); });
    child.on('close', (code) => {
      clearInterval(timer);
      out.end();
      if (code === 0) resolve();
      else reject(new Error(`${label} exited with ${code}; last output: ${last}; see ${logFile}`));
    });
  });
}

// `node test/harness/installCodeServer.mjs` installs ahead of time (e.g. as a CI cache step).
if (import.meta.url === `file://${process.argv[1]}`) {
  ensureCodeServer().then((entry) => console.log(entry), (e) => { console.error(e.message); process.exit(1); });
}
