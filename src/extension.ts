// The one place that wires Policy Lens together: builds every component once, registers it,
// and returns a small API object that the integration tests use.
import * as vscode from 'vscode';
import { CHECKWORTHY_THRESHOLD } from './core/analysis/claims/checkworthiness';
import { CommandIds } from './commands/ids';
import type { CommandContext } from './commands/context';
import { registerRevealRange } from './commands/revealRange';
import { registerClaimNavigation } from './commands/navigateClaims';
import { registerMentionNavigation } from './commands/navigateMentions';
import { registerFind } from './commands/find';
import { registerToggles } from './commands/toggles';
import { registerOpenSample } from './commands/openSample';
import { AnalysisService } from './vscode/analysisService';
import { KnowledgeService } from './vscode/knowledgeService';
import { Decorations } from './vscode/decorations';
import { PolicyHoverProvider } from './vscode/hoverProvider';
import { EntitiesTree } from './vscode/entitiesTree';
import { ClaimsTree } from './vscode/claimsTree';
import { ClaimDiagnostics } from './vscode/diagnostics';
import { registerActiveContext } from './vscode/activeContext';
import { SidecarStore } from './vscode/sidecarStore';
import { ReviewerName } from './vscode/reviewer';
import { AnnotationsTree } from './vscode/annotationsTree';
import { registerAnnotationCommands } from './commands/annotationCommands';
import { registerExportCommands } from './commands/exportCommands';
import { cardActions } from './vscode/cardActions';
import { registerStatusBar } from './vscode/statusItem';

export const DOCUMENT_SELECTOR: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }, { language: 'policy-text' }];

export interface PolicyLensApi {
  readonly version: string;
  readonly analyses: AnalysisService;
  readonly knowledge: KnowledgeService;
  readonly entitiesTree: EntitiesTree;
  readonly claimsTree: ClaimsTree;
  readonly decorations: Decorations;
  /** The reviewer's annotations (sidecar files) of the open articles. */
  readonly reviews: SidecarStore;
  readonly annotationsTree: AnnotationsTree;
}

export async function activate(context: vscode.ExtensionContext): Promise<PolicyLensApi> {
  const log = vscode.window.createOutputChannel('Policy Lens', { log: true });
  context.subscriptions.push(log);
  const step = <T>(name: string, build: () => T): T => {
    try {
      return build();
    } catch (e) {
      log.error(`Activation failed while ${name}: ${e instanceof Error ? e.stack : String(e)}`);
      void vscode.window.showErrorMessage(`Policy Lens could not start (${name}): ${e instanceof Error ? e.message : String(e)}`);
      throw e;
    }
  };

  const knowledge = step('loading the knowledge base', () => new KnowledgeService(log));
  await knowledge.reload();
  const analyses = step('starting the analysis service', () => new AnalysisService(() => knowledge.index, log));
  context.subscriptions.push(knowledge, analyses, knowledge.onDidChange(() => analyses.refreshAll()));

  const reviewer = new ReviewerName(() => vscode.workspace.workspaceFolders?.[0]?.uri.fsPath);
  const reviews = new SidecarStore((d) => analyses.isEnabledFor(d), reviewer, log);
  const annotationsTree = new AnnotationsTree(analyses, reviews);
  const decorations = new Decorations(analyses, reviews, context.extensionUri);
  const entitiesTree = new EntitiesTree(analyses);
  const claimsTree = new ClaimsTree(analyses, reviews);
  context.subscriptions.push(
    decorations,
    entitiesTree,
    claimsTree,
    reviews,
    annotationsTree,
    new ClaimDiagnostics(analyses, reviews),
    vscode.window.createTreeView('policyLens.entities', { treeDataProvider: entitiesTree, showCollapseAll: true }),
    vscode.window.createTreeView('policyLens.claims', { treeDataProvider: claimsTree, showCollapseAll: true }),
    vscode.window.createTreeView('policyLens.annotations', { treeDataProvider: annotationsTree }),
    registerActiveContext(analyses),
    registerStatusBar(analyses, reviews),
  );

  const registered = new Set<string>();
  const trusted = () => [...registered];
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(
      DOCUMENT_SELECTOR,
      new PolicyHoverProvider({
        analyses,
        reviews,
        entry: (id) => knowledge.entry(id),
        threshold: CHECKWORTHY_THRESHOLD,
        trustedCommands: trusted,
        ...cardActions(analyses),
      }),
    ),
  );

  const ctx: CommandContext = { analyses, reviews, claimsTree, log };
  const commands: vscode.Disposable[] = [
    vscode.commands.registerCommand(CommandIds.showOutput, () => log.show()),
    registerRevealRange(),
    ...registerClaimNavigation(ctx),
    ...registerMentionNavigation(ctx),
    registerFind(ctx),
    ...registerToggles(ctx),
    registerOpenSample(context.extensionUri),
    ...registerAnnotationCommands({ analyses, store: reviews }),
    ...registerExportCommands({ analyses, store: reviews, knowledge, reviewer, log }),
  ];
  context.subscriptions.push(...commands);
  for (const id of Object.values(CommandIds)) registered.add(id);

  analyses.start();
  reviews.start();
  log.info(`Policy Lens ${context.extension.packageJSON.version} activated`);
  return { version: String(context.extension.packageJSON.version), analyses, knowledge, entitiesTree, claimsTree, decorations, reviews, annotationsTree };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
