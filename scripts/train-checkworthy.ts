// Trains the check-worthiness model: `npm run train`.
//
// Logistic regression (AdaGrad SGD, L2) over the hashed features of
// src/core/analysis/claims/features.ts, the same extractor the product uses at runtime.
// Hyper-parameters are chosen by 5-fold cross-validation on ClaimBuster crowdsourced.tsv; the final
// model is trained on all of crowdsourced.tsv minus any sentence that also occurs in
// groundtruth.tsv, whose only use is tuning the threshold and reporting precision/recall/F1.
// Deterministic: fixed seed, fixed epochs, no wall-clock input.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFeatureBuffer, extractFeatures, FEATURE_BITS } from '../src/core/analysis/claims/features';
import { decodeWeights, type CheckworthyModel } from '../src/core/analysis/claims/checkworthiness';

const DATA = process.env.CLAIMBUSTER_DIR ?? join(process.cwd(), '..', 'shared', 'data', 'claimbuster');
const OUT = join(process.cwd(), 'src', 'core', 'analysis', 'claims', 'checkworthy-model.json');
const MAX_BYTES = 290 * 1024;
const SEED = 20240611;
const DIM = 1 << FEATURE_BITS;

interface Row {
  text: string;
  yes: boolean;
}

/** The TSVs are loosely quoted and one line of crowdsourced.tsv holds two rows run together. */
function readTsv(path: string): Row[] {
  const rows: Row[] = [];
  const unquote = (s: string) => (s.length > 1 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s);
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue;
    const f = line.split('\t');
    for (let i = 1; i + 1 < f.length; i += 2) {
      const label = /^(Yes|No)/.exec(f[i + 1]);
      if (!label) throw new Error(`${path}: bad label in ${line.slice(0, 80)}`);
      rows.push({ text: unquote(f[i]), yes: label[1] === 'Yes' });
    }
  }
  return rows;
}

interface Data {
  start: Int32Array;
  idx: Int32Array;
  y: Uint8Array;
}

