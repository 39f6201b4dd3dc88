// Says what blocked the extension host during the editor benchmark. Run the benchmark with
// POLICY_LENS_BENCH_PROFILE=<dir>, then:
//   node test/bench/editor/profileStretches.mjs <dir>/typing-on.cpuprofile [stretches to show]
// For each blocked stretch noted beside the profile (longest first), prints the functions on
// the stack during it with their time, outermost callers included.
import { existsSync, readFileSync } from 'node:fs';

const [file, count = '5'] = process.argv.slice(2);
if (!file) throw new Error('usage: profileStretches.mjs <name>.cpuprofile [count]');
const profile = JSON.parse(readFileSync(file, 'utf8'));
const stretchFile = file.replace(/\.cpuprofile$/, '.stretches.json');
if (!existsSync(stretchFile)) throw new Error(`${stretchFile} is missing (written by the benchmark beside the profile)`);
const stretches = JSON.parse(readFileSync(stretchFile, 'utf8'));

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = ({ callFrame: f }) => `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;

// Sample i covers [times[i], times[i] + durations[i]) in the profile's clock (µs).
const times = [];
let t = profile.startTime;
for (const d of profile.timeDeltas) times.push((t += d));
const durations = times.map((x, i) => (times[i + 1] ?? x) - x);

const longest = [...stretches].sort((a, b) => b[1] - b[0] - (a[1] - a[0])).slice(0, Number(count));
for (const [from, to] of longest) {
  const spent = new Map();
  profile.samples.forEach((id, i) => {
    if (times[i] < from || times[i] > to) return;
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const l = label(nodes.get(n));
      if (seen.has(l) || l.startsWith('(root)') || l.startsWith('(idle)')) continue;
      seen.add(l);
      spent.set(l, (spent.get(l) ?? 0) + durations[i] / 1000);
    }
  });
  console.log(`\nblocked ${((to - from) / 1000).toFixed(1)} ms`);
  for (const [l, ms] of [...spent].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${ms.toFixed(0).padStart(5)} ms  ${l}`);
}
