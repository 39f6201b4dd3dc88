// Article metadata for ClaimReview (where and when the claims appeared, who wrote them). Front
// matter provides it when present; otherwise the reviewer is asked once and the answers are
// remembered in the article's sidecar, which wins over front matter from then on.
import * as vscode from 'vscode';
import type { ArticleMetadata } from '../core/model';
import type { SidecarStore } from '../vscode/sidecarStore';

type Field = keyof ArticleMetadata;

const QUESTIONS: { field: Field; title: string; prompt: string; check?: (v: string) => string | undefined }[] = [
  { field: 'url', title: 'Article URL', prompt: 'Where the article was published (ClaimReview needs it); leave empty to skip', check: (v) => (isWebUrl(v) ? undefined : 'An http(s) URL, e.g. https://example.org/article') },
  { field: 'title', title: 'Article title', prompt: 'Leave empty to skip' },
  { field: 'author', title: 'Article author', prompt: 'Who wrote it; leave empty to skip' },
  { field: 'date', title: 'Publication date', prompt: 'YYYY-MM-DD; leave empty to skip', check: (v) => (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(v) ? undefined : 'A date such as 2018-08-14') },
];

function isWebUrl(v: string): boolean {
  try {
    return /^https?:$/.test(new URL(v).protocol);
  } catch {
    return false;
  }
}

/** Asks for each field, prefilled with what is known; undefined when the reviewer cancels. */
export async function askMetadata(known: ArticleMetadata): Promise<ArticleMetadata | undefined> {
  const answers: ArticleMetadata = {};
  for (const q of QUESTIONS) {
    const value = await vscode.window.showInputBox({
      title: `${q.title} (asked once, kept with the annotations)`,
      prompt: q.prompt,
      value: known[q.field] ?? '',
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() && q.check ? q.check(v.trim()) : undefined),
    });
    if (value === undefined) return undefined;
    if (value.trim()) answers[q.field] = value.trim();
  }
  return answers;
}

/** Keeps in the sidecar the answers that front matter does not already say. */
export async function rememberMetadata(store: SidecarStore, document: vscode.TextDocument, answers: ArticleMetadata, frontMatter: ArticleMetadata): Promise<void> {
  const kept: ArticleMetadata = { ...store.snapshot(document)?.metadata };
  for (const q of QUESTIONS) {
    const v = answers[q.field]?.trim();
    if (v && v !== frontMatter[q.field]) kept[q.field] = v;
  }
  await store.setMetadata(document, kept);
}
