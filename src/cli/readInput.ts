// Reads an article for the command line with one-line errors for everything a user can get
// wrong: missing file, a directory, binary data, a file over the size limit.
import { promises as fs } from 'node:fs';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export class InputError extends Error {}

export async function readInput(file: string, maxBytes = DEFAULT_MAX_BYTES, stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const bytes = file === '-' ? await readStream(stdin, maxBytes) : await readFile(file, maxBytes);
  return decodeText(bytes, file === '-' ? 'standard input' : file);
}

async function readFile(file: string, maxBytes: number): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? String(e)})`);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory, expected a text file`);
  if (stat.size > maxBytes) throw new InputError(`${file}: ${formatBytes(stat.size)} is over the ${formatBytes(maxBytes)} limit (use --max-size)`);
  return fs.readFile(file);
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > maxBytes) throw new InputError(`standard input: over the ${formatBytes(maxBytes)} limit (use --max-size)`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** UTF-8 text with an optional BOM. NUL bytes or invalid UTF-8 mean binary. */
export function decodeText(bytes: Buffer, name: string): string {
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${name}: looks like a binary file, expected text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name}: is not valid UTF-8 text`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
