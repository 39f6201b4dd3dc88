// Article metadata from YAML front matter. Tolerant: a malformed header yields no metadata
// rather than an error, since the article itself is still worth analysing.
import { parse } from 'yaml';
import type { ArticleMetadata } from '../../model';

export function readFrontMatter(yamlText: string): ArticleMetadata {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch {
    return {};
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const d = data as Record<string, unknown>;
  const meta: ArticleMetadata = {};
  const title = str(d.title);
  const author = str(d.author ?? d.authors ?? d.byline);
  const date = str(d.date ?? d.published ?? d.pubDate);
  const url = str(d.url ?? d.link ?? d.canonical_url ?? d.source);
  if (title) meta.title = title;
  if (author) meta.author = author;
  if (date) meta.date = date;
  if (url) meta.url = url;
  return meta;
}

/** Strings as written; lists joined ("A, B"); `{ name: ... }` objects by name. */
function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) {
    const parts = v.map(str).filter((s): s is string => !!s);
    return parts.length ? parts.join(', ') : undefined;
  }
  if (v && typeof v === 'object' && 'name' in v) return str((v as { name: unknown }).name);
  return undefined;
}
