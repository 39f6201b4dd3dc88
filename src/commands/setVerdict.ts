// "Set Verdict": the reviewer's verdict on the claim at the cursor (or the hovered one), from
// the configured verdict list. With no review yet, it accepts the machine's claim sentence.
import * as vscode from 'vscode';
import { CommandIds } from './ids';
import { readSettings } from '../vscode/settings';
import { claimReviewAt, resolveTarget, type AnnotationCommandContext } from './annotationTarget';

const CLEAR = '$(close) Clear verdict';

export function registerSetVerdict(ctx: AnnotationCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.setVerdict, async (...args: unknown[]) => {
    const t = await resolveTarget(ctx, args);
    if (!t) return undefined;
    let verdict = t.input.verdict;
    if (verdict === undefined) {
      const verdicts = readSettings(t.document.uri).verdicts;
      const current = t.input.id ? ctx.store.find(t.document.uri, t.input.id)?.annotation.verdict : undefined;
      const items = [...verdicts.map((v) => ({ label: v, description: v === current ? 'current' : undefined })), { label: CLEAR }];
      const picked = await vscode.window.showQuickPick(items, { title: 'Set verdict', placeHolder: 'Verdict on this claim (policyLens.annotations.verdicts)' });
      if (!picked) return undefined;
      verdict = picked.label === CLEAR ? '' : picked.label;
    }
    const review = await claimReviewAt(ctx, t, verdict ? { verdict } : {});
    if (!review) return undefined;
    if (!review.created) {
      await ctx.store.update(t.document, review.id, (a) => {
        const { verdict: _old, ...rest } = a;
        return verdict ? { ...rest, verdict } : rest;
      });
    }
    vscode.window.setStatusBarMessage(verdict ? `Policy Lens: verdict "${verdict}" recorded` : 'Policy Lens: verdict cleared', 2500);
    return review.id;
  });
}
