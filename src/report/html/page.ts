// The HTML report's frame: data embedded as JSON where no HTML parser can break out of it, the
// style and script inline and allowed by their hashes only (no network, works from file://).
import { createHash } from 'node:crypto';
import { SCRIPT } from './script.js';
import { STYLE } from './style.js';

/**
 * JSON for a <script type="application/json"> block: `<`, `>` and `&` escaped (no `</script>`
 * or `<!--` can end or change the block), and U+2028/2029 (line breaks to older parsers).
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text for an HTML element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Characters of the data's JSON text per <script> block. */
const BLOCK_CHARS = 1 << 16;

/**
 * The data's JSON text cut into blocks of BLOCK_CHARS, each closing its <script> and opening the
 * next (the page's script joins their text): Chromium's parser takes one block of 22 MB (a
 * 100,000-finding report) 1.5-2x longer to load than the same text in blocks of 64K characters
 * (docs/siem.md). The text has no `<` (jsonForScript), so a cut anywhere but inside a surrogate
 * pair is safe; a report of less than one block is a single block, as before.
 */
function* dataBlocks(data: Iterable<string>): Generator<string> {
  let room = BLOCK_CHARS;
  for (let piece of data) {
    while (piece.length > room) {
      let cut = room;
      const c = piece.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
      yield piece.slice(0, cut);
      yield '</script>\n<script type="application/json" class="report-data">';
      piece = piece.slice(cut);
      room = BLOCK_CHARS;
    }
    room -= piece.length;
    yield piece;
  }
}

/** The page around the sections (static markup only: the script fills it from the data). */
export function page(title: string, body: string, data: unknown): string {
  return [...pageChunks(title, body, [jsonForScript(data)])].join('');
}

/**
 * The page in pieces: `lead` (the verdict), the data block's JSON text given in pieces, the blocks
 * the page parses on demand, each [class, JSON text] (html/data.ts), then `body` and the script.
 * Every JSON text comes from jsonForScript. The data comes before the body's tables: Chromium
 * lays out and paints what it has parsed while the rest of a large page loads, and a table of
 * hundreds of rows laid out again and again as the megabytes of data arrive behind it slowed
 * the loading down (traced: about a fifth of the main thread's time before the script ran).
 */
export function* pageChunks(title: string, body: string, data: Iterable<string>, blocks: Iterable<[string, string]> = [], lead = ''): Generator<string> {
  const csp = [
    "default-src 'none'",
    `style-src ${sha256(STYLE)}`,
    `script-src ${sha256(SCRIPT)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  yield `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${lead}
<script type="application/json" id="report-data">`;
  yield* dataBlocks(data);
  yield '</script>\n';
  for (const [cls, json] of blocks) yield `<script type="application/json" class="${cls}">${json}</script>\n`;
  yield `${body}
<script>${SCRIPT}</script>
</body>
</html>
`;
}
