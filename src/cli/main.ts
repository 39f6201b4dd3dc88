// The policy-lens command line: the same core as the extension, behind verbs.
import { VERSION } from '../core/version';
import { analyzeCommand } from './analyzeCommand';
import { checkCommand } from './checkCommand';
import { exportCommand } from './exportCommand';
import type { CliIO } from './args';

type Verb = (argv: string[], io: CliIO) => Promise<number>;

const VERBS: Record<string, { run: Verb; summary: string }> = {
  analyze: { run: analyzeCommand, summary: 'analyze FILE [--json]   entities and claims of a policy text' },
  export: { run: exportCommand, summary: 'export FILE --format F  the review as csv, json, w3c, claimreview, brat, md or html' },
  check: { run: checkCommand, summary: 'check FILE...           validate sidecars and re-anchor them (for CI)' },
};

export const HELP = `Usage: policy-lens <command> [options]

Commands:
${Object.values(VERBS).map((v) => `  ${v.summary}`).join('\n')}

Options:
  --version               print the version
  --help                  print this help (or: policy-lens <command> --help)
`;

export async function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
  const io: CliIO = { out, err, stdin, fail: (m) => (err(`policy-lens: ${m}\n`), 2) };
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    out(HELP);
    return verb ? 0 : 1;
  }
  if (verb === '--version' || verb === '-v') {
    out(`${VERSION}\n`);
    return 0;
  }
  const v = VERBS[verb];
  if (!v) return io.fail(`unknown command '${verb}'. Run 'policy-lens --help'.`);
  try {
    return await v.run(rest, io);
  } catch (e) {
    err(`policy-lens: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  // exitCode, not exit(): a large report piped to another program must be flushed first.
  main(process.argv.slice(2)).then((code) => (process.exitCode = code), (e) => {
    process.stderr.write(`policy-lens: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
