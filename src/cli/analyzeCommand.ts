// `policy-lens analyze FILE [--json] [--format plaintext|markdown] [--max-size BYTES]`
import type { Analysis } from '../core/model';
import { analyze } from '../core/analysis/analyze';
import { formatFor } from '../core/analysis/segment';
import { readInput, DEFAULT_MAX_BYTES, InputError } from './readInput';
import { parseArgs, type CliIO } from './args';
import { analysisToJson, analysisToTable } from './analysisOutput';

export const ANALYZE_HELP = `Usage: policy-lens analyze FILE [--json] [--format plaintext|markdown] [--max-size BYTES]

Finds the entities and claims in a policy text. FILE '-' reads standard input.
  --json              print a JSON document with UTF-16 offsets into the file's text
  --format F          plaintext or markdown (default: from the file extension)
  --max-size BYTES    refuse larger inputs (default ${DEFAULT_MAX_BYTES})
`;

export async function analyzeCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { flags: ['json', 'help'], options: ['format', 'max-size'] });
  if (args.error) return io.fail(args.error);
  if (args.flags.has('help')) {
    io.out(ANALYZE_HELP);
    return 0;
  }
  if (args.positionals.length !== 1) return io.fail('analyze takes exactly one FILE (or - for standard input)');
  const file = args.positionals[0];
  const format = args.options.get('format') ?? (file === '-' ? 'plaintext' : formatFor(file));
  if (format !== 'plaintext' && format !== 'markdown') return io.fail(`unknown --format '${format}' (plaintext or markdown)`);
  const maxSize = args.options.has('max-size') ? Number(args.options.get('max-size')) : DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxSize) || maxSize <= 0) return io.fail('--max-size takes a positive number of bytes');
  let text: string;
  try {
    text = await readInput(file, maxSize, io.stdin);
  } catch (e) {
    if (e instanceof InputError) return io.fail(e.message);
    throw e;
  }
  const analysis: Analysis = analyze(text, { format });
  io.out(args.flags.has('json') ? `${JSON.stringify(analysisToJson(analysis), null, 2)}\n` : analysisToTable(text, analysis));
  return 0;
}
