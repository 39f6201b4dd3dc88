// The questions the export commands ask: which format, whether to add the machine's
// detections, and whether to open the written file.
import * as vscode from 'vscode';
import { exportFormats, isWorkspaceFileFormat, type ExportFormat, type ExportFormatId } from '../core/export';

/** Formats where the machine's unreviewed detections can be added. */
const WITH_DETECTIONS: readonly ExportFormatId[] = ['csv', 'json', 'brat'];

export const offersDetections = (format: ExportFormat): boolean => WITH_DETECTIONS.includes(format.id);

export async function pickFormat(title: string, workspace = false): Promise<ExportFormat | undefined> {
  const items = exportFormats.map((format) => ({
    label: format.label,
    description: format.description,
    detail: workspace ? (isWorkspaceFileFormat(format.id) ? 'One file for every annotated article' : 'One file per article, in a folder you choose') : undefined,
    format,
  }));
  return (await vscode.window.showQuickPick(items, { title, placeHolder: 'Export format', matchOnDescription: true }))?.format;
}

export async function askDetections(): Promise<boolean | undefined> {
  const items = [
    { label: 'Reviewed annotations only', value: false },
    { label: 'Also the machine’s unreviewed detections', description: 'claims and entities nobody has reviewed yet', value: true },
  ];
  return (await vscode.window.showQuickPick(items, { title: 'Include detections?' }))?.value;
}

/** HTML opens in the browser (or as text); the other formats in an editor. */
export async function openResult(file: vscode.Uri, format: ExportFormat, inBrowser: boolean): Promise<void> {
  if (format.id === 'html' && inBrowser) await vscode.env.openExternal(file);
  else await vscode.window.showTextDocument(file, { preview: false });
}

/** Tells what was written; offers to open it (or opens it at once when `open` says so). */
export function reportWritten(file: vscode.Uri, format: ExportFormat, message: string, open: boolean | undefined): Promise<void> | undefined {
  if (open !== undefined) return open ? openResult(file, format, true) : undefined;
  const buttons = format.id === 'html' ? ['Open in Browser', 'Open as Text'] : ['Open'];
  void vscode.window.showInformationMessage(message, ...buttons).then((choice) => (choice ? openResult(file, format, choice === 'Open in Browser') : undefined));
  return undefined;
}
