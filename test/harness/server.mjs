// Starts code-server on a free loopback port in its own process group, with its state, temp
// and XDG folders inside a per-run folder, and guarantees the whole group is killed.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync, createWriteStream, readFileSync, existsSync, readdirSync, statSync, lstatSync, rmSync, realpathSync, symlinkSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { get } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureCodeServer } from './installCodeServer.mjs';
import { runsDir } from './paths.mjs';

const live = new Set();

function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

// A disconnected extension host waits hours to reconnect, so nothing may outlive us.
process.on('exit', () => { for (const pid of live) killGroup(pid); });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    for (const pid of live) killGroup(pid);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// Keeps prompts and network lookups out of the workbench (and its screenshots), e.g. the
// "A git repository was found in the parent folders" toast when the clone is opened.
const quietSettings = {
  'git.openRepositoryInParentFolders': 'never',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
};

/**
 * Creates .vscode-test/runs/<name>-<id>/ with the folders a run writes to, and prunes old runs.
 * Its tmp/ must stay short: Chromium and VS Code put Unix sockets there, and a socket path
 * over 107 bytes aborts Chromium ("Socket path too long"). In a deep clone, tmp/ is a symlink
 * to a short folder in the system temp dir.
 */
export function makeRunDir(name) {
  pruneRuns(8);
  const dir = join(runsDir, `${name}-${Date.now().toString(36)}`);
  for (const sub of ['user-data', 'extensions', 'config', 'data', 'cache']) mkdirSync(join(dir, sub), { recursive: true });
  mkdirSync(join(dir, 'user-data', 'User'), { recursive: true });
  writeFileSync(join(dir, 'user-data', 'User', 'settings.json'), JSON.stringify(quietSettings, null, 2));
  const tmp = join(dir, 'tmp');
  if (tmp.length <= 50) mkdirSync(tmp);
  else symlinkSync(mkdtempSync(join(tmpdir(), 'pl-')), tmp);
  return dir;
}

/** The real (short) path of a run's temp folder. */
export function runTmp(runDir) {
  return realpathSync(join(runDir, 'tmp'));
}

function pruneRuns(keep) {
  if (!existsSync(runsDir)) return;
  const old = readdirSync(runsDir).map((n) => join(runsDir, n))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs).slice(keep);
  for (const dir of old) {
    const tmp = join(dir, 'tmp');
    if (existsSync(tmp) && lstatSync(tmp).isSymbolicLink()) rmSync(realpathSync(tmp), { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Starts code-server. `env` reaches the extension host (it inherits the server's environment).
 * Returns { port, origin, runDir, remote(path), stop(), logFile }.
 */
export async function startServer({ name = 'run', runDir, port, extensionsDir, env = {}, log = console.log } = {}) {
  const entry = await ensureCodeServer({ log });
  runDir ??= makeRunDir(name);
  port ??= await freePort();
  const logFile = join(runDir, 'server.log');
  const out = createWriteStream(logFile);
  const child = spawn(process.execPath, [entry,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    '--user-data-dir', join(runDir, 'user-data'),
    '--extensions-dir', extensionsDir ?? join(runDir, 'extensions')], {
    detached: true, // own process group, like setsid
    stdio: ['ignore', 'pipe', 'pipe'],
    env: runEnv(runDir, env),
  });
  live.add(child.pid);
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = null;
  child.on('exit', (code, signal) => { exited = signal ?? code; });

  const stop = async () => {
    killGroup(child.pid);
    live.delete(child.pid);
    if (exited === null) await new Promise((r) => { child.once('exit', r); setTimeout(r, 3000); });
    out.end();
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60000;
  for (;;) {
    if (exited !== null) {
      await stop();
      throw new Error(`code-server exited (${exited}) before answering; see ${logFile}:\n${tail(logFile)}`);
    }
    if (await answers(`${origin}/healthz`)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${origin}/healthz within 60 s; see ${logFile}`);
    }
    await sleep(200);
  }
  return { port, origin, runDir, logFile, stop, remote: (p) => `vscode-remote://127.0.0.1:${port}${p}` };
}

/** Runs code-server's CLI (e.g. --install-extension) with the same isolation. */
export async function codeServerCli(args, { runDir, env = {}, log = console.log }) {
  const entry = await ensureCodeServer({ log });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, '--user-data-dir', join(runDir, 'user-data'), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'], env: runEnv(runDir, env), detached: true,
    });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      killGroup(child.pid);
      if (code === 0) resolve(output);
      else reject(new Error(`code-server ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

function runEnv(runDir, env) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(runDir, 'config'),
    XDG_DATA_HOME: join(runDir, 'data'),
    XDG_CACHE_HOME: join(runDir, 'cache'),
    TMPDIR: runTmp(runDir),
    ...env,
  };
}

function answers(url) {
  return new Promise((resolve) => {
    const req = get(url, (res) => { res.resume(); resolve(res.statusCode === 200); });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => { req.destroy(); resolve(false); });
  });
}

function tail(file) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    return '';
  }
}
