// Reading and writing sidecar files without ever losing what is on disk: refuse to overwrite
// a file that does not parse, skip writes that change nothing, notice when the file changed
// since it was read, back up an older format before upgrading it.
import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import type { Sidecar } from '../core/model';
import { parseSidecar, type ParseResult, type SidecarError } from '../core/annotations/parseSidecar';
import { serializeSidecar } from '../core/annotations/serializeSidecar';
import { atomicWriteFile } from './atomicWriteFile';
import { articleField, sidecarPathFor, type SidecarLocation } from './sidecarPath';

export type ReadResult = { exists: false } | ({ exists: true; raw: string } & ParseResult);

export async function readSidecarFile(path: string): Promise<ReadResult> {
  let raw: string;
  try {
    raw = await fs.readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false };
    throw e;
  }
  return { exists: true, raw, ...parseSidecar(raw) };
}

export type WriteResult =
  | { status: 'written'; raw: string; backup?: string }
  | { status: 'unchanged'; raw: string }
  /** The file is not what the caller last read (`expectedRaw`): merge with `current`, then retry. */
  | { status: 'changed-on-disk'; currentRaw: string | undefined; current?: Sidecar }
  /** The file on disk is broken or from a newer version: it was left untouched. */
  | { status: 'refused'; error: SidecarError };

export interface WriteOptions {
  /**
   * The content last read from disk (undefined: the file did not exist). When given and the
   * file now differs, nothing is written. Omit to write regardless of concurrent changes.
   */
  expectedRaw?: string | undefined;
}

export async function writeSidecarFile(path: string, sidecar: Sidecar, options: WriteOptions = {}): Promise<WriteResult> {
  const raw = serializeSidecar(sidecar);
  const current = await readSidecarFile(path);
  const currentRaw = current.exists ? current.raw : undefined;
  if ('expectedRaw' in options && options.expectedRaw !== currentRaw) {
    return { status: 'changed-on-disk', currentRaw, current: current.exists && current.ok ? current.sidecar : undefined };
  }
  if (current.exists && !current.ok) return { status: 'refused', error: current.error };
  if (currentRaw === raw) return { status: 'unchanged', raw };
  let backup: string | undefined;
  if (current.exists && current.migrated) {
    backup = `${path}.v${current.migrated.fromVersion}.bak`;
    await atomicWriteFile(backup, current.raw);
  }
  await fs.mkdir(dirname(path), { recursive: true });
  await atomicWriteFile(path, raw);
  return backup ? { status: 'written', raw, backup } : { status: 'written', raw };
}

/**
 * Moves an article's sidecar along with the article. A valid sidecar gets its `article`
 * field updated; a broken one is moved byte for byte. Never overwrites an existing sidecar
 * at the destination. Returns the new path, or undefined when there was nothing to move.
 */
export async function moveSidecarFor(oldArticle: string, newArticle: string, location: SidecarLocation = { mode: 'beside' }): Promise<string | undefined> {
  const from = sidecarPathFor(oldArticle, location);
  const to = sidecarPathFor(newArticle, location);
  const read = await readSidecarFile(from);
  if (!read.exists || from === to) return undefined;
  if (await fs.stat(to).then(() => true, () => false)) throw new Error(`cannot move ${from}: ${to} already exists`);
  await fs.mkdir(dirname(to), { recursive: true });
  if (read.ok) {
    await atomicWriteFile(to, serializeSidecar({ ...read.sidecar, article: articleField(newArticle, location.workspaceRoot) }));
    await fs.rm(from);
  } else {
    await fs.rename(from, to);
  }
  return to;
}
