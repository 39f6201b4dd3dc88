// The one typed reader of Policy Lens settings. Every key here is contributed in package.json
// (a unit test checks both directions); read settings through this, never with string keys
// elsewhere, so types cannot drift from the manifest.
import * as vscode from 'vscode';
import { CLAIM_TYPES, DEFAULT_VERDICTS, ENTITY_TYPES, type ClaimType, type EntityType } from '../core/model';

export const SECTION = 'policyLens';

export interface Settings {
  enable: boolean;
  languages: Record<string, boolean>;
  showEntities: boolean;
  showClaims: boolean;
  entityTypes: EntityType[];
  claimTypes: ClaimType[];
  minScore: number;
  maxSizeKB: number;
  debounceMs: number;
  diagnostics: boolean;
  knowledgeFiles: string[];
  /** Reviewer name for new annotations; empty: git's user.name, then the OS user. */
  reviewer: string;
  verdicts: string[];
  sidecarLocation: 'beside' | 'folder';
  sidecarFolder: string;
}

export const DEFAULT_LANGUAGES: Record<string, boolean> = { plaintext: true, markdown: true, 'policy-text': true };

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    enable: c.get<boolean>('enable', true),
    languages: { ...DEFAULT_LANGUAGES, ...c.get<Record<string, boolean>>('languages', {}) },
    showEntities: c.get<boolean>('entities.show', true),
    showClaims: c.get<boolean>('claims.show', true),
    entityTypes: pick(c.get<string[]>('entities.types', [...ENTITY_TYPES]), ENTITY_TYPES),
    claimTypes: pick(c.get<string[]>('claims.types', CLAIM_TYPES.filter((t) => t !== 'none')), CLAIM_TYPES),
    minScore: clamp(c.get<number>('claims.minScore', 0), 0, 1),
    maxSizeKB: Math.max(1, c.get<number>('analysis.maxSizeKB', 4096)),
    debounceMs: clamp(c.get<number>('analysis.debounceMs', 150), 0, 5000),
    diagnostics: c.get<boolean>('diagnostics.enable', false),
    knowledgeFiles: c.get<string[]>('knowledge.files', ['.policylens/knowledge.json']),
    reviewer: c.get<string>('annotations.reviewer', '').trim(),
    verdicts: verdictList(c.get<string[]>('annotations.verdicts', [...DEFAULT_VERDICTS])),
    sidecarLocation: c.get<string>('annotations.location', 'beside') === 'folder' ? 'folder' : 'beside',
    sidecarFolder: c.get<string>('annotations.folder', '.policylens').trim() || '.policylens',
  };
}

/** Writes a setting where the user most likely means it: the workspace if it sets the key,
 *  otherwise the user settings. */
export async function updateSetting(key: string, value: unknown): Promise<void> {
  const c = vscode.workspace.getConfiguration(SECTION);
  const inspected = c.inspect(key);
  const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await c.update(key, value, target);
}

/** Distinct, non-empty verdicts; an empty list falls back to the defaults. */
function verdictList(values: unknown): string[] {
  const list = Array.isArray(values) ? [...new Set(values.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(Boolean))] : [];
  return list.length ? list : [...DEFAULT_VERDICTS];
}

function pick<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return allowed.filter((t) => values.includes(t));
}

function clamp(x: number, lo: number, hi: number): number {
  return Number.isFinite(x) ? Math.min(hi, Math.max(lo, x)) : lo;
}
