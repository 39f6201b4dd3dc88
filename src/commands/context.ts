// What commands need, handed over once by activate(). Commands take it as a parameter instead
// of reaching for module state.
import type * as vscode from 'vscode';
import type { AnalysisService } from '../vscode/analysisService';
import type { ReviewLookup } from '../vscode/reviewLookup';
import type { ClaimsTree } from '../vscode/claimsTree';

export interface CommandContext {
  analyses: AnalysisService;
  reviews: ReviewLookup;
  claimsTree: ClaimsTree;
  log: vscode.LogOutputChannel;
}
