// Renders a core HoverCard to a MarkdownString. Text from the article or a reviewer goes
// through appendText (escaped, never interpreted); only Policy Lens commands are trusted.
import * as vscode from 'vscode';
import { scoreBar, type HoverCard } from '../core/hover/card';

export function renderCard(card: HoverCard, trustedCommands: readonly string[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [...trustedCommands] };
  md.supportHtml = false;
  for (const p of card.parts) {
    switch (p.kind) {
      case 'title':
        md.appendMarkdown(`$(${p.icon}) **`);
        md.appendText(p.kindLabel);
        md.appendMarkdown('** · ');
        md.appendText(p.text);
        md.appendMarkdown('\n\n');
        break;
      case 'text':
        if (p.italic) md.appendMarkdown('_');
        md.appendText(p.text);
        if (p.italic) md.appendMarkdown('_');
        md.appendMarkdown('\n\n');
        break;
      case 'field':
        md.appendMarkdown('**');
        md.appendText(p.label);
        md.appendMarkdown(':** ');
        md.appendText(p.value);
        md.appendMarkdown('  \n');
        break;
      case 'score':
        md.appendMarkdown('**');
        md.appendText(p.label);
        md.appendMarkdown(':** ');
        md.appendText(`${scoreBar(p.value)}${p.detail ? ` (${p.detail})` : ''}`);
        md.appendMarkdown('  \n');
        break;
      case 'list':
        md.appendMarkdown('\n**');
        md.appendText(p.label);
        md.appendMarkdown(':**\n');
        for (const item of p.items) {
          md.appendMarkdown('- ');
          md.appendText(item);
          md.appendMarkdown('\n');
        }
        md.appendMarkdown('\n');
        break;
      case 'separator':
        md.appendMarkdown('\n---\n\n');
        break;
      case 'actions': {
        const links = p.actions
          .filter((a) => trustedCommands.includes(a.command))
          .map((a) => {
            const args = a.args ? `?${encodeURIComponent(JSON.stringify(a.args))}` : '';
            const title = a.title.replace(/[[\]\\]/g, '');
            const tip = (a.tooltip ?? a.title).replace(/["\\]/g, '');
            return `[${title}](command:${a.command}${args} "${tip}")`;
          });
        if (links.length) md.appendMarkdown(`\n${links.join(' · ')}\n`);
        break;
      }
    }
  }
  return md;
}
