// `policy-lens export FILE --format F [--out PATH] [--with-detections] [--review-url URL] [--verdicts LIST]`
import { analyze } from '../core/analysis/analyze';
import { formatFor } from '../core/analysis/segment';
import { buildExportInput, exportFormat, exportFormats, needsAnalysis } from '../core/export';
import { VERSION } from '../core/version';
import { atomicWriteFile } from '../io/atomicWriteFile';
import { loadSidecarFor } from '../io/loadReview';
import { parseArgs, type CliIO } from './args';
import { readInput, InputError } from './readInput';

export const EXPORT_HELP = `Usage: policy-lens export FILE --format FORMAT [--out PATH] [--with-detections]
                          [--review-url URL] [--verdicts LIST]

Exports the review of an article (FILE), read from its sidecar FILE.annotations.json.
  --format FORMAT     ${exportFormats.map((f) => f.id).join(' | ')}
${exportFormats.map((f) => `                        ${f.id.padEnd(12)} ${f.description}`).join('\n')}
  --out PATH          write to PATH instead of standard output
  --with-detections   add the machine's unreviewed claims and entities (csv, brat) or the analysis (json)
  --review-url URL    where the review is published (ClaimReview url)
  --verdicts LIST     the verdict list, best first, comma-separated (ClaimReview ratings)
`;

export const GENERATOR = { name: 'Policy Lens', version: VERSION };

export async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { flags: ['help', 'with-detections'], options: ['format', 'out', 'review-url', 'verdicts'] });
  if (args.error) return io.fail(args.error);
  if (args.flags.has('help')) {
    io.out(EXPORT_HELP);
    return 0;
  }
  if (args.positionals.length !== 1) return io.fail('export takes exactly one FILE (the article)');
  const formatId = args.options.get('format');
  if (!formatId) return io.fail(`export needs --format (${exportFormats.map((f) => f.id).join(', ')})`);
  const format = exportFormat(formatId);
  if (!format) return io.fail(`unknown --format '${formatId}' (${exportFormats.map((f) => f.id).join(', ')})`);
  const verdicts = args.options.get('verdicts')?.split(',').map((v) => v.trim()).filter((v) => v);
  if (verdicts && !verdicts.length) return io.fail('--verdicts needs at least one verdict');
  const file = args.positionals[0]!;
  if (file === '-') return io.fail('export needs an article file (its sidecar is found beside it), not standard input');

  let text: string;
  try {
    text = await readInput(file);
  } catch (e) {
    if (e instanceof InputError) return io.fail(e.message);
    throw e;
  }
  const loaded = await loadSidecarFor(file);
  if (loaded.status === 'missing') {
    io.err(`policy-lens: ${file} has no annotations yet (no sidecar at ${loaded.path})\n`);
    return 1;
  }
  if (loaded.status === 'invalid') {
    io.err(`policy-lens: ${loaded.path}: invalid sidecar: ${loaded.problem}\n`);
    return 1;
  }
  const includeDetections = args.flags.has('with-detections');
  const input = buildExportInput({
    articleText: text,
    sidecar: loaded.sidecar,
    ...(needsAnalysis(format, includeDetections) ? { analysis: analyze(text, { format: formatFor(file) }) } : {}),
    ...(verdicts ? { verdicts } : {}),
    generator: GENERATOR,
    includeDetections,
    ...(args.options.has('review-url') ? { reviewUrl: args.options.get('review-url') } : {}),
  });
  const output = format.render(input);
  const out = args.options.get('out');
  if (out === undefined) {
    io.out(output);
  } else {
    await atomicWriteFile(out, output);
    io.err(`wrote ${out} (${format.label}, ${input.anchored.length} annotations)\n`);
  }
  return 0;
}
