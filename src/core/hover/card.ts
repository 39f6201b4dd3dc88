// Hover cards as plain data. The editor renders them (src/vscode/renderCard.ts); keeping them
// here means the content is unit-tested without an editor and every string that came from the
// article or a reviewer stays a `text` part, which the renderer never interprets as Markdown.

export interface CardAction {
  title: string;
  /** A Policy Lens command id; the renderer only links commands it is allowed to trust. */
  command: string;
  args?: unknown[];
  tooltip?: string;
}

export type CardPart =
  /** `icon` is a codicon name. */
  | { kind: 'title'; icon: string; kindLabel: string; text: string }
  | { kind: 'text'; text: string; italic?: boolean }
  | { kind: 'field'; label: string; value: string }
  | { kind: 'score'; label: string; value: number; detail?: string }
  | { kind: 'list'; label: string; items: string[] }
  | { kind: 'actions'; actions: CardAction[] }
  | { kind: 'separator' };

export interface HoverCard {
  parts: CardPart[];
}

/** A text bar for a 0..1 score, readable in any font: ▰▰▰▰▱▱▱▱▱▱ 0.42 */
export function scoreBar(value: number, width = 10): string {
  const v = Math.max(0, Math.min(1, value));
  const filled = Math.round(v * width);
  return `${'▰'.repeat(filled)}${'▱'.repeat(width - filled)} ${v.toFixed(2)}`;
}
