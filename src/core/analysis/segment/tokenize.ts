// Tokens for recognisers: words keep internal hyphens and apostrophes ("Ri Yong-ho", "Iran’s",
// "reverse-engineered", "30-year"), dotted abbreviations stay whole ("U.S."), numbers keep their
// separators and percent sign ("1,200.5", "3.5%").

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: 'word' | 'number' | 'punct' | 'symbol';
}

const TOKEN = new RegExp(
  [
    /(?<abbr>(?:\p{L}\.){2,})(?!\p{L})/.source,
    /(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\d+(?:\.\d+)?%?)(?![\p{L}\p{N}]|[-‐‑'’]\p{L})/.source,
    /(?<word>[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*)/.source,
    /(?<symbol>\p{S})/.source,
    /(?<punct>\S)/.source,
  ].join('|'),
  'gu',
);

export function tokenize(prose: string, from: number, to: number): Token[] {
  const slice = prose.slice(from, to);
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const g = m.groups!;
    const kind = g.abbr || g.word ? 'word' : g.number ? 'number' : g.symbol ? 'symbol' : 'punct';
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], kind });
  }
  return out;
}
