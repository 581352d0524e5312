// Secret detection for logged parameters, and redaction of everything we print.
// A secret value is never copied into a message, witness, hint or data field.

export interface SecretHit {
  /** What it looks like, for people: "AWS access key ID". */
  kind: string;
  /** The exact secret text (kept in memory only to redact it; never printed). */
  value: string;
  /** Where it was: a JSON-ish path such as `params.command` or `input.content`. */
  where: string;
  /** The whole string it was found in (to build a redacted witness; never printed as is). */
  text: string;
}

interface Detector {
  kind: string;
  /** The candidate secrets in a text: a regex's matches (matchesOf), or a scan by hand where one regex would backtrack. */
  find: (text: string) => string[];
  /** Optional extra check on the match (e.g. entropy). */
  ok?: (value: string) => boolean;
}

const hasDigit = (s: string): boolean => /[0-9]/.test(s);

/** The matches of a global regex in a text (matchAll starts from 0, whatever lastIndex holds). */
function matchesOf(re: RegExp): (text: string) => string[] {
  return (text) => Array.from(text.matchAll(re), (m) => m[0]);
}

const DETECTORS: Detector[] = [
  { kind: 'AWS access key ID', find: matchesOf(/\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g) },
  { kind: 'GitHub token', find: matchesOf(/\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g) },
  { kind: 'GitHub fine-grained token', find: matchesOf(/\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g) },
  { kind: 'Slack token', find: matchesOf(/\bxox[abposr]-[A-Za-z0-9-]{10,250}/g) },
  { kind: 'Anthropic API key', find: matchesOf(/\bsk-ant-[A-Za-z0-9_-]{20,250}/g) },
  { kind: 'OpenAI API key', find: matchesOf(/\bsk-(?!ant-)[A-Za-z0-9_-]{20,250}/g), ok: (v) => hasDigit(v) && entropy(v) >= 3.5 },
  { kind: 'private key', find: privateKeys },
  { kind: 'JSON Web Token', find: jsonWebTokens },
  // The lookahead first: the lookbehind then runs at a token's first character only (run at every
  // position of a long run of spaces after `Bearer`, it was quadratic).
  { kind: 'bearer token', find: matchesOf(/(?=[A-Za-z0-9._~+/-])(?<=\bBearer\s+)[A-Za-z0-9._~+/-]{20,}=*/g), ok: (v) => entropy(v) >= 3.5 },
];

/**
 * Cheap prefilter: a string it does not match cannot hold a secret we detect. One regex, and
 * spelled-out case variants instead of the `i` flag: measured twice as fast as two regexes.
 */
