// What the extension-host half of the editor benchmark measures, and how the driver turns it
// into the printed table. Shared by both halves so the JSON between them cannot drift.
export const BENCH_TAG = 'POLICY_LENS_BENCH_EDITOR';

export const TARGET_FIRST_HIGHLIGHTS_MS = 300;
export const TARGET_STRETCH_MS = 50;

export interface OpenFigures {
  chars: number;
  lines: number;
  /** All times from the `vscode.open` command: when the extension host saw the document, and
   *  an editor showing it. */
  openedMs: number;
  shownMs: number;
  /** The visible-range (partial) analysis event, when there was one. */
  partialMs?: number;
  firstPaintMs: number;
  fullMs: number;
  /** Longest event-loop stretch from opening to the full analysis. */
  maxStretchMs: number;
  painted: number;
  mentions: number;
  claims: number;
}

export interface TypingFigures {
  chars: number;
  typedMs: number;
  /** Until the analysis of the final text was done (or typing ended, when disabled). */
  settledMs: number;
  /** Longest gap between 1 ms interval ticks: the longest stretch the event loop was blocked. */
  maxStretchMs: number;
  p99StretchMs: number;
  stretchesOver50: number;
  /** perf_hooks.monitorEventLoopDelay (resolution 1 ms). */
  loopDelayMaxMs: number;
  loopDelayP99Ms: number;
  editRoundTripMedianMs: number;
  /** Analysis updates (partial or full) for the document while typing and settling. */
  analyses: number;
}

export interface HostFigures {
  vscode: string;
  activationMs: number;
  opens: OpenFigures[];
  /** The same kind of document opened with Policy Lens off (after the rest: warmer). */
  baselineOpens: { openedMs: number; shownMs: number }[];
  withLens: TypingFigures;
  baseline: TypingFigures;
  sentence: string;
  charMs: number;
  wordPauseMs: number;
}

const ms = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(0));
const ms1 = (x: number) => x.toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Rows for the benchmark table: label → figure. */
export function figureRows(f: HostFigures): Record<string, string> {
  const first = f.opens[0];
  const opens = f.opens.map((o) => o.firstPaintMs);
  const firstMedian = median(opens);
  const { withLens: on, baseline: off } = f;
  const firstOk = firstMedian <= TARGET_FIRST_HIGHLIGHTS_MS;
  const stretchOk = on.maxStretchMs <= TARGET_STRETCH_MS;
  return {
    'VS Code (code-server)': f.vscode,
    document: `${(first.chars / 1024 / 1024).toFixed(2)} MB, ${first.lines} lines, ${first.mentions} mentions, ${first.claims} claims`,
    'activation (ms)': ms(f.activationMs),
    'open → editor shown in the extension host (ms)': `${f.opens.map((o) => ms(o.shownMs)).join(', ')}`,
    '  the same with Policy Lens off (ms)': f.baselineOpens.map((o) => ms(o.shownMs)).join(', ') || '–',
    'open → visible-range analysis (ms)': f.opens.map((o) => ms(o.partialMs)).join(', '),
    'open → first visible highlights (ms)': `${opens.map(ms).join(', ')}; median ${ms(median(opens))}`,
    'editor shown → first visible highlights (ms)': f.opens.map((o) => ms(o.firstPaintMs - o.shownMs)).join(', '),
    'open → full analysis, each open (ms)': f.opens.map((o) => ms(o.fullMs)).join(', '),
    'longest stretch while opening, each open (ms)': f.opens.map((o) => ms1(o.maxStretchMs)).join(', '),
    'ranges painted (visible ± 150 lines)': String(first.painted),
    typing: `${on.chars} chars, ${f.charMs} ms apart, +${f.wordPauseMs} ms after each word`,
    'longest stretch, on / off (ms)': `${ms1(on.maxStretchMs)} / ${ms1(off.maxStretchMs)}`,
    'longest stretch ratio on/off (×)': (on.maxStretchMs / Math.max(1, off.maxStretchMs)).toFixed(2),
    'p99 stretch, on / off (ms)': `${ms1(on.p99StretchMs)} / ${ms1(off.p99StretchMs)}`,
    'stretches over 50 ms, on / off': `${on.stretchesOver50} / ${off.stretchesOver50}`,
    'loop-delay histogram max / p99, on (ms)': `${ms1(on.loopDelayMaxMs)} / ${ms1(on.loopDelayP99Ms)}`,
    'loop-delay histogram max / p99, off (ms)': `${ms1(off.loopDelayMaxMs)} / ${ms1(off.loopDelayP99Ms)}`,
    'edit round trip median, on / off (ms)': `${ms1(on.editRoundTripMedianMs)} / ${ms1(off.editRoundTripMedianMs)}`,
    're-analyses while typing': String(on.analyses),
    'typed / settled after (ms)': `${ms(on.typedMs)} / ${ms(on.settledMs)}`,
    [`target: first highlights ≤ ${TARGET_FIRST_HIGHLIGHTS_MS} ms`]: `${firstOk ? 'met' : 'MISSED'} (median ${ms(firstMedian)} ms, of which Policy Lens after the editor showed: ${ms(median(f.opens.map((o) => o.firstPaintMs - o.shownMs)))} ms)`,
    [`target: no stretch over ${TARGET_STRETCH_MS} ms`]: `${stretchOk ? 'met' : 'MISSED'} (longest ${ms1(on.maxStretchMs)} ms; with Policy Lens off ${ms1(off.maxStretchMs)} ms)`,
  };
}
