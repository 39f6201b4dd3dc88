// The one place that wires Policy Lens together: builds every component once, registers it,
// and returns a small API object that the integration tests use.
import * as vscode from 'vscode';

export interface PolicyLensApi {
  readonly version: string;
}

export function activate(context: vscode.ExtensionContext): PolicyLensApi {
  const output = vscode.window.createOutputChannel('Policy Lens', { log: true });
  context.subscriptions.push(output);
  context.subscriptions.push(vscode.commands.registerCommand('policyLens.showOutput', () => output.show()));
  output.info('Policy Lens activated');
  return { version: String(context.extension.packageJSON.version) };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