const MAYBE =
  /AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_pat_|xox[abposr]-|\bsk-|PRIVATE KEY|eyJ|Bearer|(?:[kK][eE][yY]|[tT][oO][kK][eE][nN]|[sS][eE][cC][rR][eE][tT]|[pP][aA][sS][sS](?:[wW](?:[oO][rR])?[dD])?|[pP][wW][dD])["']?\s*[=:]/;

/**
 * Whether a JSON line may hold a secret we detect in any string parsed from it (scanValue), by
 * one look at the line's text: false only when it has no escape and nothing outside ASCII (so
 * every string and key of its value is in the text as it is, between quotes) and MAYBE finds
 * nothing in it. That is sound: every detector, and the assignment check, runs only on a string
 * MAYBE matches (and a match in a string is a match in the line: its quotes are not word
 * characters, so `\bsk-` holds as well); a secret-looking key (isSecretName: it ends in KEY,
 * TOKEN, SECRET, PASS, PASSWD, PASSWORD or PWD) with a string value is `KEY": "` in the text,
 * which MAYBE matches. Non-ASCII text could upper-case into such a name (`ſ` is `S`), and an
 * escape could hide a prefix or make a boundary: those lines are scanned whole, as are values a
 * reader parsed out of a string of the line (JSON text in a string has escaped quotes).
 */
export function lineMayHoldSecret(line: string): boolean {
  return escapedOrWide(line) || MAYBE.test(line);
}

/**
 * A backslash (a JSON escape) or anything outside ASCII. Two native scans instead of the class
 * `[\\\u0080-\uffff]`, which took 2-3% of a one-thread replay: a string is all ASCII exactly
 * when its UTF-8 encoding has one byte per UTF-16 unit (every unit from U+0080 up, a lone
 * surrogate included, encodes to two or three).
 */
function escapedOrWide(line: string): boolean {
  return line.indexOf('\\') !== -1 || Buffer.byteLength(line, 'utf8') !== line.length;
}

// NAME=value or NAME: value (env assignments, headers, flags); NAME is judged by isSecretName.
// NAME starts at the first letter of a run of name characters: the lookbehind tries each run
// once, from its start (every start inside a run matches or fails alike, and trying each was
// quadratic on a long run such as a hex dump in a command).
const ASSIGNMENT = /(?<![A-Za-z0-9_.-])[0-9_.-]*([A-Za-z][A-Za-z0-9_.-]*)(["']?)\s*[=:]\s*(["']?)([^\s"'`;&|<>(){}[\],]{8,})/g;

const SECRET_NAME = /(?:_KEY|APIKEY|ACCESSKEY|PRIVATEKEY|SECRETKEY|SIGNINGKEY|TOKEN|SECRET|PASSWORD|PASSWD|_PWD|^PWD|_PASS|^PASS)$/;
const nameCache = new Map<string, boolean>();

export function isSecretName(name: string): boolean {
  let v = nameCache.get(name);
  if (v === undefined) {
    v = SECRET_NAME.test(name.toUpperCase().replace(/[-.]/g, '_'));
    if (nameCache.size < 10_000) nameCache.set(name, v);
  }
  return v;
}

const PLACEHOLDER = /^[$%<{]|example|changeme|placeholder|redacted|your[_-]|xxxx|\*\*\*|^(.)\1+$/i;

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  const n = s.length;
  for (const c of counts.values()) {
    const p = c / n;
    h -= p * Math.log2(p);
  }
  return h;
}

/** A value assigned to a secret-looking name that looks like a real secret (not a placeholder). */
export function isSecretValue(v: string): boolean {
  return v.length >= 8 && !PLACEHOLDER.test(v) && entropy(v) >= 3;
}

/** `2026-06-08T14:32:01Z`-like: nothing else fits in that shape, so no secret either. */
function isTimestampLike(s: string): boolean {
  return s.length <= 35 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && (s.charCodeAt(10) === 84 || s.charCodeAt(10) === 32) && /^[0-9:.+\-TZ ]+$/.test(s);
}

const KEY_BEGIN = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;
const KEY_END = /-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/y;

/**
 * Each private key's header through the first `-----END … PRIVATE KEY-----` after it (the header
 * alone when none follows). The end is searched by hand, once: where no end follows one header,
 * none follows a later one, so a text of many headers and no end is scanned once, not once per
 * header (as the lazy `[\s\S]*?` of a single regex did: quadratic).
 */
function privateKeys(text: string): string[] {
  const keys: string[] = [];
  let noEndFrom = Infinity;
  KEY_BEGIN.lastIndex = 0;
  for (let m = KEY_BEGIN.exec(text); m; m = KEY_BEGIN.exec(text)) {
    const headerEnd = m.index + m[0].length;
    let end = headerEnd;
    if (headerEnd < noEndFrom) {
      const found = endOfKey(text, headerEnd);
      if (found === undefined) noEndFrom = headerEnd;
      else end = found;
    }
    keys.push(text.slice(m.index, end));
    KEY_BEGIN.lastIndex = end;
  }
  return keys;
}

/** Where the first private-key end line at or after `from` ends, if one does. */
function endOfKey(text: string, from: number): number | undefined {
  for (let at = text.indexOf('-----END ', from); at >= 0; at = text.indexOf('-----END ', at + 1)) {
    KEY_END.lastIndex = at;
    if (KEY_END.test(text)) return KEY_END.lastIndex;
  }
  return undefined;
}

const JWT_AT = /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/y;
const isBase64Url = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95;

/**
 * JSON Web Tokens, as `JWT_AT` finds them scanning left to right. A start that fails at a word
 * boundary fails for every later start in the same run of base64url characters (its first part
 * must end where the run ends, and only grows shorter), so the rest of the run is skipped: trying
 * each `-eyJ` of a long run again, as a global regex did, was quadratic.
 */
function jsonWebTokens(text: string): string[] {
  const tokens: string[] = [];
  let from = 0;
  for (let at = text.indexOf('eyJ', from); at >= 0; at = text.indexOf('eyJ', from)) {
    JWT_AT.lastIndex = at;
    const m = JWT_AT.exec(text);
    if (m) {
      tokens.push(m[0]);
      from = JWT_AT.lastIndex;
    } else if (at > 0 && isBase64Url(text.charCodeAt(at - 1)) && text.charCodeAt(at - 1) !== 45) {
      from = at + 1; // not at a word boundary: a later start in this run may be
    } else {
      let end = at + 3;
      while (end < text.length && isBase64Url(text.charCodeAt(end))) end++;
      from = end;
    }
  }
  return tokens;
}

/** Finds secrets in one string. */
export function scanString(text: string, where: string, out: SecretHit[]): void {
  // Nothing we detect is shorter than 10 characters (`N=` and an 8-character value).
  if (text.length < 10 || isTimestampLike(text) || !MAYBE.test(text)) return;
  for (const d of DETECTORS) {
    for (const value of d.find(text)) {
      if (!d.ok || d.ok(value)) out.push({ kind: d.kind, value, where, text });
    }
  }
  for (const m of text.matchAll(ASSIGNMENT)) {
    const name = m[1]!;
    const value = m[4]!;
    if (isSecretName(name) && isSecretValue(value) && !out.some((h) => h.value.includes(value))) {
      out.push({ kind: `value of ${name}`, value, where, text });
    }
  }
}

/**
 * Walks a parsed JSON value: every string is scanned, and an object key with a secret-looking
 * name (`AWS_SECRET_ACCESS_KEY`, `apiKey`, `password`) makes its string value a secret.
 * Where a hit is (`params.env.API_KEY`) is spelled out only for hits.
 */
export function scanValue(value: unknown, where: string, out: SecretHit[]): void {
  walkPath.push(where);
  try {
    walk(value, walkPath, out, 0);
  } finally {
    walkPath.pop();
  }
}

// One path for every walk (walks do not nest): no array per scanned value.
const walkPath: (string | number)[] = [];

function pathText(path: readonly (string | number)[]): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else if (p !== '') s += s === '' ? p : `.${p}`;
  }
  return s;
}

// The last clean string value seen under each key name: logs repeat most values line after
// line (agent, action, tool, user), and a value already found clean under a key stays clean
// there (what walk checks depends on the key and the value alone).
const lastClean = new Map<string, string>();

function walk(value: unknown, path: (string | number)[], out: SecretHit[], depth: number): void {
  if (depth > 32) return;
  if (typeof value === 'string') {
    if (value.length >= 8) scanAt(value, path, out);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], path, out, depth + 1);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k in o) {
      const v = o[k];
      if (v === null || typeof v === 'number' || typeof v === 'boolean') continue;
      if (typeof v === 'string') {
        if (v.length < 8 || lastClean.get(k) === v) continue;
        path.push(k);
        const found = isSecretName(k) && isSecretValue(v) && !v.includes(' ') ? (out.push({ kind: `value of ${k}`, value: v, where: pathText(path), text: `${k}=${v}` }), true) : scanAt(v, path, out);
        path.pop();
        if (!found) {
          if (lastClean.size >= 1000 && !lastClean.has(k)) lastClean.clear();
          lastClean.set(k, v);
        }
        continue;
      }
      path.push(k);
      walk(v, path, out, depth + 1);
      path.pop();
    }
  }
}

/** Scans one string found at path; true when it held a secret (its hits say where). */
function scanAt(text: string, path: readonly (string | number)[], out: SecretHit[]): boolean {
  const before = out.length;
  scanString(text, '', out);
  if (out.length === before) return false;
  const at = pathText(path);
  for (let i = before; i < out.length; i++) out[i]!.where = at;
  return true;
}

const MARK = (kind: string): string => `[REDACTED ${kind}]`;

/** Replaces every known secret, then anything else a detector recognises. */
/** The text with every secret the scanner finds in it replaced by a marker (for messages built from agent input). */
export function redactSecrets(text: string): string {
  const hits: SecretHit[] = [];
  scanString(text, '', hits);
  return hits.length === 0 ? text : redactText(text, hits);
}

export function redactText(text: string, hits: readonly SecretHit[]): string {
  let out = text;
  if (hits.length > 0) {
    const sorted = [...hits].sort((a, b) => b.value.length - a.value.length);
    for (const h of sorted) if (out.includes(h.value)) out = out.split(h.value).join(MARK(h.kind));
  }
  if (!MAYBE.test(out)) return out;
  const more: SecretHit[] = [];
  scanString(out, '', more);
  for (const h of more.sort((a, b) => b.value.length - a.value.length)) {
    if (!h.value.startsWith('[REDACTED')) out = out.split(h.value).join(MARK(h.kind));
  }
  return out;
}

/** Deep copy of a JSON-like value with every string redacted. */
export function redactDeep<T>(value: T, hits: readonly SecretHit[]): T {
  if (typeof value === 'string') return redactText(value, hits) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, hits)) as T;
  if (value !== null && typeof value === 'object') {
    // fromEntries defines own properties: a `__proto__` key is copied (assigned, it was lost).
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, hits)])) as T;
  }
  return value;
}

/** A short, redacted excerpt around the first secret: what a reviewer needs to find it. */
export function witnessOf(hits: readonly SecretHit[]): string | undefined {
  const h = hits[0];
  if (!h) return undefined;
  const red = redactText(h.text, hits).replace(/\s+/g, ' ');
  const at = red.indexOf('[REDACTED');
  if (at < 0) return undefined;
  const from = Math.max(0, at - 60);
  const to = Math.min(red.length, red.indexOf(']', at) + 61);
  return ((from > 0 ? '…' : '') + red.slice(from, to).trim() + (to < red.length ? '…' : '')).trim();
}
