// The native model as one JSON document: the sidecar exactly as stored, where each annotation
// sits in the current text (UTF-16 offsets, like the sidecar), and the analysis when asked.
import { textHash } from '../annotations/textHash';
import type { ExportInput } from './exportInput';

export function renderJson(input: ExportInput): string {
  const doc = {
    generator: input.generator,
    article: { path: input.articlePath, textHash: textHash(input.articleText), metadata: input.metadata },
    sidecar: input.sidecar,
    anchoring: input.anchored.map(({ annotation, state, range }) => (range ? { id: annotation.id, state, start: range.start, end: range.end } : { id: annotation.id, state })),
    ...(input.includeDetections && input.analysis ? { analysis: input.analysis } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
