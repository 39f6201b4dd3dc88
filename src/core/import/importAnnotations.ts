// Reads annotations from a file another reviewer or tool wrote, and places them in the
// article: Policy Lens sidecars and JSON exports as they are, W3C Web Annotation JSON-LD and
// Hypothesis exports through their selectors. Every annotation is anchored like a sidecar's
// (position, then quote, then fuzzy), so the caller can report what landed where.
import type { AnchorState, AnchoredAnnotation, Annotation } from '../model';
import { anchorAll } from '../annotations/anchor';
import { offsetConverter } from '../annotations/codePoints';
import { newAnnotationId, type IdGenerator } from '../annotations/createAnnotation';
import { parseSidecar } from '../annotations/parseSidecar';
import { retarget } from '../annotations/retarget';
import { textHash } from '../annotations/textHash';
import { validateSidecar } from '../annotations/validateSidecar';
import { fromW3cAnnotation, w3cItems } from './fromW3c';

export type ImportFormat = 'policy-lens' | 'w3c';

export interface ImportOptions {
  /** ISO 8601 time for fields the file lacks. */
  now: string;
  /** Creator for annotations that name none. */
  creator?: string;
  idGen?: IdGenerator;
  minScore?: number;
}

export type ImportCounts = Record<AnchorState, number>;

export interface ImportSkip {
  /** Position of the item in the file's list of annotations (0-based). */
  index: number;
  reason: string;
}

export type ImportResult =
  | {
      ok: true;
      format: ImportFormat;
      /** Placed ones carry selectors taken from the article; orphans keep the file's. */
      annotations: Annotation[];
      anchored: AnchoredAnnotation[];
      counts: ImportCounts;
      skipped: ImportSkip[];
    }
  | { ok: false; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A sidecar, or the JSON export that wraps one. */
function nativeSidecar(data: unknown): unknown {
  if (!isObject(data)) return undefined;
  if (isObject(data.sidecar) && 'anchoring' in data) return data.sidecar;
  return 'textHash' in data && 'version' in data ? data : undefined;
}

/** Problems the sidecar format would refuse: caught here so an import never makes a file it cannot read. */
function invalidReason(a: Annotation): string | undefined {
  const problem = validateSidecar({ version: 1, article: 'import', textHash: textHash(''), annotations: [a] });
  return problem && `${problem.path.replace('$.annotations[0]', 'annotation')} ${problem.message}`;
}

export function importAnnotations(raw: string, articleText: string, options: ImportOptions): ImportResult {
  const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return { ok: false, error: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  let format: ImportFormat;
  let candidates: Annotation[];
  const skipped: ImportSkip[] = [];
  const native = nativeSidecar(data);
  if (native) {
    const parsed = parseSidecar(JSON.stringify(native));
    if (!parsed.ok) return { ok: false, error: `not a valid Policy Lens sidecar: ${parsed.error.message}` };
    format = 'policy-lens';
    candidates = parsed.sidecar.annotations;
  } else {
    format = 'w3c';
    const ctx = {
      text: articleText,
      cp: offsetConverter(articleText),
      now: options.now,
      creator: options.creator ?? 'unknown',
      newId: options.idGen ?? newAnnotationId,
    };
    candidates = [];
    const ids = new Set<string>();
    w3cItems(data).forEach((item, index) => {
      const r = fromW3cAnnotation(item, ctx);
      if (!r.ok) return void skipped.push({ index, reason: r.reason });
      const a = ids.has(r.annotation.id) ? { ...r.annotation, id: ctx.newId() } : r.annotation;
      const reason = invalidReason(a);
      if (reason) return void skipped.push({ index, reason });
      ids.add(a.id);
      candidates.push(a);
    });
    if (!candidates.length && !skipped.length) return { ok: false, error: 'no annotations found (expected a W3C Web Annotation, a collection of them, or a Policy Lens sidecar)' };
  }
  const anchored = anchorAll(articleText, candidates, options.minScore === undefined ? {} : { minScore: options.minScore });
  const counts: ImportCounts = { exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
  for (const a of anchored) counts[a.state]++;
  const annotations = anchored.map((a) => (a.range ? retarget(a.annotation, articleText, a.range, options.now) : a.annotation));
  return { ok: true, format, annotations, anchored: anchored.map((a, i) => ({ ...a, annotation: annotations[i]! })), counts, skipped };
}

/** One line for a notification or the terminal: "12 annotations: 10 placed exactly, 1 fuzzily, 1 orphaned; 2 skipped". */
export function describeImport(counts: ImportCounts, skipped = 0): string {
  const total = counts.exact + counts.moved + counts.fuzzy + counts.orphan;
  const parts = [`${counts.exact + counts.moved} placed exactly`, `${counts.fuzzy} fuzzily`, `${counts.orphan} orphaned`];
  return `${total} annotation${total === 1 ? '' : 's'}: ${parts.join(', ')}${skipped ? `; ${skipped} skipped` : ''}`;
}
