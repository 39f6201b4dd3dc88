// `policy-lens check FILE...`: validates sidecars and re-anchors them against their articles,
// one summary line per file; exits 1 on an invalid sidecar, a missing article or an orphan,
// so a team can run it in CI.
import { anchorAll, textHash } from '../core/annotations';
import type { AnchorState } from '../core/model';
import { loadSidecar } from '../io/loadReview';
import { SIDECAR_SUFFIX, articlePathFor, sidecarPathFor } from '../io/sidecarPath';
import { parseArgs, type CliIO } from './args';
import { readInput, InputError } from './readInput';

export const CHECK_HELP = `Usage: policy-lens check FILE...

Validates the annotation sidecars of the given articles (or the given sidecar files) and
re-anchors each against its article. Prints one line per file; exits 1 when a sidecar is
invalid, its article is missing, or an annotation cannot be placed (an orphan).
`;

const quoteOf = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 59)}…` : s);

export async function checkCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { flags: ['help'], options: [] });
  if (args.error) return io.fail(args.error);
  if (args.flags.has('help')) {
    io.out(CHECK_HELP);
    return 0;
  }
  if (!args.positionals.length) return io.fail('check takes one or more FILEs (articles or their .annotations.json sidecars)');
  let failed = false;
  const seen = new Set<string>();
  for (const file of args.positionals) {
    const isSidecar = file.endsWith(SIDECAR_SUFFIX);
    const sidecarPath = isSidecar ? file : sidecarPathFor(file);
    const articlePath = isSidecar ? articlePathFor(file)! : file;
    if (seen.has(sidecarPath)) continue;
    seen.add(sidecarPath);
    const loaded = await loadSidecar(sidecarPath);
    if (loaded.status === 'missing') {
      if (isSidecar) {
        io.out(`${file}: error: no such file\n`);
        failed = true;
      } else {
        io.out(`${file}: no annotations (no sidecar)\n`);
      }
      continue;
    }
    if (loaded.status === 'invalid') {
      io.out(`${sidecarPath}: invalid: ${loaded.problem}\n`);
      failed = true;
      continue;
    }
    let text: string;
    try {
      text = await readInput(articlePath);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.out(`${sidecarPath}: error: article ${e.message}\n`);
      failed = true;
      continue;
    }
    const { sidecar } = loaded;
    const anchored = anchorAll(text, sidecar.annotations);
    const counts: Record<AnchorState, number> = { exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
    for (const a of anchored) counts[a.state]++;
    const changed = sidecar.textHash === textHash(text) ? '' : ' (article changed since the sidecar was saved)';
    const n = anchored.length;
    io.out(`${articlePath}: ${n} annotation${n === 1 ? '' : 's'}: ${counts.exact} exact, ${counts.moved} moved, ${counts.fuzzy} fuzzy, ${counts.orphan} orphaned${changed}\n`);
    for (const a of anchored) if (a.state === 'orphan') io.out(`  orphan ${a.annotation.id} ${quoteOf(a.annotation.target.quote.exact)}\n`);
    if (counts.orphan) failed = true;
  }
  return failed ? 1 : 0;
}
