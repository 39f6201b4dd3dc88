// Assembles a benchmark text of about `bytes` from ../shared/corpus, the same way every run.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function repoRoot(): string {
  // dist-test/bench/x.js → repo root
  return resolve(__dirname, '..', '..');
}

export function corpusDir(): string {
  const dir = resolve(repoRoot(), '..', 'shared', 'corpus');
  if (!existsSync(dir)) throw new Error(`The benchmark needs the shared corpus at ${dir} (clone the repository beside ../shared).`);
  return dir;
}

export function corpusText(bytes = 1024 * 1024): string {
  const dir = corpusDir();
  const files: string[] = [];
  for (const sub of ['crs-reports', 'sotu-speeches']) {
    for (const f of readdirSync(join(dir, sub)).sort()) if (f.endsWith('.txt')) files.push(join(dir, sub, f));
  }
  // Interleave the two collections so the text mixes both styles.
  const crs = files.filter((f) => f.includes('crs-reports'));
  const sotu = files.filter((f) => f.includes('sotu-speeches'));
  const order: string[] = [];
  for (let i = 0; i < Math.max(crs.length, sotu.length); i++) {
    if (crs[i]) order.push(crs[i]);
    if (sotu[i]) order.push(sotu[i]);
  }
  let text = '';
  for (const f of order) {
    if (text.length >= bytes) break;
    text += readFileSync(f, 'utf8') + '\n';
  }
  return text.slice(0, bytes);
}
