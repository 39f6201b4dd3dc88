// The policy-lens command line: the same core as the extension, behind verbs.
import { VERSION } from '../core/version';

const HELP = `Usage: policy-lens <command> [options]

Commands:
  --version          print the version
  --help             print this help
`;

export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const [verb] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    out(HELP);
    return verb ? 0 : 1;
  }
  if (verb === '--version' || verb === '-v') {
    out(`${VERSION}\n`);
    return 0;
  }
  err(`policy-lens: unknown command '${verb}'. Run 'policy-lens --help'.\n`);
  return 2;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
    process.stderr.write(`policy-lens: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
