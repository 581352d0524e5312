import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/match/path.ts
var BAD_CHAR = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/, LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/, DRIVE = /^[A-Za-z]:/;
function pathCharProblem(s) {
  if (s === "") return "empty path";
  let bad = BAD_CHAR.exec(s);
  if (bad) return `contains control character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  if (LONE_SURROGATE.test(s)) return "contains an unpaired UTF-16 surrogate";
}
function resolveAbsolute(p) {
  let anchor = "", rest = p;
  if (DRIVE.test(p) && (anchor = p[0].toUpperCase() + ":", rest = p.slice(2)), isNormalRest(rest)) return anchor + rest;
  let out = [];
  for (let seg of rest.split("/"))
    seg === "" || seg === "." || (seg === ".." ? out.pop() : out.push(seg));
  return `${anchor}/${out.join("/")}`;
}
function isNormalRest(rest) {
  return rest.length > 1 && rest[0] === "/" && !rest.endsWith("/") && !rest.endsWith("/.") && !rest.endsWith("/..") && !rest.includes("//") && !rest.includes("/./") && !rest.includes("/../");
}
function isAbsolute(p) {
  return p.startsWith("/") || /^[A-Za-z]:(\/|$)/.test(p);
}
var lastRoot, lastRootNormal = "";
function normalizeRoot(root) {
  if (root === lastRoot) return lastRootNormal;
  let r = root.replace(/\\/g, "/");
  if (!isAbsolute(r) || pathCharProblem(r)) throw new TypeError(`repository root must be an absolute path: ${JSON.stringify(root)}`);
  let normal = resolveAbsolute(r);
  return lastRoot = root, lastRootNormal = normal, normal;
}
function relativeTo(root, abs) {
  if (abs === root) return ".";
  let prefix = root.endsWith("/") ? root : `${root}/`;
  return abs.startsWith(prefix) ? abs.slice(prefix.length) : void 0;
}
function windowsSegment(seg) {
  let colon = seg.indexOf(":"), name = colon >= 0 ? seg.slice(0, colon) : seg, end = name.length;
  for (; end > 0 && (name[end - 1] === "." || name[end - 1] === " "); ) end--;
  return name.slice(0, end);
}
var WINDOWS_TRIMMED = /[. ](\/|$)|:/;
function windowsAlias(path) {
  if (!WINDOWS_TRIMMED.test(path)) return;
  let segs = path.split("/"), out = segs.map((seg, k) => k === 0 && (seg === "" || seg.startsWith("~") || /^[A-Za-z]:$/.test(seg)) ? seg : windowsSegment(seg));
  if (out.some((seg, k) => seg === "" && segs[k] !== "")) return;
  let alias = out.join("/");
  return alias === path ? void 0 : alias;
}
function windowsDotSegment(path) {
  if (WINDOWS_TRIMMED.test(path))
    return path.split("/").find((seg) => /[. ]$/.test(seg) && ["", ".", ".."].includes(windowsSegment(seg)) && !["", ".", ".."].includes(seg));
}
function outside(path) {
  return { path, outside: !0 };
}
function invalid(input, reason) {
  return { path: input, outside: !0, invalid: reason };
}
function plainRelative(s) {
  let n = s.length;
  if (n === 0) return !1;
  let segStart = 0;
  for (let i = 0; i <= n; i++) {
    let c = i < n ? s.charCodeAt(i) : 47;
    if (c === 47) {
      if (i === segStart || s.charCodeAt(i - 1) === 46) return !1;
      segStart = i + 1;
      continue;
    }
    if (!(c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 46 || c === 45 || c === 43)) return !1;
  }
  return !0;
}
function normalizePath(input, opts) {
  return typeof input != "string" ? invalid(String(input), "not a string") : (opts.cwd === void 0 || opts.cwd === "") && plainRelative(input) ? (normalizeRoot(opts.root), { path: input, outside: !1 }) : normalizeSlowly(input, opts);
}
function normalizeSlowly(input, opts) {
  if (typeof input != "string") return invalid(String(input), "not a string");
  let problem = pathCharProblem(input);
  if (problem) return invalid(input, problem);
  let root = normalizeRoot(opts.root), s = input.includes("\\") ? input.replace(/\\/g, "/") : input, dotty = windowsDotSegment(s);
  if (dotty !== void 0) return invalid(input, `segment ${JSON.stringify(dotty)} is a dot segment or nothing on Windows`);
  if (s.startsWith("~")) {
    let [head, ...segs] = s.split("/"), out = [];
    for (let seg of segs)
      if (!(seg === "" || seg === "."))
        if (seg === "..") {
          if (out.length === 0) return invalid(input, `'..' climbs above ${head}`);
          out.pop();
        } else out.push(seg);
    return outside([head, ...out].join("/"));
  }
  if (DRIVE.test(s) && !/^[A-Za-z]:(\/|$)/.test(s)) return invalid(input, "drive-relative path");
  if (!isAbsolute(s) && opts.cwd?.startsWith("~") && !pathCharProblem(opts.cwd)) return normalizePath(`${opts.cwd.replace(/\\/g, "/")}/${s}`, { root: opts.root });
  let abs;
  isAbsolute(s) ? abs = resolveAbsolute(s) : abs = resolveAbsolute(`${baseDir(root, opts.cwd)}/${s}`);
  let rel = relativeTo(root, abs);
  if (rel === void 0) return outside(abs);
  let slash = rel.indexOf("/"), first = slash < 0 ? rel : rel.slice(0, slash);
  return first.startsWith("~") || DRIVE.test(first) ? outside(abs) : { path: rel, outside: !1 };
}
function baseDir(root, cwd) {
  if (cwd === void 0 || cwd === "" || pathCharProblem(cwd)) return root;
  let c = cwd.replace(/\\/g, "/");
  return isAbsolute(c) ? resolveAbsolute(c) : resolveAbsolute(`${root}/${c}`);
}
function withoutTrailingSlashes(s) {
  let end = s.length;
  for (; end > 0 && s.charCodeAt(end - 1) === 47; ) end--;
  return end === s.length ? s : s.slice(0, end);
}

export {
  windowsAlias,
  normalizePath,
  withoutTrailingSlashes
};
