// "Add to Knowledge Base": records an entity the built-in data does not know (the hovered or
// selected name) in the workspace's knowledge file, so it is recognised from then on. The file
// is created if needed; one that does not parse is never written over.
import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { ENTITY_LABELS } from '../core/hover/icons';
import { KNOWLEDGE_TYPES, validateKnowledgeFile, type KnowledgeEntry, type KnowledgeType } from '../core/knowledge';
import { atomicWriteFile } from '../io/atomicWriteFile';
import { readSettings } from '../vscode/settings';
import { CommandIds } from './ids';
import { mentionOf, resolveTarget, type AnnotationCommandContext } from './annotationTarget';

export interface KnowledgeInput {
  name?: string;
  type?: KnowledgeType;
  description?: string;
}

/** A schema-valid id from a name: "Ri Yong-ho" → "ri-yong-ho". */
export function entryId(name: string, taken: ReadonlySet<string>): string {
  const base = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'entity';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function registerAddToKnowledge(ctx: AnnotationCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.addToKnowledge, async (...args: unknown[]) => {
    const t = await resolveTarget(ctx, args, false);
    if (!t) return undefined;
    const input = t.input as KnowledgeInput;
    if (!vscode.workspace.isTrusted) return say('knowledge files are not read in an untrusted workspace.');
    const folder = vscode.workspace.getWorkspaceFolder(t.document.uri) ?? vscode.workspace.workspaceFolders?.[0];
    const rel = readSettings(folder?.uri).knowledgeFiles[0];
    if (!folder || !rel) return say('open a workspace folder (and set policyLens.knowledge.files) to keep a knowledge base.');

    const mention = mentionOf(t);
    if (mention?.entityId) return say(`${mention.canonical} is already in the knowledge base.`);
    const written = t.range ? t.document.getText(new vscode.Range(t.document.positionAt(t.range.start), t.document.positionAt(t.range.end))).trim() : mention?.text;
    if (!written) return say('hover an entity or select a name first.');
    const name = input.name ?? (await vscode.window.showInputBox({ title: 'Add to knowledge base', prompt: 'Canonical name', value: mention?.canonical ?? written }))?.trim();
    if (!name) return undefined;
    const suggested = mention && (KNOWLEDGE_TYPES as readonly string[]).includes(mention.type) ? (mention.type as KnowledgeType) : undefined;
    const type =
      input.type ??
      (await vscode.window.showQuickPick(
        KNOWLEDGE_TYPES.map((k) => ({ label: ENTITY_LABELS[k], type: k, picked: k === suggested })).sort((a, b) => Number(b.picked) - Number(a.picked)),
        { title: `What is ${name}?` },
      ))?.type;
    if (!type) return undefined;

    const file = vscode.Uri.joinPath(folder.uri, rel).fsPath;
    let data: { entries: KnowledgeEntry[] } & Record<string, unknown> = { entries: [] };
    const raw = await fs.readFile(file, 'utf8').catch(() => undefined);
    if (raw !== undefined) {
      const parsed = (() => {
        try {
          return JSON.parse(raw) as unknown;
        } catch {
          return undefined;
        }
      })();
      if (!parsed || typeof parsed !== 'object' || !Array.isArray((parsed as { entries?: unknown }).entries)) {
        return say(`${rel} is not a knowledge file Policy Lens can add to (it needs an "entries" array); it was left unchanged.`);
      }
      data = parsed as typeof data;
    }
    const entry: KnowledgeEntry = { id: entryId(name, new Set(data.entries.map((e) => e.id))), name, type, aliases: written !== name ? [written] : [] };
    if (input.description) entry.description = input.description;
    const next = { ...data, entries: [...data.entries, entry] };
    const problems = validateKnowledgeFile(next, rel).errors.filter((e) => e.path.startsWith(`entries[${next.entries.length - 1}]`));
    if (problems.length) return say(`cannot add ${name}: ${problems[0].message}`);
    await fs.mkdir(dirname(file), { recursive: true });
    await atomicWriteFile(file, `${JSON.stringify(next, null, 2)}\n`);
    vscode.window.setStatusBarMessage(`Policy Lens: added ${name} to ${rel}`, 3000);
    return entry.id;
  });
}

function say(message: string): undefined {
  void vscode.window.showInformationMessage(`Policy Lens: ${message}`);
  return undefined;
}
