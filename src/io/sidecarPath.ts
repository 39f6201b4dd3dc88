// Where an article's sidecar lives: beside it (`report.txt.annotations.json`), or under a
// workspace folder such as `.policylens/`, mirroring the article's path.
import { dirname, basename, join, relative, sep, isAbsolute } from 'node:path';

export const SIDECAR_SUFFIX = '.annotations.json';
export const DEFAULT_SIDECAR_FOLDER = '.policylens';

export interface SidecarLocation {
  mode: 'beside' | 'folder';
  /** Required in folder mode; also used for the `article` field. */
  workspaceRoot?: string;
  /** Folder under the workspace root in folder mode (default `.policylens`). */
  folder?: string;
}

function insideRoot(root: string, path: string): string {
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new Error(`${path} is not inside the workspace folder ${root}`);
  return rel;
}

export function sidecarPathFor(articlePath: string, location: SidecarLocation = { mode: 'beside' }): string {
  if (location.mode === 'beside') return join(dirname(articlePath), basename(articlePath) + SIDECAR_SUFFIX);
  if (!location.workspaceRoot) throw new Error('folder mode needs the workspace folder');
  const rel = insideRoot(location.workspaceRoot, articlePath);
  return join(location.workspaceRoot, location.folder ?? DEFAULT_SIDECAR_FOLDER, rel + SIDECAR_SUFFIX);
}

/** The inverse of sidecarPathFor, for a file watcher; undefined when `sidecarPath` is not a sidecar of that layout. */
export function articlePathFor(sidecarPath: string, location: SidecarLocation = { mode: 'beside' }): string | undefined {
  if (!sidecarPath.endsWith(SIDECAR_SUFFIX)) return undefined;
  const stripped = sidecarPath.slice(0, -SIDECAR_SUFFIX.length);
  if (location.mode === 'beside') return stripped;
  if (!location.workspaceRoot) throw new Error('folder mode needs the workspace folder');
  const folder = join(location.workspaceRoot, location.folder ?? DEFAULT_SIDECAR_FOLDER);
  const rel = relative(folder, stripped);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return join(location.workspaceRoot, rel);
}

/** The `article` field: the path relative to the workspace folder (or the sidecar), with forward slashes. */
export function articleField(articlePath: string, workspaceRoot: string | undefined): string {
  const rel = workspaceRoot ? relative(workspaceRoot, articlePath) : basename(articlePath);
  return (rel.startsWith('..') || isAbsolute(rel) ? basename(articlePath) : rel).split(sep).join('/');
}
