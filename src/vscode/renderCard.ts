// Renders a core HoverCard to a MarkdownString. Text from the article or a reviewer goes
// through `text` (escaped, never interpreted); only Policy Lens commands are trusted.
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
        text(md, p.kindLabel);
        md.appendMarkdown('** · ');
        text(md, p.text);
        md.appendMarkdown('\n\n');
        break;
      case 'text':
        if (p.italic) md.appendMarkdown('_');
        text(md, p.text);
        if (p.italic) md.appendMarkdown('_');
        md.appendMarkdown('\n\n');
        break;
      case 'field':
        labelled(md, p.label, p.value);
        break;
      case 'score':
        labelled(md, p.label, `${scoreBar(p.value)}${p.detail ? ` (${p.detail})` : ''}`);
        break;
      case 'list':
        md.appendMarkdown('\n**');
        text(md, p.label);
        md.appendMarkdown(':**\n');
        for (const item of p.items) {
          md.appendMarkdown('- ');
          text(md, item);
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

/** appendText escapes Markdown but leaves `<` and `&`: a note's `<img onerror=...>` would stay
 *  raw HTML in the source. As entities they display as typed and can never become tags. */
function text(md: vscode.MarkdownString, value: string): void {
  md.appendText(value.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
}

/** `**Label:** value` on its own line, both escaped. */
function labelled(md: vscode.MarkdownString, label: string, value: string): void {
  md.appendMarkdown('**');
  text(md, label);
  md.appendMarkdown(':** ');
  text(md, value);
  md.appendMarkdown('  \n');
}
