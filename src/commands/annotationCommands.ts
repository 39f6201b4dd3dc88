// Every annotation command, registered together by activate().
import type * as vscode from 'vscode';
import type { AnnotationCommandContext } from './annotationTarget';
import { registerAnnotateSelection } from './annotateSelection';
import { registerSetVerdict } from './setVerdict';
import { registerEditNote } from './editNote';
import { registerEditTags } from './editTags';
import { registerAcceptSuggestion } from './acceptSuggestion';
import { registerRejectSuggestion } from './rejectSuggestion';
import { registerDeleteAnnotation } from './deleteAnnotation';
import { registerReattachOrphan } from './reattachOrphan';
import { registerOpenSidecar } from './openSidecar';
import { registerAddToKnowledge } from './addToKnowledge';

export function registerAnnotationCommands(ctx: AnnotationCommandContext): vscode.Disposable[] {
  return [
    registerAnnotateSelection(ctx),
    registerSetVerdict(ctx),
    registerEditNote(ctx),
    registerEditTags(ctx),
    registerAcceptSuggestion(ctx),
    registerRejectSuggestion(ctx),
    registerDeleteAnnotation(ctx),
    registerReattachOrphan(ctx),
    registerOpenSidecar(ctx),
    registerAddToKnowledge(ctx),
  ];
}
