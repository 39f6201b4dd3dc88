// Which actions the hover cards offer, as command links. Annotation commands slot in here as
// they are registered; the renderer drops any link to a command that is not registered.
import * as vscode from 'vscode';
import type { CardActions } from '../core/hover/cards';
import { CommandIds } from '../commands/ids';
import type { AnalysisService } from './analysisService';

export function cardActions(analyses: AnalysisService) {
  return {
    entityActions(uri: vscode.Uri, mentionIndex: number): CardActions {
      const doc = findDoc(uri);
      const a = doc && analyses.get(doc);
      const m = a?.mentions[mentionIndex];
      if (!m || !a) return {};
      const key = a.groups.find((g) => g.mentions.includes(mentionIndex))?.key;
      const at = [uri.toString(), m.start, { on: 'entity' }];
      return {
        nextMention: { title: 'Next mention', command: CommandIds.nextMention, args: [key], tooltip: 'Go to the next mention of this entity' },
        annotate: { title: 'Annotate', command: CommandIds.annotateSelection, args: [uri.toString(), { start: m.start, end: m.end }, { on: 'entity' }], tooltip: 'Correct or comment on this entity' },
        notEntity: { title: 'Not an entity', command: CommandIds.rejectSuggestion, args: at, tooltip: 'Policy Lens got this one wrong: stop highlighting it' },
        ...(m.entityId
          ? {}
          : { addToKnowledge: { title: 'Add to knowledge base', command: CommandIds.addToKnowledge, args: at, tooltip: 'Recognise this entity from now on (workspace knowledge file)' } }),
      };
    },
    claimActions(uri: vscode.Uri, claimStart: number): CardActions {
      const at = [uri.toString(), claimStart, { on: 'claim' }];
      return {
        setVerdict: { title: 'Set verdict', command: CommandIds.setVerdict, args: at, tooltip: 'Record your verdict on this claim' },
        editNote: { title: 'Note', command: CommandIds.editNote, args: at, tooltip: 'Add or edit your note on this claim' },
        editTags: { title: 'Tags', command: CommandIds.editTags, args: at, tooltip: 'Add or remove tags' },
        accept: { title: 'Accept', command: CommandIds.acceptSuggestion, args: at, tooltip: 'Confirm this is a claim worth reviewing' },
        reject: { title: 'Reject', command: CommandIds.rejectSuggestion, args: at, tooltip: 'Not a claim: stop highlighting it' },
      };
    },
  };
}

function findDoc(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}
