// Turns the bytes of a sidecar file into a Sidecar, or into an error a person can act on.
import type { Sidecar } from '../model';
import { findJsonSyntaxError } from './jsonSyntaxError';
import { validateSidecar } from './validateSidecar';

export const SIDECAR_VERSION = 1;

export interface SidecarError {
  kind: 'json' | 'schema' | 'version';
  /** One line naming the problem and where it is (line/column or JSON path). */
  message: string;
  /** JSON path of the offending value (schema errors). */
  path?: string;
  /** 1-based line and column (JSON syntax errors). */
  line?: number;
  column?: number;
}

export type ParseResult =
  | { ok: true; sidecar: Sidecar; /** Set when the file had an older version: back it up before writing. */ migrated?: { fromVersion: number } }
  | { ok: false; error: SidecarError };

/** Upgrades a parsed file of version `n` to version `n + 1`. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

export interface ParseOptions {
  /** Keyed by the version they upgrade from. Version 1 is the first format, so none ship yet. */
  migrations?: Readonly<Record<number, Migration>>;
}

export function parseSidecar(text: string, options: ParseOptions = {}): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a BOM left by a hand edit
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return { ok: false, error: jsonError(body, e) };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: { kind: 'schema', path: '$', message: 'the file must contain a JSON object' } };
  }
  const migrated = migrate(data as Record<string, unknown>, options.migrations ?? {});
  if ('error' in migrated) return { ok: false, error: migrated.error };
  const problem = validateSidecar(migrated.data);
  if (problem) return { ok: false, error: { kind: 'schema', path: problem.path, message: `${problem.path} ${problem.message}` } };
  const sidecar = migrated.data as unknown as Sidecar;
  return migrated.fromVersion === undefined ? { ok: true, sidecar } : { ok: true, sidecar, migrated: { fromVersion: migrated.fromVersion } };
}

function migrate(
  data: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>>,
): { data: Record<string, unknown>; fromVersion?: number } | { error: SidecarError } {
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { data }; // the schema check names it
  if (version > SIDECAR_VERSION) {
    return {
      error: {
        kind: 'version',
        path: '$.version',
        message: `format version ${version} is newer than this Policy Lens understands (${SIDECAR_VERSION}): update the extension`,
      },
    };
  }
  let current = data;
  for (let v = version; v < SIDECAR_VERSION; v++) {
    const step = migrations[v];
    if (!step) return { error: { kind: 'version', path: '$.version', message: `format version ${version} is not one Policy Lens can read or upgrade` } };
    current = step(current);
  }
  return version < SIDECAR_VERSION ? { data: current, fromVersion: version } : { data };
}

function jsonError(text: string, e: unknown): SidecarError {
  const found = findJsonSyntaxError(text);
  if (!found) return { kind: 'json', message: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` };
  const { line, column, problem } = found;
  return { kind: 'json', line, column, message: `invalid JSON at line ${line}, column ${column}: ${problem}` };
}
