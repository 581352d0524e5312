import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);
import {
  LineIndex,
  oneLine
} from "./chunk-YBGZSBVW.js";
import {
  addApproval,
  addRule,
  emptyDraft
} from "./chunk-SVDZDYXD.js";
import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode
} from "./chunk-OJEHWALM.js";
import {
  commandPatternProblem,
  normaliseCommandPattern
} from "./chunk-ABQ5D6RS.js";
import {
  hostPatternError
} from "./chunk-MEUNCPUN.js";
import {
  globSyntaxError
} from "./chunk-DUFMWMGU.js";

// src/native/claude/reader.ts
import { homedir } from "node:os";
import { basename, dirname, resolve } from "node:path";

// src/native/jsonc.ts
function readJsonc(file, text) {
  let errors = [], root = parseTree(text, errors, { allowTrailingComma: !0, disallowComments: !1 }), lines = new LineIndex(text), findings = errors.map((e) => {
    let at = lines.at(e.offset);
    return {
      ruleId: "native-file-invalid",
      severity: "warning",
      message: `not valid JSON: ${printParseErrorCode(e.error)}`,
      hint: "The agent ignores or rejects a settings file it cannot parse; fix the syntax.",
      file,
      line: at.line,
      column: at.column
    };
  });
  return { file, text, root: root ?? void 0, lines, findings };
}
function nodeAt(doc, path) {
  return doc.root ? findNodeAtLocation(doc.root, path) : void 0;
}
function stringItems(doc, node, where) {
  let out = [];
  if (!node) return out;
  let at = doc.lines.at(node.offset);
  if (node.type !== "array")
    return doc.findings.push({ ruleId: "native-file-invalid", severity: "warning", message: `${where} must be a list of strings`, file: doc.file, ...at }), out;
  for (let child of node.children ?? []) {
    let pos = doc.lines.at(child.offset);
    child.type === "string" && typeof child.value == "string" ? out.push({ value: child.value, ...pos }) : doc.findings.push({ ruleId: "native-file-invalid", severity: "warning", message: `${where} holds a ${child.type}, not a string: the agent ignores it`, file: doc.file, ...pos });
  }
  return out;
}

// src/native/claude/rules.ts
var READ_TOOLS = /* @__PURE__ */ new Set(["Read", "Glob", "Grep", "LS", "NotebookRead"]), EDIT_TOOLS = /* @__PURE__ */ new Set(["Edit", "Write", "MultiEdit", "NotebookEdit"]);
function parseClaudeRule(raw) {
  let text = raw.trim(), open = text.indexOf("(");
  if (open < 0) return /^[A-Za-z][A-Za-z0-9_-]*$/.test(text) ? { tool: text } : void 0;
  if (!text.endsWith(")")) return;
  let tool = text.slice(0, open);
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(tool)) return;
  let specifier = text.slice(open + 1, -1);
  return specifier === "*" || specifier === "" ? { tool } : { tool, specifier };
}
function claudeCommandSpec(specifier) {
  return specifier.endsWith(":*") ? { kind: "prefix", text: specifier.slice(0, -2).trimEnd() } : specifier.endsWith(" *") ? { kind: "prefix", text: specifier.slice(0, -2).trimEnd() } : specifier.includes("*") ? { kind: "wildcard", text: specifier } : { kind: "exact", text: specifier };
}
function isMcpName(tool) {
  return tool.startsWith("mcp__");
}

