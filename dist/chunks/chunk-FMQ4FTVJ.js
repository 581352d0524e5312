import { createRequire as __aplCreateRequire } from 'node:module'; const require = __aplCreateRequire(import.meta.url);

// src/match/ranges.ts
function normalizeRanges(flat) {
  let pairs = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  let out = [];
  for (let [lo, hi] of pairs) {
    let n = out.length;
    n > 0 && lo <= out[n - 1] + 1 ? out[n - 1] = Math.max(out[n - 1], hi) : out.push(lo, hi);
  }
  return out;
}
function complementRanges(r) {
  let out = [], next = 0;
  for (let i = 0; i < r.length; i += 2)
    r[i] > next && out.push(next, r[i] - 1), next = r[i + 1] + 1;
  return next <= 65535 && out.push(next, 65535), out;
}
function rangesContain(r, c) {
  let lo = 0, hi = r.length / 2 - 1;
  for (; lo <= hi; ) {
    let m = lo + hi >> 1;
    if (c < r[2 * m]) hi = m - 1;
    else if (c > r[2 * m + 1]) lo = m + 1;
    else return !0;
  }
  return !1;
}

// src/match/case-fold.ts
var UNITS = 65536, tables;
function rep(representative, c) {
  return representative[c] || c;
}
function singleUnit(s) {
  return s.length === 1 ? s.charCodeAt(0) : void 0;
}
function buildTables() {
  let parent = new Uint16Array(UNITS);
  for (let c = 0; c < UNITS; c++) parent[c] = c;
  let find = (c) => {
    for (; parent[c] !== c; )
      parent[c] = parent[parent[c]], c = parent[c];
    return c;
  }, join = (a, b) => {
    let ra = find(a), rb = find(b);
    ra < rb ? parent[rb] = ra : rb < ra && (parent[ra] = rb);
  };
  for (let c = 0; c < UNITS; c++) {
    if (c >= 55296 && c <= 57343) continue;
    let ch = String.fromCharCode(c), upper = singleUnit(ch.toUpperCase()), lower = singleUnit(ch.toLowerCase());
    upper !== void 0 && upper !== c && join(c, upper), lower !== void 0 && lower !== c && join(c, lower);
  }
  let representative = new Uint16Array(UNITS), members = /* @__PURE__ */ new Map();
  for (let c = 0; c < UNITS; c++) {
    let r = find(c);
    if (r !== c) {
      representative[c] = r;
      let list = members.get(r);
      list ? list.push(c) : members.set(r, [r, c]);
    }
  }
  let all = [];
  for (let list of members.values()) all.push(...list);
  return { representative, members, foldable: Uint16Array.from(all).sort() };
}
var beforeFirstFold;
function whenFoldNeeded(install) {
  tables || (beforeFirstFold = install);
}
function foldTables() {
  if (!tables && beforeFirstFold) {
    let install = beforeFirstFold;
    beforeFirstFold = void 0, install();
  }
  return tables ??= buildTables();
}
function caseClasses() {
  return [...foldTables().members.values()];
}
function useCaseClasses(classes) {
  if (tables) return !0;
  if (!Array.isArray(classes) || classes.length === 0) return !1;
  let representative = new Uint16Array(UNITS), assigned = new Uint8Array(UNITS), members = /* @__PURE__ */ new Map(), all = [];
  for (let list of classes) {
    if (!Array.isArray(list) || list.length < 2) return !1;
    let r = list[0];
    for (let i = 0; i < list.length; i++) {
      let m = list[i];
      if (!Number.isInteger(m) || m <= 0 || m >= UNITS || i > 0 && m <= list[i - 1] || assigned[m]) return !1;
      assigned[m] = 1, m !== r && (representative[m] = r);
    }
    members.set(r, list), all.push(...list);
  }
  return tables = { representative, members, foldable: Uint16Array.from(all).sort() }, !0;
}
var ASCII_ONLY = /^[\x00-\x7f]*$/;
function foldString(s) {
  if (ASCII_ONLY.test(s)) return s.toUpperCase();
  let { representative } = foldTables(), out = "";
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(rep(representative, s.charCodeAt(i)));
  return out;
}
var closed = /* @__PURE__ */ new Map(), MAX_MEMO = 1e4;
function missingUnits(set) {
  let inSet = 0;
  for (let j = 0; j < set.length; j += 2) inSet += set[j + 1] - set[j] + 1;
  return UNITS - inSet;
}
function caseClosure(set) {
  let key = set.join(","), out = closed.get(key);
  if (out) return out;
  let { representative, members, foldable } = foldTables(), extra = [];
  if (missingUnits(set) < foldable.length)
    for (let j = -1; j < set.length; j += 2) {
      let from = j < 0 ? 0 : set[j] + 1, to = j + 1 < set.length ? set[j + 1] - 1 : UNITS - 1;
      for (let u = from; u <= to; u++)
        members.get(rep(representative, u))?.some((m) => rangesContain(set, m)) && extra.push(u, u);
    }
  else {
    let i = 0;
    for (let j = 0; j < set.length && i < foldable.length; j += 2) {
      for (; i < foldable.length && foldable[i] < set[j]; ) i++;
      for (; i < foldable.length && foldable[i] <= set[j + 1]; i++)
        for (let m of members.get(rep(representative, foldable[i]))) rangesContain(set, m) || extra.push(m, m);
    }
  }
  return out = extra.length > 0 ? normalizeRanges([...set, ...extra]) : set, closed.size < MAX_MEMO && closed.set(key, out), out;
}

export {
  normalizeRanges,
  complementRanges,
  rangesContain,
  whenFoldNeeded,
  caseClasses,
  useCaseClasses,
  foldString,
  caseClosure
};
