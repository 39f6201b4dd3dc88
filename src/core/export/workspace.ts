// Reviews of several articles in one file: a CSV whose first column names the article, or one
// W3C AnnotationCollection whose annotations name their article as the target source. The
// other formats describe one article each and are written as a folder of files instead.
import { offsetConverter } from '../annotations/codePoints';
import type { ExportFormatId, ExportInput } from './exportInput';
import { BOM, CSV_COLUMNS, csvField, csvRecords } from './csv';
import { inReadingOrder } from './reviewOrder';
import { softwareAgent, toW3cAnnotation } from './w3c';
import { W3C_CONTEXT } from './w3cVocabulary';

export type WorkspaceFormatId = Extract<ExportFormatId, 'csv' | 'w3c'>;
export const WORKSPACE_FILE_FORMATS: readonly WorkspaceFormatId[] = ['csv', 'w3c'];

export function isWorkspaceFileFormat(id: string): id is WorkspaceFormatId {
  return (WORKSPACE_FILE_FORMATS as readonly string[]).includes(id);
}

export function renderWorkspaceCsv(inputs: readonly ExportInput[]): string {
  const lines = [['article', ...CSV_COLUMNS].join(',')];
  for (const input of inputs) for (const record of csvRecords(input)) lines.push(`${csvField(input.articlePath)},${record}`);
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** `name` identifies the workspace in the collection's id and label. */
export function renderWorkspaceW3c(inputs: readonly ExportInput[], name: string): string {
  const items = inputs.flatMap((input) => {
    const cp = offsetConverter(input.articleText);
    return inReadingOrder(input.anchored).map((a) => toW3cAnnotation(input, a, cp));
  });
  const collection = {
    '@context': W3C_CONTEXT,
    id: `urn:policy-lens:workspace-review:${encodeURIComponent(name)}`,
    type: 'AnnotationCollection',
    label: `Policy Lens review of ${inputs.length} article${inputs.length === 1 ? '' : 's'} in ${name}`,
    ...(inputs[0] ? { generator: softwareAgent(inputs[0]) } : {}),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

export function renderWorkspace(format: WorkspaceFormatId, inputs: readonly ExportInput[], name: string): string {
  return format === 'csv' ? renderWorkspaceCsv(inputs) : renderWorkspaceW3c(inputs, name);
}