// src/native/claude/reader.ts
var SCOPE_ORDER = ["managed", "local", "project", "user"];
function claudeScopeOf(file) {
  let name = basename(file);
  return name === "managed-settings.json" || basename(dirname(file)) === "managed-settings.d" ? "managed" : name === "settings.local.json" ? "local" : resolve(file) === resolve(homedir(), ".claude", "settings.json") ? "user" : "project";
}
function readClaudeSettings(file, text, scope = claudeScopeOf(file)) {
  let doc = readJsonc(file, text), settingsDir = dirname(resolve(file)), rules = [];
  for (let effect of ["allow", "ask", "deny"])
    for (let item of stringItems(doc, nodeAt(doc, ["permissions", effect]), `permissions.${effect}`)) {
      let parsed = parseClaudeRule(item.value);
      if (!parsed) {
        doc.findings.push({
          ruleId: "native-rule-never-applies",
          severity: "warning",
          message: `"${item.value}" is not a Claude Code permission rule (Tool or Tool(specifier)): Claude Code ignores it`,
          hint: "Write it as Bash(npm test), Read(src/**), WebFetch(domain:example.com) or mcp__server__tool.",
          file,
          line: item.line,
          column: item.column
        });
        continue;
      }
      rules.push({ effect, raw: item.value, parsed, settingsDir, scope, file, line: item.line, column: item.column });
    }
  let settings = { file, scope, rules, findings: doc.findings }, mode = nodeAt(doc, ["permissions", "defaultMode"]);
  return mode && mode.type === "string" && typeof mode.value == "string" && (settings.defaultMode = { value: mode.value, file, ...doc.lines.at(mode.offset) }), settings;
}
function effectiveMode(files) {
  for (let scope of SCOPE_ORDER) {
    let f = files.find((s) => s.scope === scope && s.defaultMode);
    if (f) return f.defaultMode;
  }
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/), codeblock = "", numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    l && (codeblock += i.toString().padEnd(numberLen, " "), codeblock += ":  ", codeblock += l, codeblock += `
`, i === line && (codeblock += " ".repeat(numberLen + column + 2), codeblock += `^
`));
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    let [line, column] = getLineColFromPtr(options.toml, options.ptr), codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options), this.line = line, this.column = column, this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p, c = ctx.s.charCodeAt(ctx.p++), first = c, isLiteral = c === 39, isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  isMultiline && ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10 ? ctx.p++ : c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10 && (ctx.p += 2));
  let parsed = "", sliceStart = ctx.p, state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++)
    if (c = ctx.s.charCodeAt(ctx.p), isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10))
      state = state && 3;
    else if (c < 32 && c !== 9 || c === 127)
      TomlError.x("control characters are not allowed in strings", ctx);
    else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline && (ctx.s.charCodeAt(ctx.p + 3) === first && ctx.p++, ctx.s.charCodeAt(ctx.p + 3) === first && ctx.p++), !state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      return ctx.p += isMultiline ? 3 : 1, parsed;
    } else if (!state)
      !isLiteral && c === 92 && (parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p), state = 1);
    else if (state === 1)
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1, value = 0, len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p), digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          digit < 0 && TomlError.x("invalid non-hex character in unicode escape", ctx), value = value << 4 | digit;
        }
        (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) && TomlError.x("invalid unicode escape", ctx, errPtr), parsed += String.fromCodePoint(value), sliceStart = ctx.p--, state = 0;
      } else isMultiline && (c === 32 || c === 9) ? state = 2 : (c === 98 ? parsed += "\b" : c === 116 ? parsed += "	" : c === 110 ? parsed += `
` : c === 102 ? parsed += "\f" : c === 114 ? parsed += "\r" : c === 101 ? parsed += "\x1B" : c === 34 ? parsed += '"' : c === 92 ? parsed += "\\" : TomlError.x("unrecognised escape sequence", ctx), sliceStart = ctx.p + 1, state = 0);
    else c !== 32 && c !== 9 && (state === 2 && TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart), state = !isLiteral && c === 92 ? 1 : 0, sliceStart = ctx.p);
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i, TomlDate = class _TomlDate extends Date {
  #hasDate = !1;
  #hasTime = !1;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = !0, hasTime = !0, offset = "Z", c;
    if (typeof date == "string")
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            fasttype === 2 ? (offset = null, date += "Z") : (c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122 && (offset = date.slice(date.length - 6)), unsafeDelim && (date = date.slice(0, 10) + "T" + date.slice(11));
          } else fasttype === 4 && (date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`);
          hasDate = fasttype !== 4, hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        match ? (match[1] || (hasDate = !1, date = `0000-01-01T${date}`), hasTime = !!match[2], hasTime && date[10] === " " && (date = date.replace(" ", "T")), match[2] && +match[2] > 23 ? date = "" : (offset = match[3] || null, !offset && hasTime && (date += "Z"))) : date = "";
      }
    super(date), isNaN(this.getTime()) || (this.#hasDate = hasDate, this.#hasTime = hasTime, this.#offset = offset);
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    return offset = this.#offset[0] === "-" ? offset : -offset, new Date(this.getTime() - offset * 6e4).toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    return date.#offset = offset, date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    return date.#offset = null, date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    return date.#hasTime = !1, date.#offset = null, date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    return date.#hasDate = !1, date.#offset = null, date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p, c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    return ctx.d++, value;
  }
  return c === 34 || c === 39 ? parseString(ctx) : c === 116 ? ((ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101) && TomlError.x("invalid value", ctx, errPtr), ctx.p++, !0) : c === 102 ? ((ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101) && TomlError.x("invalid value", ctx, errPtr), ctx.p++, !1) : c === 43 || c === 45 ? parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end) : ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45 ? parseDate(ctx, c, end) : ctx.s.charCodeAt(ctx.p + 2) === 58 ? parseTime(ctx, c, end) : parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr, state = 0, hasUnderscores = !1;
  if (c === 105)
    return (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102) && TomlError.x("invalid value", ctx, startPtr), ctx.p++, (sign || 1) / 0;
  if (c === 110)
    return (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110) && TomlError.x("invalid value", ctx, startPtr), ctx.p++, NaN;
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === !0 ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    c === 46 ? state = 2 : c === 101 || c === 69 ? state = 4 : TomlError.x("illegal leading zero", ctx, startPtr);
  } else isDigit(c) || TomlError.x("invalid value", ctx, startPtr);
  for (; ++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr)); )
    state || (state = 1), c === 95 ? (state & 1 || TomlError.x("illegal underscore", ctx), state += 11, hasUnderscores = !0) : state === 1 && c === 46 ? state = 2 : (state === 1 || state === 3) && (c === 101 || c === 69) ? state = 4 : state === 4 && (c === 43 || c === 45) ? state = 6 : isDigit(c) ? state > 9 ? state -= 11 : state & 1 || state++ : TomlError.x("illegal character in numeric literal", ctx);
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === !0 ? BigInt(val) : val;
  }
  state & 1 || TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  return hasUnderscores && (str = str.replaceAll("_", "")), state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  for (; ++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr)); )
    c === 95 ? (underscore & 1 && TomlError.x("illegal underscore", ctx), underscore = 3) : isDigit(c, base) ? underscore & 1 && underscore-- : TomlError.x("illegal character in numeric literal", ctx);
  underscore & 1 && TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  return underscore && (str = str.replaceAll("_", "")), parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== !0)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return BigInt(base === 10 ? str : (base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)))
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  if (ctx.p += 5, isDigit(ctx.s.charCodeAt(ctx.p++)) || TomlError.x("invalid date-time: date part is malformed", ctx, startPtr), ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = !0, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, !1, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58 && TomlError.x("invalid date-time: time part is malformed", ctx, startPtr), ctx.s.charCodeAt(ctx.p += 3) === 58 && (ctx.p += 3), ctx.s.charCodeAt(ctx.p) === 46)
    for (; isDigit(ctx.s.charCodeAt(++ctx.p)); )
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p)))
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  if (ctx.s.charCodeAt(ctx.p += 4) === 58 && (ctx.p += 3), ctx.s.charCodeAt(ctx.p) === 46)
    for (; isDigit(ctx.s.charCodeAt(++ctx.p)); )
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, !1, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    return date.isValid() || TomlError.x("invalid date", ctx, errPtr), date;
  }
  try {
    switch (temporalSuffix && (str += temporalSuffix), type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    (c < 32 && c !== 9 || c === 127) && TomlError.x("control characters are not allowed in comments", ctx);
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  for (; ctx.p < ctx.s.length; ) {
    for (; ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)); )
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr, state = 0, parsed = [], sliceStart, c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end)
      return state || TomlError.x("unexpected end of key", ctx), state === 1 && parsed.push(ctx.s.slice(sliceStart, ctx.p)), ctx.p++, parsed;
    c === 46 ? (state || TomlError.x("illegal empty bare key", ctx), state === 1 && parsed.push(ctx.s.slice(sliceStart, ctx.p)), state = 0) : !state && (c === 34 || c === 39) ? (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2) && TomlError.x("illegal quoted key: multiline strings are not allowed", ctx), parsed.push(parseString(ctx)), state = 2, ctx.p--) : c === 32 || c === 9 ? state === 1 && (parsed.push(ctx.s.slice(sliceStart, ctx.p)), state = 2) : state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122 ? TomlError.x("illegal character in key", ctx) : state || (state = 1, sliceStart = ctx.p);
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++, res = /* @__PURE__ */ Object.create(null), seen = /* @__PURE__ */ new Set(), c;
  for (; ctx.p < ctx.s.length; ) {
    if (skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p)) === 125)
      return ctx.p++, res;
    let k, t = res, hasOwn = !1, errPtr = ctx.p, key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      i && (t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null)), k = key[i], (hasOwn = Object.hasOwn(t, k)) && (typeof t[k] != "object" || seen.has(t[k])) && TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      !hasOwn && unsafe && Object.defineProperty(t, k, { enumerable: !0, configurable: !0, writable: !0 });
    }
    hasOwn && TomlError.x("trying to redefine an already defined value", ctx, errPtr), skipVoid(ctx, !0, !0);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) == "object" && seen.add(value), skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p++)) === 125)
      return res;
    c !== 44 && TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++, res = [], c;
  for (; ctx.p < ctx.s.length; ) {
    if (skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p)) === 93)
      return ctx.p++, res;
    if (res.push(extractValue(
      ctx,
      93
      /* ] */
    )), skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p++)) === 93)
      return res;
    c !== 44 && TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table, m = meta, k, hasOwn = !1, state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      if (t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null), m = (state = m[k]).c, type === 0 && (state.t === 1 || state.t === 2))
        return null;
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l], m = m[l].c;
      }
    }
    if (k = key[i], (hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d)
      return null;
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return !1;
      unsafe && (Object.defineProperty(t, k, { enumerable: !0, configurable: !0, writable: !0 }), Object.defineProperty(m, k, { enumerable: !0, configurable: !0, writable: !0 })), m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: !1,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  if (state = m[k], state.t !== type && !(type === 1 && state.t === 3) || (type === 2 && (state.d || (state.d = !0, t[k] = []), t[k].push(t = /* @__PURE__ */ Object.create(null)), state.c[state.i++] = state = { t: 1, d: !1, i: 0, c: /* @__PURE__ */ Object.create(null) }), state.d))
    return null;
  if (state.d = !0, type === 1)
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  else if (type === 0 && hasOwn)
    return null;
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  (peek === null || ctx.uk === 2) && TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? !1,
    ld: options.useLegacyDate ?? !0,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  }, res = /* @__PURE__ */ Object.create(null), meta = /* @__PURE__ */ Object.create(null), tmp, skipping = !1, tbl = res, m = meta;
  for (toml.charCodeAt(0) === 65279 && ctx.p++, skipVoid(ctx); ctx.p < toml.length; ) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray, skipping = !1;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      isTableArray && (toml.charCodeAt(ctx.p) !== 93 && TomlError.x("expected end of table array declaration", ctx), ctx.p++);
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      p ? (m = p[2], tbl = p[1]) : (validateTablePeek(ctx, p, tmp), skipping = !0);
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx), p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      !p && !skipping && validateTablePeek(ctx, p, tmp), skipVoid(ctx, !0, !0);
      let v = extractValue(ctx, void 0);
      p && !skipping && (p[1][p[0]] = v);
    }
    skipVoid(ctx, !0), ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10) && TomlError.x("each key-value declaration must be followed by an end-of-line", ctx), skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/native/codex/starlark.ts
function isNameStart(c) {
  return c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "_";
}
function isNameChar(c) {
  return isNameStart(c) || c >= "0" && c <= "9";
}
var ESCAPES = { n: `
`, t: "	", r: "\r", "\\": "\\", '"': '"', "'": "'", 0: "\0" };
function tokenize(text) {
  let out = [], i = 0;
  for (; i < text.length; ) {
    let c = text[i];
    if (c === "#")
      for (; i < text.length && text[i] !== `
`; ) i++;
    else if (c === " " || c === "	" || c === `
` || c === "\r") i++;
    else if (c === '"' || c === "'") {
      let at = i, triple = text.startsWith(c.repeat(3), i), close = triple ? c.repeat(3) : c;
      i += close.length;
      let v = "", closed = !1;
      for (; i < text.length; ) {
        if (text.startsWith(close, i)) {
          i += close.length, closed = !0;
          break;
        }
        let ch = text[i];
        if (ch === `
` && !triple) break;
        if (ch === "\\" && i + 1 < text.length) {
          let e = text[i + 1];
          v += ESCAPES[e] ?? `\\${e}`, i += 2;
          continue;
        }
        v += ch, i++;
      }
      out.push(closed ? { t: "str", v, at } : { t: "bad", v: "a string that is not closed", at });
    } else if (isNameStart(c)) {
      let at = i;
      for (; i < text.length && isNameChar(text[i]); ) i++;
      out.push({ t: "name", v: text.slice(at, i), at });
    } else if (c >= "0" && c <= "9") {
      let at = i;
      for (; i < text.length && text[i] >= "0" && text[i] <= "9"; ) i++;
      out.push({ t: "num", v: Number(text.slice(at, i)), at });
    } else "()[],=".includes(c) ? (out.push({ t: "punct", v: c, at: i }), i++) : (out.push({ t: "bad", v: `"${c}"`, at: i }), i++);
  }
  return out;
}
var MAX_DEPTH = 16;
function readStarlark(text) {
  let lines = new LineIndex(text), tokens = tokenize(text), calls = [], problems = [], k = 0, problem = (at, message) => {
    problems.push({ message, ...lines.at(at) });
  }, skipStatement = () => {
    let depth = 0;
    for (k++; k < tokens.length; ) {
      let tok = tokens[k];
      if (tok.t === "punct" && (tok.v === "(" || tok.v === "[")) depth++;
      else if (tok.t === "punct" && (tok.v === ")" || tok.v === "]")) depth = Math.max(0, depth - 1);
      else if (depth === 0 && tok.t === "name") return;
      k++;
    }
  }, value = (depth) => {
    let tok = tokens[k];
    if (tok) {
      if (tok.t === "str" || tok.t === "num")
        return k++, tok.v;
      if (tok.t === "name" && (tok.v === "True" || tok.v === "False" || tok.v === "None"))
        return k++, tok.v === "None" ? null : tok.v === "True";
      if (tok.t === "punct" && tok.v === "[" && depth < MAX_DEPTH) {
        k++;
        let items = [];
        for (; k < tokens.length && !(tokens[k].t === "punct" && tokens[k].v === "]"); ) {
          let v = value(depth + 1);
          if (v === void 0) return;
          items.push(v);
          let sep4 = tokens[k];
          if (sep4?.t === "punct" && sep4.v === ",") k++;
          else if (!(sep4?.t === "punct" && sep4.v === "]")) return;
        }
        return k >= tokens.length ? void 0 : (k++, items);
      }
    }
  };
  for (; k < tokens.length; ) {
    let head = tokens[k], open = tokens[k + 1];
    if (head.t !== "name" || open?.t !== "punct" || open.v !== "(") {
      problem(head.at, `expected a call such as prefix_rule(...), found ${head.t === "bad" ? head.v : `"${head.v}"`}`), skipStatement();
      continue;
    }
    let call = { name: head.v, ...lines.at(head.at), args: /* @__PURE__ */ new Map() };
    k += 2;
    let ok = !0;
    for (; k < tokens.length && !(tokens[k].t === "punct" && tokens[k].v === ")"); ) {
      let key = tokens[k], eq = tokens[k + 1];
      if (key.t !== "name" || eq?.t !== "punct" || eq.v !== "=") {
        problem(key.at, `${head.v}() takes keyword arguments only (name = value)`), ok = !1;
        break;
      }
      k += 2;
      let valueAt = tokens[k]?.at ?? key.at, v = value(0);
      if (v === void 0) {
        problem(valueAt, `the value of ${key.v} is not a string, number, boolean or list`), ok = !1;
        break;
      }
      call.args.set(key.v, { value: v, ...lines.at(valueAt) });
      let sep4 = tokens[k];
      if (sep4?.t === "punct" && sep4.v === ",") k++;
      else if (!(sep4?.t === "punct" && sep4.v === ")")) {
        problem(sep4?.at ?? text.length, `expected "," or ")" in ${head.v}(...)`), ok = !1;
        break;
      }
    }
    if (!ok) {
      let depth = 1;
      for (; k < tokens.length && depth > 0; ) {
        let tok = tokens[k];
        tok.t === "punct" && (tok.v === "(" || tok.v === "[") ? depth++ : tok.t === "punct" && (tok.v === ")" || tok.v === "]") && depth--, k++;
      }
      continue;
    }
    if (k >= tokens.length) {
      problem(head.at, `${head.v}( is not closed`);
      break;
    }
    k++, calls.push(call);
  }
  return { calls, problems };
}

// src/native/codex/reader.ts
var DECISIONS = { allow: "allow", prompt: "ask", forbidden: "deny" };
function invalid(file, at, message, ruleId = "native-file-invalid") {
  return { ruleId, severity: "warning", message, file, line: at.line, column: at.column, hint: "Codex rejects or ignores what it cannot read; fix it as the Codex rules documentation shows." };
}
function readCodexRules(file, text) {
  let { calls, problems } = readStarlark(text), findings = problems.map((p) => invalid(file, p, p.message)), rules = [];
  for (let call of calls) {
    if (call.name !== "prefix_rule") {
      call.name !== "host_executable" && findings.push(invalid(file, call, `${call.name}() is not a Codex rule function (prefix_rule)`, "native-rule-never-applies"));
      continue;
    }
    let pattern = call.args.get("pattern"), decision = call.args.get("decision"), effect = decision === void 0 ? "allow" : typeof decision.value == "string" && Object.hasOwn(DECISIONS, decision.value) ? DECISIONS[decision.value] : void 0;
    if (effect === void 0) {
      findings.push(invalid(file, decision ?? call, 'decision must be "allow", "prompt" or "forbidden"'));
      continue;
    }
    let tokens = pattern && Array.isArray(pattern.value) ? pattern.value.map((el) => typeof el == "string" ? [el] : Array.isArray(el) && el.every((x) => typeof x == "string") ? el : void 0) : void 0;
    if (!tokens || tokens.length === 0 || tokens.some((t) => t === void 0 || t.length === 0)) {
      findings.push(invalid(file, pattern ?? call, "pattern must be a non-empty list of strings or lists of strings"));
      continue;
    }
    let alts = tokens, raw = `prefix_rule(${alts.map((a) => a.length === 1 ? JSON.stringify(a[0]) : `[${a.map((x) => JSON.stringify(x)).join(", ")}]`).join(", ")}) ${decision ? decision.value : "allow"}`;
    rules.push({ effect, pattern: alts, raw, file, line: call.line, column: call.column });
  }
  return { rules, findings };
}
function keyPlace(file, text, key) {
  let lines = text.split(`
`);
  for (let i = 0; i < lines.length; i++) {
    let t = lines[i].trimStart();
    if (t.startsWith("[")) break;
    if (t.startsWith(key) && t.slice(key.length).trimStart().startsWith("=")) return { file, line: i + 1, column: lines[i].length - t.length + 1 };
  }
  return { file, line: 1, column: 1 };
}
function readCodexConfig(file, text) {
  let config = { file, findings: [] }, data;
  try {
    data = parse(text);
  } catch (e) {
    let err = e;
    return config.findings.push(invalid(file, { line: err.line ?? 1, column: err.column ?? 1 }, `not valid TOML: ${err.message.split(`
`)[0]}`)), config;
  }
  for (let [key, field] of [["sandbox_mode", "sandboxMode"], ["approval_policy", "approvalPolicy"]]) {
    let v = data[key];
    typeof v == "string" && (config[field] = { value: v, ...keyPlace(file, text, key) });
  }
  let ws = data.sandbox_workspace_write;
  return ws && typeof ws.network_access == "boolean" && (config.networkAccess = ws.network_access), config;
}

// src/native/cursor/reader.ts
var TYPES = /* @__PURE__ */ new Set(["Shell", "Read", "Write", "WebFetch", "Mcp"]);
function readCursorConfig(file, text) {
  let doc = readJsonc(file, text), rules = [];
  for (let effect of ["allow", "deny"])
    for (let item of stringItems(doc, nodeAt(doc, ["permissions", effect]), `permissions.${effect}`)) {
      let v = item.value.trim(), open = v.indexOf("("), type = open > 0 ? v.slice(0, open) : "";
      if (!TYPES.has(type) || !v.endsWith(")") || v.length - 1 <= open + 1) {
        doc.findings.push({
          ruleId: "native-rule-never-applies",
          severity: "warning",
          message: `"${v}" is not a Cursor permission (Shell(\u2026), Read(\u2026), Write(\u2026), WebFetch(\u2026), Mcp(\u2026)): Cursor ignores it`,
          file,
          line: item.line,
          column: item.column
        });
        continue;
      }
      rules.push({ effect, type, arg: v.slice(open + 1, -1).trim(), raw: v, file, line: item.line, column: item.column });
    }
  return { rules, findings: doc.findings };
}

// src/native/gemini/reader.ts
var DECISIONS2 = { allow: "allow", deny: "deny", ask_user: "ask" };
function invalid2(file, at, message) {
  return { ruleId: "native-file-invalid", severity: "warning", message, file, line: at.line, column: at.column, hint: "Gemini CLI rejects or ignores a rule it cannot read; fix it as the policy engine documentation shows." };
}
var strings = (v) => typeof v == "string" ? [v] : Array.isArray(v) && v.every((x) => typeof x == "string") ? v : void 0;
function readGeminiPolicy(file, text) {
  let findings = [], data;
  try {
    data = parse(text);
  } catch (e) {
    let err = e;
    return { rules: [], findings: [invalid2(file, { line: err.line ?? 1, column: err.column ?? 1 }, `not valid TOML: ${err.message.split(`
`)[0]}`)] };
  }
  let headers = [];
  text.split(`
`).forEach((l, i) => {
    /^\s*\[\[\s*rule\s*\]\]/.test(l) && headers.push(i + 1);
  });
  let list = Array.isArray(data.rule) ? data.rule : [], rules = [];
  return list.forEach((r, i) => {
    let at = { file, line: headers[i] ?? 1, column: 1 }, effect = typeof r.decision == "string" ? DECISIONS2[r.decision] : void 0;
    if (!effect) return void findings.push(invalid2(file, at, 'decision must be "allow", "deny" or "ask_user"'));
    let tools = r.toolName === void 0 ? typeof r.mcpName == "string" ? [`${r.mcpName}__*`] : ["*"] : strings(r.toolName);
    if (!tools) return void findings.push(invalid2(file, at, "toolName must be a string or a list of strings"));
    let mcp = typeof r.mcpName == "string" ? r.mcpName : void 0, prefixes = r.commandPrefix === void 0 ? [] : strings(r.commandPrefix);
    if (!prefixes) return void findings.push(invalid2(file, at, "commandPrefix must be a string or a list of strings"));
    let modes = r.modes === void 0 ? void 0 : strings(r.modes), priority = typeof r.priority == "number" ? r.priority : 0, raw = [`toolName=${tools.join("|")}`, prefixes.length ? `commandPrefix=${prefixes.join("|")}` : "", typeof r.commandRegex == "string" ? `commandRegex=${r.commandRegex}` : "", `decision=${r.decision}`].filter(Boolean).join(" ");
    rules.push({
      ...at,
      effect,
      tools: mcp && r.toolName !== void 0 ? tools.map((t) => t.includes("__") ? t : `${mcp}__${t}`) : tools,
      commandPrefixes: prefixes,
      commandRegex: typeof r.commandRegex == "string" ? r.commandRegex : void 0,
      argsPattern: typeof r.argsPattern == "string" ? r.argsPattern : void 0,
      priority,
      modes,
      raw
    });
  }), { rules, findings };
}
function readGeminiSettings(file, text) {
  let doc = readJsonc(file, text), rules = [];
  for (let [key, effect] of [["allowed", "allow"], ["exclude", "deny"]])
    for (let item of stringItems(doc, nodeAt(doc, ["tools", key]), `tools.${key}`)) {
      let open = item.value.indexOf("("), tool = open < 0 ? item.value.trim() : item.value.slice(0, open).trim(), arg = open >= 0 && item.value.endsWith(")") ? item.value.slice(open + 1, -1) : void 0;
      rules.push({ file, line: item.line, column: item.column, effect, tools: [tool], commandPrefixes: arg !== void 0 ? [arg] : [], priority: 0, raw: item.value });
    }
  return { rules, findings: doc.findings };
}

// src/native/files.ts
function readCodexFiles(files, read) {
  let rules = [], findings = [], config;
  for (let f of files)
    if (f.endsWith(".toml")) config = readCodexConfig(f, read(f));
    else {
      let r = readCodexRules(f, read(f));
      rules.push(...r.rules), findings.push(...r.findings);
    }
  return { rules, config, findings };
}
function readGeminiFiles(files, read) {
  let rules = [], findings = [];
  for (let f of files) {
    let r = f.endsWith(".toml") ? readGeminiPolicy(f, read(f)) : readGeminiSettings(f, read(f));
    rules.push(...r.rules), findings.push(...r.findings);
  }
  return { rules, findings };
}
function readCursorFiles(files, read) {
  let rules = [], findings = [];
  for (let f of files) {
    let r = readCursorConfig(f, read(f));
    rules.push(...r.rules), findings.push(...r.findings);
  }
  return { rules, findings };
}

// src/native/wildcard.ts
function starMatch(pattern, text) {
  let p = 0, t = 0, starAt = -1, resumeAt = 0;
  for (; t < text.length; )
    if (p < pattern.length && pattern[p] !== "*" && pattern[p] === text[t])
      p++, t++;
    else if (p < pattern.length && pattern[p] === "*")
      starAt = p++, resumeAt = t;
    else if (starAt >= 0)
      p = starAt + 1, t = ++resumeAt;
    else return !1;
  for (; p < pattern.length && pattern[p] === "*"; ) p++;
  return p === pattern.length;
}
function starExamples(pattern) {
  return pattern.includes("*") ? [pattern.replaceAll("*", "x"), pattern.replaceAll("*", ""), pattern.replaceAll("*", " example.com/x")].map((s) => s.replace(/\s+/g, " ").trim()) : [pattern];
}

// src/native/paths.ts
import { posix } from "node:path";
var GLOB_CHARS = /[*?[{]/;
function toPosix(p) {
  return p.replaceAll("\\", "/");
}
function fromAbsolute(abs, root) {
  let a = posix.normalize(abs), r = root.endsWith("/") ? root.slice(0, -1) : root;
  if (a.startsWith(r + "/")) {
    let rel = a.slice(r.length + 1);
    return { repo: [rel], outside: !1, exact: rel.includes("/") && !rel.endsWith("/") };
  }
  let firstGlob = a.search(GLOB_CHARS), literal = firstGlob < 0 ? a : a.slice(0, a.lastIndexOf("/", firstGlob)), prefix = literal === "" ? "" : literal.endsWith("/") ? literal.slice(0, -1) : literal;
  if (r === prefix || r.startsWith(prefix + "/")) {
    let rest = firstGlob < 0 ? "" : a.slice(prefix.length + 1);
    return rest === "**" ? { repo: ["**"], outside: !0, exact: !0 } : rest.startsWith("**/") && !rest.slice(3).includes("**") ? { repo: [rest], outside: !0, exact: !1 } : { repo: ["**"], outside: !0, exact: !1 };
  }
  return { repo: [], outside: !0, exact: !0 };
}
function readPlainGlob(glob, root) {
  let g = toPosix(glob.trim());
  if (g.startsWith("/")) return fromAbsolute(g, root);
  let rel = g.startsWith("./") ? g.slice(2) : g;
  return { repo: [rel.endsWith("/") ? `${rel}**` : rel], outside: !1, exact: !g.startsWith("./") || rel.includes("/") };
}

// src/native/claude/paths.ts
function readClaudePath(specifier, opts) {
  let spec = toPosix(specifier.trim());
  spec.endsWith("/") && (spec += "**");
  let reading;
  if (spec.startsWith("//")) reading = fromAbsolute(spec.slice(1), opts.root);
  else if (spec === "~" || spec.startsWith("~/")) reading = fromAbsolute(opts.home + spec.slice(1), opts.root);
  else if (spec.startsWith("/")) {
    let a = fromAbsolute(toPosix(opts.settingsDir) + spec, opts.root), b = fromAbsolute(toPosix(opts.root) + spec, opts.root);
    reading = { repo: [.../* @__PURE__ */ new Set([...a.repo, ...b.repo])], outside: a.outside || b.outside, exact: !1 };
  } else {
    let rel = spec.startsWith("./") ? spec.slice(2) : spec;
    reading = { repo: [rel], outside: !1, exact: !(spec.startsWith("./") && !rel.includes("/")) };
  }
  return reading.repo.find((p) => globSyntaxError(p) !== void 0 || p.split("/").includes("..")) !== void 0 ? { repo: ["**"], outside: reading.outside, exact: !1 } : reading;
}

// src/native/token-patterns.ts
var PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
function plainProgram(word) {
  return PLAIN_WORD.test(word) && !word.includes("/") && !word.includes("=");
}
function allowWords(words) {
  if (words.length === 0) return { why: "the rule names no program" };
  if (!plainProgram(words[0])) return { why: `the program "${words[0]}" is path-qualified or not a plain word, which the policy reads differently` };
  let bad = words.find((w) => !PLAIN_WORD.test(w));
  if (bad !== void 0) return { why: `the word ${JSON.stringify(bad)} has characters the policy reads as shell syntax or wildcards` };
  let pattern = words.join(" ");
  return commandPatternProblem(pattern) || normaliseCommandPattern(pattern) !== pattern ? { why: "the policy would read the words differently" } : { pattern };
}
function denyWords(words) {
  let exact = allowWords(words);
  if ("pattern" in exact) return exact;
  let program = (words[0] ?? "").split("/").pop() ?? "";
  return program !== "" && PLAIN_WORD.test(program) && !program.includes("=") ? { pattern: program, widened: `the whole program "${program}"` } : { pattern: "*", widened: "every command" };
}
function expandAlternatives(pattern, limit = 64) {
  let out = [[]];
  for (let alts of pattern)
    if (out = out.flatMap((prefix) => alts.map((a) => [...prefix, a])), out.length > limit) return;
  return out;
}
function startsWithWords(command, words) {
  let tokens = command.split(" ").filter((t) => t !== "");
  return words.length <= tokens.length && words.every((w, i) => tokens[i] === w);
}
function patternToWords(pattern) {
  let all = normaliseCommandPattern(pattern).split(" ").filter((w) => w !== ""), body = all.length > 1 && all[all.length - 1] === "*" ? all.slice(0, -1) : all, exact = "pattern" in allowWords(body);
  if (exact) return { words: body, exact };
  let words = [];
  for (let w of body) {
    if (!PLAIN_WORD.test(w) || words.length === 0 && !plainProgram(w)) break;
    words.push(w);
  }
  return { words, exact: !1 };
}

// src/native/codex/importer.ts
import { relative, sep } from "node:path";

// src/native/defaults.ts
var RUNNER_PROGRAMS = [
  "sudo",
  "doas",
  "env",
  "command",
  "builtin",
  "exec",
  "nohup",
  "nice",
  "ionice",
  "time",
  "timeout",
  "xargs",
  "stdbuf",
  "setsid",
  "unbuffer",
  "taskset",
  "coproc",
  "busybox",
  "noglob",
  "nocorrect",
  "bash",
  "sh",
  "zsh",
  "dash",
  "ksh",
  "eval",
  "su",
  "runuser",
  "source",
  "."
];
function approximated(findings, at, message, hint) {
  findings.push({ ruleId: "import-approximated", severity: "info", message, hint, file: at.file, line: at.line, column: at.column });
}
function commandDefaults(ctx, unmatched, allows, runners) {
  let { draft, source } = ctx;
  if (unmatched === "allow") return;
  if (allows.length === 0) {
    unmatched === "deny" ? addRule(draft.commands.deny, "*", `${source}: commands no rule allows are refused`) : addApproval(draft.approvals, "command", "*", `${source}: commands no rule allows ask`);
    return;
  }
  unmatched === "ask" && approximated(ctx.findings, ctx.place, "commands the agent would ask about are denied by the imported policy: a policy cannot allow some commands and ask about all others", "Add require_human_approval command patterns for commands that should stay possible with an approval.");
  let allowedFirst = new Set(allows.map((p) => p.split(" ")[0]));
  for (let w of runners) allowedFirst.has(w) || addApproval(draft.approvals, "command", w, `${source}: the agent matches the whole "${w} \u2026" line`);
}
function writeDefaults(ctx, unmatched) {
  unmatched === "ask" ? addApproval(ctx.draft.approvals, "file", "**", `${ctx.source}: edits ask`) : unmatched === "deny" && (addRule(ctx.draft.filesystem.deny, "**", `${ctx.source}: edits are refused (reads too: the policy cannot deny writes only)`), approximated(ctx.findings, ctx.place, "the agent refuses edits; the policy cannot deny writes only, so reads are denied too"));
}
function networkDefaults(ctx, unmatched) {
  unmatched !== "allow" && (ctx.draft.network.allowOutbound = !1);
}
function toolDefaults(ctx, unmatched, freeTools) {
  let { draft, source } = ctx;
  if (unmatched !== "allow")
    if (draft.tools.allow.length > 0) {
      for (let t of freeTools) addRule(draft.tools.allow, t, `${source}: runs without asking`);
      unmatched === "ask" && approximated(ctx.findings, ctx.place, "MCP tools the agent would ask about are denied by the imported policy (tools.allow is a list of what may run)");
    } else unmatched === "deny" ? addRule(draft.tools.deny, "mcp__*", `${source}: MCP tools no rule allows are refused`) : addApproval(draft.approvals, "tool", "mcp__*", `${source}: MCP tools ask`);
}

// src/native/codex/importer.ts
function codexDefaults(config) {
  let approval = config?.approvalPolicy?.value, sandbox = config?.sandboxMode?.value, fullAccess = sandbox === "danger-full-access", never = approval === "never";
  return {
    // approval_policy never runs commands without asking; only without a sandbox is that "allow" here.
    commands: never && fullAccess ? "allow" : "ask",
    writes: fullAccess || sandbox === "workspace-write" ? "allow" : never ? "deny" : "ask",
    network: fullAccess || sandbox === "workspace-write" && config?.networkAccess === !0 ? "allow" : "deny"
  };
}
function importCodex(rules, config, readFindings, opts) {
  let shown = (f) => relative(opts.cwd, f).split(sep).join("/") || f, files = [.../* @__PURE__ */ new Set([...config ? [config.file] : [], ...rules.map((r) => r.file)])], draft = emptyDraft([`Imported from Codex rules and config: ${files.map(shown).join(", ")}`]), findings = [...readFindings, ...config?.findings ?? []], allows = [];
  for (let r of rules) {
    let source = `${shown(r.file)}:${r.line}  ${oneLine(r.raw)}`, combos = expandAlternatives(r.pattern);
    if (!combos) {
      if (r.effect === "allow") approximated(findings, r, `${oneLine(r.raw, 60)} has too many alternatives to list; left out of commands.allow`);
      else {
        let programs = [...new Set(r.pattern[0])];
        approximated(findings, r, `${oneLine(r.raw, 60)} has too many alternatives to list; imported as its programs ${programs.join(", ")}`);
        for (let p of programs) {
          let d = denyWords([p]);
          r.effect === "deny" ? addRule(draft.commands.deny, d.pattern, source) : addApproval(draft.approvals, "command", d.pattern, source);
        }
      }
      continue;
    }
    for (let words of combos) {
      if (r.effect === "allow") {
        let t = allowWords(words);
        "pattern" in t ? (addRule(draft.commands.allow, t.pattern, source), allows.push(t.pattern)) : approximated(findings, r, `${oneLine(words.join(" "), 60)} is left out of commands.allow: ${t.why}`);
        continue;
      }
      let d = denyWords(words);
      d.widened && approximated(findings, r, `${oneLine(words.join(" "), 60)} is imported as a ${r.effect === "deny" ? "deny" : "approval"} of ${d.widened}`), r.effect === "deny" ? addRule(draft.commands.deny, d.pattern, source) : addApproval(draft.approvals, "command", d.pattern, source);
    }
  }
  let defaults = codexDefaults(config), place = config?.approvalPolicy ?? config?.sandboxMode ?? rules[0] ?? { file: files[0] ?? "", line: 0, column: 0 }, settings = [config?.approvalPolicy && `approval_policy ${config.approvalPolicy.value}`, config?.sandboxMode && `sandbox_mode ${config.sandboxMode.value}`].filter(Boolean).join(", "), ctx = { draft, place, findings, source: `Codex defaults${settings ? ` (${settings})` : ""}` };
  return commandDefaults(ctx, defaults.commands, allows, RUNNER_PROGRAMS), writeDefaults(ctx, defaults.writes), networkDefaults(ctx, defaults.network), toolDefaults(ctx, defaults.commands === "allow" ? "allow" : "ask", []), { draft, findings };
}

// src/native/cursor/importer.ts
import { relative as relative2, sep as sep2 } from "node:path";
function cursorShell(arg) {
  let colon = arg.indexOf(":");
  if (colon < 0) return { program: arg };
  let args = arg.slice(colon + 1);
  return args === "*" ? { program: arg.slice(0, colon) } : { program: arg.slice(0, colon), args };
}
function cursorMcpName(arg) {
  let [server = "*", tool = "*"] = arg.split(/[:,]/).map((s) => s.trim());
  return `mcp__${server}__${tool}`;
}
function importCursor(rules, readFindings, opts) {
  let shown = (f) => relative2(opts.cwd, f).split(sep2).join("/") || f, files = [...new Set(rules.map((r) => r.file))], draft = emptyDraft([`Imported from Cursor CLI permissions: ${files.map(shown).join(", ")}`]), findings = [...readFindings], allows = [], shellAll = !1, writeAll = !1;
  for (let r of rules) {
    let source = `${shown(r.file)}:${r.line}  ${oneLine(r.raw)}`;
    switch (r.type) {
      case "Shell": {
        let { program, args } = cursorShell(r.arg);
        if (program === "*" || program === "**") {
          r.effect === "allow" ? shellAll = !0 : addRule(draft.commands.deny, "*", source);
          break;
        }
        if (r.effect === "allow") {
          let t = args === void 0 ? allowWords([program]) : { why: 'arguments after ":" are matched by Cursor in ways the policy cannot say exactly' };
          "pattern" in t ? (addRule(draft.commands.allow, t.pattern, source), allows.push(t.pattern)) : approximated(findings, r, `"${oneLine(r.raw, 60)}" is left out of commands.allow: ${t.why}`);
        } else {
          let d = denyWords([program]);
          (d.widened || args !== void 0) && approximated(findings, r, `"${oneLine(r.raw, 60)}" is imported as a deny of ${d.widened ?? `the whole program "${d.pattern}"`}`), addRule(draft.commands.deny, d.pattern, source);
        }
        break;
      }
      case "Read":
      case "Write": {
        let reading = readPlainGlob(r.arg, opts.root);
        if (r.effect === "allow") {
          r.type === "Write" && reading.repo.includes("**") && reading.exact ? writeAll = !0 : (r.type === "Write" || reading.outside) && approximated(findings, r, r.type === "Write" ? `"${oneLine(r.raw, 60)}" is not imported as an allow: the policy cannot let some writes run while the others need approval` : `"${oneLine(r.raw, 60)}" allows reads outside the repository, which the policy denies`);
          break;
        }
        reading.exact || approximated(findings, r, `"${oneLine(r.raw, 60)}" is imported as ${reading.repo.map((p) => `"${p}"`).join(", ")}, which covers more paths`);
        for (let p of reading.repo) addRule(draft.filesystem.deny, p, source);
        break;
      }
      case "WebFetch": {
        let host = r.arg.toLowerCase();
        if (host === "*") {
          r.effect === "deny" ? addRule(draft.network.deny, "*", source) : addRule(draft.network.exceptions, "*", source);
          break;
        }
        if (hostPatternError(host) !== void 0) {
          r.effect === "allow" ? approximated(findings, r, `"${oneLine(r.raw, 60)}" is not a host the policy can read; left out`) : (approximated(findings, r, `"${oneLine(r.raw, 60)}" is not a host the policy can read; imported as a deny of every host`), addRule(draft.network.deny, "*", source));
          break;
        }
        if (r.effect === "allow") addRule(draft.network.exceptions, host, source);
        else for (let h of host.startsWith("*.") ? [host] : [host, `*.${host}`]) addRule(draft.network.deny, h, source);
        break;
      }
      case "Mcp": {
        let name = cursorMcpName(r.arg);
        addRule(r.effect === "allow" ? draft.tools.allow : draft.tools.deny, name, source);
        break;
      }
    }
  }
  let place = rules[0] ?? { file: files[0] ?? "", line: 0, column: 0 }, ctx = { draft, place, findings, source: "Cursor CLI's default (ask)" };
  return commandDefaults(ctx, shellAll ? "allow" : "ask", allows, RUNNER_PROGRAMS), writeAll || writeDefaults(ctx, "ask"), networkDefaults(ctx, draft.network.exceptions.some((e) => e.pattern === "*") ? "allow" : "ask"), draft.network.allowOutbound === void 0 && (draft.network.exceptions = []), toolDefaults(ctx, "ask", []), { draft, findings };
}

// src/native/gemini/importer.ts
import { relative as relative3, sep as sep3 } from "node:path";
var GEMINI_SHELL = "run_shell_command", GEMINI_WRITE_TOOLS = ["write_file", "replace"], GEMINI_READ_TOOLS = ["read_file", "read_many_files", "glob", "search_file_content", "list_directory"], GEMINI_WEB_TOOLS = ["web_fetch"], FREE_TOOLS = ["glob", "search_file_content", "list_directory", "read_file", "read_many_files", "google_web_search", "write_todos"];
function prefixWords(prefix) {
  return prefix.split(" ").filter((w) => w !== "");
}
function policyToolName(tool) {
  return tool.includes("__") && !tool.startsWith("mcp__") ? `mcp__${tool}` : tool;
}
function regexProgram(regex) {
  let m = /^\^?([A-Za-z0-9_.-]+)(?:\\s|\s|\\b|$)/.exec(regex);
  return m ? m[1] : "*";
}
function importGemini(rules, readFindings, opts) {
  let shown = (f) => relative3(opts.cwd, f).split(sep3).join("/") || f, files = [...new Set(rules.map((r) => r.file))], draft = emptyDraft([`Imported from Gemini CLI policies: ${files.map(shown).join(", ")}`]), findings = [...readFindings], allows = [], shellAll = !1, webAll = !1, writeAll = /* @__PURE__ */ new Set();
  for (let r of rules) {
    let source = `${shown(r.file)}:${r.line}  ${oneLine(r.raw)}`;
    if (r.effect === "allow" && r.modes && !r.modes.includes("default")) {
      approximated(findings, r, `an allow limited to the modes ${r.modes.join(", ")} is left out (the policy has no modes)`);
      continue;
    }
    for (let tool of r.tools) {
      if (tool === "*") {
        r.effect === "allow" ? approximated(findings, r, "an allow of every tool is left out: review what the agent needs") : (approximated(findings, r, `a ${r.effect} of every tool is imported as a deny of every command, path, host and tool`), addRule(draft.commands.deny, "*", source), addRule(draft.filesystem.deny, "**", source), addRule(draft.network.deny, "*", source), addRule(draft.tools.deny, "*", source));
        continue;
      }
      if (tool === GEMINI_SHELL) {
        if (r.argsPattern !== void 0 && r.effect === "allow") {
          approximated(findings, r, "an allow limited by argsPattern is left out (the policy cannot read a regular expression over arguments)");
          continue;
        }
        if (r.commandRegex !== void 0) {
          if (r.effect === "allow") approximated(findings, r, "an allow by commandRegex is left out (a regular expression has no policy form)");
          else {
            let program = regexProgram(r.commandRegex);
            approximated(findings, r, `commandRegex is imported as a ${r.effect === "deny" ? "deny" : "approval"} of ${program === "*" ? "every command" : `the whole program "${program}"`}`), r.effect === "deny" ? addRule(draft.commands.deny, program, source) : addApproval(draft.approvals, "command", program, source);
          }
          continue;
        }
        if (r.commandPrefixes.length === 0) {
          r.effect === "allow" ? shellAll = !0 : r.effect === "deny" ? addRule(draft.commands.deny, "*", source) : addApproval(draft.approvals, "command", "*", source);
          continue;
        }
        for (let prefix of r.commandPrefixes) {
          let words = prefixWords(prefix);
          if (r.effect === "allow") {
            let t = allowWords(words);
            "pattern" in t ? (addRule(draft.commands.allow, t.pattern, source), allows.push(t.pattern)) : approximated(findings, r, `"${oneLine(prefix, 60)}" is left out of commands.allow: ${t.why}`);
            continue;
          }
          let d = denyWords(words), pattern = d.pattern !== "*" && !d.widened && !prefix.endsWith(" ") ? `${d.pattern}*` : d.pattern;
          d.widened && approximated(findings, r, `"${oneLine(prefix, 60)}" is imported as a ${r.effect === "deny" ? "deny" : "approval"} of ${d.widened}`), r.effect === "deny" ? addRule(draft.commands.deny, pattern, source) : addApproval(draft.approvals, "command", pattern, source);
        }
        continue;
      }
      if (r.argsPattern !== void 0 && r.effect === "allow") {
        approximated(findings, r, `an allow of ${tool} limited by argsPattern is left out`);
        continue;
      }
      if (GEMINI_WRITE_TOOLS.includes(tool) || GEMINI_READ_TOOLS.includes(tool)) {
        let writes = GEMINI_WRITE_TOOLS.includes(tool);
        r.effect === "allow" ? writes && writeAll.add(tool) : r.effect === "deny" || !writes ? ((!writes || r.argsPattern !== void 0) && approximated(findings, r, `a ${r.effect} of ${tool} is imported as a deny of every path`), addRule(draft.filesystem.deny, "**", source)) : addApproval(draft.approvals, "file", "**", source);
        continue;
      }
      if (GEMINI_WEB_TOOLS.includes(tool)) {
        r.effect === "allow" ? webAll = !0 : r.effect === "deny" ? addRule(draft.network.deny, "*", source) : addApproval(draft.approvals, "host", "*", source);
        continue;
      }
      let name = policyToolName(tool);
      r.effect === "allow" ? addRule(draft.tools.allow, name, source) : r.effect === "deny" ? addRule(draft.tools.deny, name, source) : addApproval(draft.approvals, "tool", name, source);
    }
  }
  let place = rules[0] ?? { file: files[0] ?? "", line: 0, column: 0 }, ctx = { draft, place, findings, source: "Gemini CLI's default approval mode" };
  return commandDefaults(ctx, shellAll ? "allow" : "ask", allows, RUNNER_PROGRAMS), GEMINI_WRITE_TOOLS.every((t) => writeAll.has(t)) || writeDefaults(ctx, "ask"), networkDefaults(ctx, webAll ? "allow" : "ask"), toolDefaults(ctx, "ask", FREE_TOOLS), { draft, findings };
}

// src/native/claude/commands.ts
function claudeCommandMatches(spec, command) {
  switch (spec.kind) {
    case "exact":
      return command === spec.text;
    case "prefix":
      return starMatch(spec.text, command) || starMatch(`${spec.text} *`, command);
    case "wildcard":
      return starMatch(spec.text, command);
  }
}
var SHELL_SYNTAX = /["'`\\$;&|<>(){}\n]/;
function allowPattern(specifier) {
  let spec = claudeCommandSpec(specifier);
  if (spec.kind === "exact") return { why: "an exact command has no policy form (policy patterns also admit further arguments)" };
  if (SHELL_SYNTAX.test(spec.text)) return { why: "quotes, expansions or shell operators are matched as raw text by Claude Code and as parsed words by the policy" };
  let first = spec.text.split(" ")[0] ?? "";
  if (first.includes("/")) return { why: `the policy matches a path-qualified program by its base name, which would admit any "${first.split("/").pop()}"` };
  if (first.includes("*")) return { why: "a wildcard in the program name would admit other programs" };
  if (spec.kind === "wildcard" && !spec.text.endsWith("*")) return { why: "a `*` inside the rule is anchored at the end by Claude Code; the policy would admit further arguments" };
  let shrunk = spec.kind === "wildcard" && !spec.text.endsWith(" *"), pattern = (shrunk ? spec.text.slice(0, -1) : spec.text).replace(/\s+/g, " ").trim();
  if (pattern === "" || pattern.includes("*") && pattern.endsWith("*")) return { why: "the rule admits any command" };
  let problem = commandPatternProblem(pattern);
  return problem ? { why: problem } : normaliseCommandPattern(pattern) !== pattern ? { why: "the policy would read the rule differently once normalised" } : shrunk ? { pattern, shrunk: `"${pattern}" (whole words: "${pattern}x\u2026" is left out)` } : { pattern };
}
function denyPattern(specifier) {
  let text = claudeCommandSpec(specifier).text.replace(/\s+/g, " ").trim(), problem = commandPatternProblem(text);
  if (!problem && !SHELL_SYNTAX.test(text)) return { pattern: text };
  let first = text.split(" ")[0] ?? "";
  return first !== "" && !SHELL_SYNTAX.test(first) && !commandPatternProblem(first) ? { pattern: first, widened: `the whole program "${first}" (the rule's text ${problem ? `cannot be a policy pattern: ${problem}` : "has shell syntax the policy reads as words"})` } : { pattern: "*", widened: "every command (the rule names no program the policy can read)" };
}

export {
  RUNNER_PROGRAMS,
  commandDefaults,
  writeDefaults,
  networkDefaults,
  toolDefaults,
  starMatch,
  starExamples,
  READ_TOOLS,
  EDIT_TOOLS,
  claudeCommandSpec,
  isMcpName,
  claudeCommandMatches,
  allowPattern,
  denyPattern,
  readPlainGlob,
  readClaudePath,
  readClaudeSettings,
  effectiveMode,
  expandAlternatives,
  startsWithWords,
  patternToWords,
  codexDefaults,
  importCodex,
  cursorShell,
  cursorMcpName,
  importCursor,
  readCodexFiles,
  readGeminiFiles,
  readCursorFiles,
  GEMINI_SHELL,
  GEMINI_WRITE_TOOLS,
  GEMINI_READ_TOOLS,
  GEMINI_WEB_TOOLS,
  policyToolName,
  importGemini
};
