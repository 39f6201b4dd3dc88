// Finds and reads an article's sidecar from disk, for the CLI and workspace-wide exports.
import type { Sidecar } from '../core/model';
import { readSidecarFile } from './sidecarFile';
import { sidecarPathFor, type SidecarLocation } from './sidecarPath';

export type LoadedSidecar =
  | { status: 'ok'; path: string; sidecar: Sidecar }
  | { status: 'missing'; path: string }
  /** `problem`: one line naming what is wrong and where (line/column or JSON path). */
  | { status: 'invalid'; path: string; problem: string };

export async function loadSidecarFor(articlePath: string, location?: SidecarLocation): Promise<LoadedSidecar> {
  return loadSidecar(sidecarPathFor(articlePath, location));
}

export async function loadSidecar(path: string): Promise<LoadedSidecar> {
  const read = await readSidecarFile(path);
  if (!read.exists) return { status: 'missing', path };
  if (!read.ok) return { status: 'invalid', path, problem: read.error.message };
  return { status: 'ok', path, sidecar: read.sidecar };
}
