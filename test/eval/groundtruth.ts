// Reads ClaimBuster's groundtruth.tsv: `Sentence_id <TAB> Text <TAB> class_label` (Yes/No), CRLF.
// Fields are separated by tabs, but about 450 texts are CSV-style wrapped in quotes with inner
// quotes doubled; a CSV parser would misread them, so split on tabs and unwrap only well-formed
// wrapping (a text that merely starts and ends with a quote stays as it is).
export interface LabelledSentence {
  id: string;
  text: string;
  checkworthy: boolean;
}

export function unwrapQuoted(field: string): string {
  if (field.length < 2 || !field.startsWith('"') || !field.endsWith('"')) return field;
  const inner = field.slice(1, -1);
  return /^(?:[^"]|"")*$/.test(inner) ? inner.replace(/""/g, '"') : field;
}

export function parseGroundtruth(tsv: string): { rows: LabelledSentence[]; skipped: number } {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim());
  const rows: LabelledSentence[] = [];
  let skipped = 0;
  for (const line of lines.slice(1)) {
    const fields = line.split('\t');
    const label = fields[fields.length - 1].trim();
    if (fields.length < 3 || (label !== 'Yes' && label !== 'No')) {
      skipped++;
      continue;
    }
    rows.push({ id: fields[0], text: unwrapQuoted(fields.slice(1, -1).join('\t')), checkworthy: label === 'Yes' });
  }
  return { rows, skipped };
}