function featurize(rows: Row[]): Data {
  const buf = createFeatureBuffer();
  const start = new Int32Array(rows.length + 1);
  const all: number[] = [];
  rows.forEach((r, i) => {
    const n = extractFeatures(r.text, buf);
    for (let k = 0; k < n; k++) all.push(buf.idx[k]);
    start[i + 1] = all.length;
  });
  return { start, idx: Int32Array.from(all), y: Uint8Array.from(rows, (r) => (r.yes ? 1 : 0)) };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items: number[], rand: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

interface Params {
  lr: number;
  l2: number;
  posWeight: number;
}

interface Weights {
  w: Float64Array;
  bias: number;
}

function logit(d: Data, i: number, m: { w: ArrayLike<number>; bias: number }): number {
  let z = m.bias;
  for (let k = d.start[i]; k < d.start[i + 1]; k++) z += m.w[d.idx[k]];
  return z;
}

/** Trains for max(checkpoints) epochs; calls `at` after each checkpoint epoch. With `keep`,
 *  only those features are learned (the refit after pruning). */
function train(d: Data, rows: number[], p: Params, checkpoints: number[], at: (epochs: number, m: Weights) => void, keep?: Uint8Array): void {
  const rand = mulberry32(SEED);
  const m: Weights = { w: new Float64Array(DIM), bias: 0 };
  const g2 = new Float64Array(DIM);
  let g2b = 0;
  const order = rows.slice();
  const last = Math.max(...checkpoints);
  for (let epoch = 1; epoch <= last; epoch++) {
    shuffle(order, rand);
    for (const i of order) {
      const y = d.y[i];
      const err = (1 / (1 + Math.exp(-logit(d, i, m))) - y) * (y ? p.posWeight : 1);
      for (let k = d.start[i]; k < d.start[i + 1]; k++) {
        const j = d.idx[k];
        if (keep && !keep[j]) continue;
        const g = err + p.l2 * m.w[j];
        g2[j] += g * g;
        m.w[j] -= (p.lr * g) / Math.sqrt(g2[j] + 1e-8);
      }
      g2b += err * err;
      m.bias -= (p.lr * err) / Math.sqrt(g2b + 1e-8);
    }
    if (checkpoints.includes(epoch)) at(epoch, m);
  }
}

interface Metrics {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

function metricsAt(prob: number[], y: ArrayLike<number>, threshold: number): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  prob.forEach((p, i) => {
    if (p >= threshold) {
      if (y[i]) tp++;
      else fp++;
    } else if (y[i]) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { threshold, precision, recall, f1 };
}

/** Threshold (rounded to 0.01, so the choice is stable) with the best F1. */
function bestThreshold(prob: number[], y: ArrayLike<number>): Metrics {
  let best = metricsAt(prob, y, 0.5);
  for (let t = 0.05; t < 0.951; t += 0.01) {
    const m = metricsAt(prob, y, Math.round(t * 100) / 100);
    if (m.f1 > best.f1) best = m;
  }
  return best;
}

function probs(d: Data, rows: number[], m: { w: ArrayLike<number>; bias: number }): number[] {
  return rows.map((i) => 1 / (1 + Math.exp(-logit(d, i, m))));
}

function prune(m: Weights, keep: number, scale: number, threshold: number): CheckworthyModel {
  const nz: number[] = [];
  for (let j = 0; j < DIM; j++) if (Math.round(m.w[j] * scale) !== 0) nz.push(j);
  nz.sort((a, b) => Math.abs(m.w[b]) - Math.abs(m.w[a]) || a - b);
  const kept = nz.slice(0, keep).sort((a, b) => a - b);
  const index: number[] = [];
  const weight: number[] = [];
  let prev = 0;
  for (const j of kept) {
    index.push(j - prev);
    weight.push(Math.round(m.w[j] * scale));
    prev = j;
  }
  return { bits: FEATURE_BITS, bias: Math.round(m.bias * 1e4) / 1e4, scale, index, weight, threshold };
}

const fmt = (m: Metrics) => `P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)} @ ${m.threshold.toFixed(2)}`;

function main(): void {
  const ground = readTsv(join(DATA, 'groundtruth.tsv'));
  const key = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const groundTexts = new Set(ground.map((r) => key(r.text)));
  const crowdAll = readTsv(join(DATA, 'crowdsourced.tsv'));
  const crowd = crowdAll.filter((r) => !groundTexts.has(key(r.text)));
  console.log(`crowdsourced: ${crowd.length} rows (${crowdAll.length - crowd.length} dropped: also in groundtruth), ${crowd.filter((r) => r.yes).length} Yes`);
  console.log(`groundtruth:  ${ground.length} rows, ${ground.filter((r) => r.yes).length} Yes`);

  const dc = featurize(crowd);
  const dg = featurize(ground);
  const all = crowd.map((_, i) => i);
  const split = all.slice();
  shuffle(split, mulberry32(SEED));

  // Model selection by 5-fold cross-validation on crowdsourced rows only.
  const FOLDS = 5;
  const checkpoints = [2, 4, 8, 12];
  const results = new Map<string, { params: Params; epochs: number; f1: number; threshold: number }>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const heldOut = split.filter((_, k) => k % FOLDS === fold);
    const fit = split.filter((_, k) => k % FOLDS !== fold);
    const yHeld = heldOut.map((i) => dc.y[i]);
    for (const lr of [0.05, 0.2]) {
      for (const l2 of [0, 1e-4, 1e-3]) {
        for (const posWeight of [1, 2]) {
          const params = { lr, l2, posWeight };
          train(dc, fit, params, checkpoints, (epochs, m) => {
            const held = bestThreshold(probs(dc, heldOut, m), yHeld);
            const key = JSON.stringify({ ...params, epochs });
            const r = results.get(key) ?? { params, epochs, f1: 0, threshold: 0 };
            r.f1 += held.f1 / FOLDS;
            r.threshold += held.threshold / FOLDS;
            results.set(key, r);
          });
        }
      }
    }
  }
  const chosen = [...results.values()].reduce((a, b) => (b.f1 > a.f1 ? b : a));
  chosen.threshold = Math.round(chosen.threshold * 100) / 100;
  console.log(`chosen by ${FOLDS}-fold CV on crowdsourced: ${JSON.stringify(chosen.params)}, ${chosen.epochs} epochs, mean F1 ${chosen.f1.toFixed(3)} @ ~${chosen.threshold}`);

  let full: Weights | undefined;
  train(dc, all, chosen.params, [chosen.epochs], (_e, m) => (full = { w: Float64Array.from(m.w), bias: m.bias }));
  const yGround = Array.from(dg.y);
  const groundRows = ground.map((_, i) => i);
  const pg = probs(dg, groundRows, full!);
  console.log(`groundtruth, full model:    ${fmt(bestThreshold(pg, yGround))} (tuned) | ${fmt(metricsAt(pg, yGround, chosen.threshold))} (CV threshold) | ${fmt(metricsAt(pg, yGround, 0.5))}`);

  // Largest pruned model that fits the size budget.
  const scale = 1000;
  let lo = 0;
  let hi = DIM;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (JSON.stringify(prune(full!, mid, scale, 0.5)).length <= MAX_BYTES) lo = mid;
    else hi = mid - 1;
  }
  // Refit on the surviving features, so they absorb what the dropped ones carried.
  const keep = new Uint8Array(DIM);
  let at = 0;
  for (const d of prune(full!, lo, scale, 0.5).index) keep[(at += d)] = 1;
  let refit: Weights | undefined;
  train(dc, all, chosen.params, [chosen.epochs], (_e, m) => (refit = { w: Float64Array.from(m.w), bias: m.bias }), keep);
  const pruned = prune(refit!, lo, scale, 0.5);
  const pp = probs(dg, groundRows, { w: decodeWeights(pruned), bias: pruned.bias });
  const tuned = bestThreshold(pp, yGround);
  const model = { ...pruned, threshold: tuned.threshold };
  const about = {
    about: 'Check-worthiness weights for Policy Lens. Trained on ClaimBuster crowdsourced.tsv (Arslan, Hassan, Li, Tremayne, ICWSM 2020; UT Arlington IDIR Lab; CC BY 4.0, doi:10.5281/zenodo.3609356). Rebuild with npm run train.',
    params: { ...chosen.params, epochs: chosen.epochs, seed: SEED },
    groundtruth: { precision: round3(tuned.precision), recall: round3(tuned.recall), f1: round3(tuned.f1), threshold: tuned.threshold },
  };
  const json = JSON.stringify({ ...about, ...model });
  writeFileSync(OUT, json + '\n');
  console.log(`groundtruth, pruned model:  ${fmt(tuned)} (tuned) | ${fmt(metricsAt(pp, yGround, chosen.threshold))} (CV threshold)`);
  console.log(`wrote ${OUT}: ${lo} weights, ${(json.length / 1024).toFixed(1)} KB`);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

main();
