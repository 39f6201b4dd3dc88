// Who is annotating: the policyLens.annotations.reviewer setting, else git's user.name (as
// reviewers are usually committing the sidecar too), else the OS user name.
import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import { readSettings } from './settings';

const GIT_TIMEOUT_MS = 1500;

function gitUserName(cwd: string | undefined): Promise<string | undefined> {
  return new Promise((resolve) => {
    try {
      execFile('git', ['config', 'user.name'], { cwd, timeout: GIT_TIMEOUT_MS, windowsHide: true }, (err, stdout) => {
        resolve(err ? undefined : stdout.trim() || undefined);
      });
    } catch {
      resolve(undefined); // no git on the PATH
    }
  });
}

function osUserName(): string {
  try {
    return userInfo().username || 'reviewer';
  } catch {
    return 'reviewer';
  }
}

/** Remembers the git/OS fallback; the setting is read every time so a change applies at once. */
export class ReviewerName {
  private fallback: Promise<string> | undefined;

  constructor(private readonly cwd: () => string | undefined) {}

  async get(): Promise<string> {
    const configured = readSettings().reviewer;
    if (configured) return configured;
    this.fallback ??= gitUserName(this.cwd()).then((name) => name ?? osUserName());
    return this.fallback;
  }
}
