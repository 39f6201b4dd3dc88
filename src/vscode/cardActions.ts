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
      return {
        nextMention: { title: 'Next mention', command: CommandIds.nextMention, args: [key], tooltip: 'Go to the next mention of this entity' },
      };
    },
    claimActions(_uri: vscode.Uri, _claimStart: number): CardActions {
      return {};
    },
  };
}

function findDoc(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}
