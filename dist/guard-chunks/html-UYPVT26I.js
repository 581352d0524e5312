var __defProp=Object.defineProperty;var __getOwnPropDesc=Object.getOwnPropertyDescriptor;var __getOwnPropNames=Object.getOwnPropertyNames;var __hasOwnProp=Object.prototype.hasOwnProperty;var __export=(target,all)=>{for(var name in all)__defProp(target,name,{get:all[name],enumerable:true})};var __copyProps=(to,from,except,desc)=>{if(from&&typeof from==="object"||typeof from==="function"){for(let key of __getOwnPropNames(from))if(!__hasOwnProp.call(to,key)&&key!==except)__defProp(to,key,{get:()=>from[key],enumerable:!(desc=__getOwnPropDesc(from,key))||desc.enumerable})}return to};var __toCommonJS=mod=>__copyProps(__defProp({},"__esModule",{value:true}),mod);var stdin_exports={};__export(stdin_exports,{formatHtml:()=>formatHtml,formatHtmlChunks:()=>formatHtmlChunks});module.exports=__toCommonJS(stdin_exports);var import_chunk_4AVZ2PON=require("./chunk-4AVZ2PON.js");var import_node_crypto=require("node:crypto");var SCRIPT=String.raw`(function () {
  'use strict';
  // Phases of the opening, for bench/reports.bench.ts (performance marks, nothing else).
  function mark(name) { if (window.performance && performance.mark) performance.mark('apl:' + name); }
  mark('script');
  // The index's JSON text, in one block or cut into several (html/page.ts: quicker to load).
  var text = document.getElementById('report-data').textContent;
  var more = document.querySelectorAll('script.report-data');
  if (more.length) text = [text].concat(Array.prototype.map.call(more, function (b) { return b.textContent; })).join('');
  mark('joined');
  var data = JSON.parse(text);
  mark('parsed');
  text = null;
  // Rows put in the table at once (more on "show more"): a table of thousands of rows is what
  // made a large report slow to open and to filter; the filter itself is a loop over arrays.
  var PAGE = 200;
  var limit = PAGE;
  var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
  function shown(s) {
    return String(s == null ? '' : s).replace(CONTROL, function (c) {
      return '\u27e6U+' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') + '\u27e7';
    });
  }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) for (var k in attrs) {
      if (k === 'text') node.textContent = shown(attrs[k]);
      else if (k === 'cls') node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    }
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }
  function $(id) { return document.getElementById(id); }
  var SEV = ['error', 'warning', 'info'];
  var SEV_NAME = { error: 'error', warning: 'warning', info: 'notice' };
  // Rows name repeated strings by their index in data.strings (0: none); see html/data.ts.
  var S = data.strings;
  // Findings as columns: F.severity[i], F.rule[i], F.file[i], F.line[i], F.column[i], F.agent[i],
  // F.session[i], F.hint[i], F.help[i] (strings by index); the messages are in blocks.
  var F = data.findings;
  var N = F.n;
  var BLOCK = data.block;
  // Blocks of BLOCK items (messages, then decisions in timeline order), each parsed the first
  // time one of its items is shown: opening the page parses none but the first rows'.
  // lower: the block's strings lower-cased (for a search). JSON text lower-cased is the same
  // JSON with its strings lower-cased: its syntax and escapes are lower case or case-free.
  function blocks(cls, lower) {
    var els = document.querySelectorAll('script.' + cls);
    var parsed = [];
    function block(b) {
      if (!parsed[b]) parsed[b] = JSON.parse(lower ? els[b].textContent.toLowerCase() : els[b].textContent);
      return parsed[b];
    }
    function item(i) {
      var b = Math.floor(i / BLOCK);
      return block(b)[i - b * BLOCK];
    }
    item.count = els.length;
    item.block = block;
    return item;
  }
  var message = blocks('report-messages', false);
  var decisionRow = blocks('report-decisions', false);
  // What a search looks in: the lower-cased messages, parsed in idle time once the search box has
  // the focus (else on the first search), and the strings the row names (rule, file, agent,
  // session, hint). Not right after opening: parsing 200 blocks then held up the page's next frames.
  var lowerMessage = blocks('report-messages', true);
  var SL = null;
  function matcher(text) {
    if (!SL) SL = S.map(function (x) { return x.toLowerCase(); });
    var hit = SL.map(function (x) { return x.indexOf(text) !== -1; });
    return function (i) {
      return hit[F.rule[i]] || hit[F.file[i]] || hit[F.agent[i]] || hit[F.session[i]] || hit[F.hint[i]] || lowerMessage(i).indexOf(text) !== -1;
    };
  }
  function warm(deadline) {
    for (var b = 0; b < lowerMessage.count; b++) {
      if (deadline && deadline.timeRemaining() < 10) return idle(warm);
      lowerMessage.block(b);
    }
  }
  function idle(f) { return window.requestIdleCallback ? requestIdleCallback(f) : setTimeout(f, 50); }

  // Options put in a select at once (one by one, a select of 2,000 options updated itself 2,000 times).
  function options(select, values, all) {
    var frag = document.createDocumentFragment();
    frag.appendChild(el('option', { value: '', text: all }));
    values.forEach(function (i) { frag.appendChild(el('option', { value: String(i), text: S[i] })); });
    select.appendChild(frag);
  }

  // --- verdict: agents and sessions; the policy diff (the Action) ----------------------------
  data.who.agents.forEach(function (a) { $('who').appendChild(el('span', { text: 'agent ' + a })); });
  data.who.sessions.slice(0, 200).forEach(function (s) { $('who').appendChild(el('span', { cls: 'muted', text: 'session ' + s })); });
  if (data.who.sessions.length > 200) $('who').appendChild(el('span', { cls: 'muted', text: (data.who.sessions.length - 200) + ' more sessions' }));
  if (data.diff) {
    data.diff.changes.forEach(function (c) {
      $('diff-changes').appendChild(el('li', null, [
        el('span', { cls: c.direction === 'widened' ? 'e' : 'ok', text: c.direction }),
        el('span', { text: ' ' + c.scope + ': ' + c.what + ' ' }),
        el('span', { cls: 'mono muted', text: c.file + (c.line > 0 ? ':' + c.line : '') }),
      ]));
    });
    data.diff.diff.split('\n').forEach(function (l) {
      var cls = l.charAt(0) === '+' && l.indexOf('+++') !== 0 ? 'add' : l.charAt(0) === '-' && l.indexOf('---') !== 0 ? 'del' : l.indexOf('@@') === 0 ? 'hunk' : '';
      $('diff-text').appendChild(el('div', { cls: cls, text: l }));
    });
  }

  // --- findings table ---------------------------------------------------------------------
  var sevOn = [true, true, true];
  // The filters' options: each column's distinct strings, sorted (html/data.ts).
  options($('f-rule'), data.facets.rule, 'all rules');
  options($('f-agent'), data.facets.agent, 'all agents');
  options($('f-file'), data.facets.file, 'all files');
  mark('facets');
  Array.prototype.forEach.call(document.querySelectorAll('button.sev'), function (b) {
    b.addEventListener('click', function () {
      var i = Number(b.getAttribute('data-sev'));
      sevOn[i] = !sevOn[i];
      b.setAttribute('aria-pressed', String(sevOn[i]));
      filter();
    });
  });
  ['f-rule', 'f-agent', 'f-file'].forEach(function (id) { $(id).addEventListener('change', filter); });
  var timer = 0;
  $('f-text').addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(filter, 80); });
  $('findings-more').addEventListener('click', function () { limit += PAGE; render(); });
  // A new filter shows its first rows again.
  function filter() { limit = PAGE; render(); }

  function helpLink(uri) {
    // Only https links: a javascript: or data: URI from anywhere stays text.
    if (typeof uri !== 'string' || !/^https:\/\/[^\s]+$/.test(uri)) return null;
    return el('a', { href: uri, rel: 'noopener noreferrer', target: '_blank', text: 'docs' });
  }

  function render() {
    var rule = Number($('f-rule').value), agent = Number($('f-agent').value), file = Number($('f-file').value);
    var text = $('f-text').value.trim().toLowerCase();
    var body = $('findings-body');
    var match = text ? matcher(text) : null;
    var rows = [];
    var n = 0;
    var sev = F.severity, rules = F.rule, agents = F.agent, files = F.file;
    for (var i = 0; i < N; i++) {
      if (!sevOn[sev[i]] || (rule && rules[i] !== rule) || (agent && agents[i] !== agent) || (file && files[i] !== file)) continue;
      if (match && !match(i)) continue;
      n++;
      if (rows.length < limit) rows.push(i);
    }
    var frag = document.createDocumentFragment();
    rows.forEach(function (i) {
      var s = SEV[F.severity[i]];
      var where = S[F.file[i]] + (F.line[i] > 0 ? ':' + F.line[i] + ':' + F.column[i] : '');
      var msg = el('td', null, [el('div', { text: message(i) }), F.hint[i] ? el('div', { cls: 'note', text: S[F.hint[i]] }) : null]);
      frag.appendChild(el('tr', { 'data-severity': s }, [
        el('td', null, [el('span', { cls: 'badge ' + s, text: SEV_NAME[s] })]),
        el('td', { cls: 'mono' }, [el('span', { text: S[F.rule[i]] }), document.createTextNode(' '), helpLink(S[F.help[i]])]),
        el('td', { cls: 'mono', text: where }),
        el('td', { text: S[F.agent[i]] }),
        msg,
      ]));
    });
    body.replaceChildren(frag);
    $('findings-shown').textContent = n > limit ? 'showing the first ' + limit + ' of ' + n + ' matching findings' : n + ' matching finding' + (n === 1 ? '' : 's');
    $('findings-more').hidden = n <= limit;
  }
  render();
  mark('table');
  $('f-text').addEventListener('focus', function () { idle(warm); }, { once: true });

  // --- per-session timelines --------------------------------------------------------------
  // Decisions: [timestamp, verdict, approved, agent, session, kind, subject, reason, blocked, rule, log, line]
  var VERDICT = ['allow', 'deny', 'approval', 'bypass'];
  // Rows stay JSON until their timeline is shown; only the timeline shown becomes objects.
  function decision(r) {
    var rule = r[9] >= 0 ? data.rules[r[9]] : null;
    return {
      timestamp: r[0], verdict: VERDICT[r[1]], approved: r[2] === 1, agent: S[r[3]], session: S[r[4]], kind: S[r[5]], subject: r[6],
      reason: S[r[7]], blocked: r[8] === 1, log: S[r[10]], line: r[11],
      rule: rule ? { file: S[rule[0]], line: rule[1], effect: S[rule[2]], pattern: S[rule[3]] } : null,
    };
  }
  // The timelines, sorted by session (the session, or the log of decisions without one): each
  // [key, first, count], its decisions at first..first+count-1 in the blocks (html/data.ts).
  var sessions = data.sessions;
  var bySession = new Map();
  var pick = $('t-session');
  var picks = document.createDocumentFragment();
  sessions.forEach(function (s) {
    bySession.set(s[0], s);
    picks.appendChild(el('option', { value: s[0], text: s[0] + ' (' + s[2] + ')' }));
  });
  pick.appendChild(picks);
  pick.addEventListener('change', timeline);

  function snippet(rule) {
    var s = data.snippets[rule.file + ':' + rule.line];
    if (!s) return null;
    var pre = el('pre', { cls: 'ctx' });
    s.forEach(function (l) {
      var line = el('div', { cls: l[0] === rule.line ? 'hit' : '', text: String(l[0]).padStart(4, ' ') + '  ' + l[1] });
      pre.appendChild(line);
    });
    return pre;
  }

  function timeline() {
    var s = bySession.get(pick.value);
    var list = [];
    if (s) for (var i = s[1]; i < s[1] + Math.min(s[2], 2000); i++) list.push(decision(decisionRow(i)));
    var frag = document.createDocumentFragment();
    list.forEach(function (d) {
      var badge = d.verdict === 'approval' ? 'approval' : d.verdict;
      var label = { allow: d.approved ? 'approved' : 'allow', deny: 'deny', approval: 'approval', bypass: 'bypass' }[badge];
      var rule = d.rule ? el('details', null, [
        el('summary', { cls: 'mono', text: d.rule.file + ':' + d.rule.line + ' ' + d.rule.effect + ' "' + d.rule.pattern + '"' }),
        snippet(d.rule),
      ]) : el('span', { cls: 'muted', text: 'no rule (default)' });
      frag.appendChild(el('tr', { 'data-verdict': badge }, [
        el('td', { cls: 'mono', text: d.timestamp || '' }),
        el('td', null, [el('span', { cls: 'badge ' + badge, text: label })]),
        el('td', { text: d.agent || '' }),
        el('td', null, [el('div', { cls: 'mono', text: d.kind + ' ' + d.subject }), el('div', { cls: 'note', text: d.reason + (d.blocked ? ' (the runtime blocked it)' : '') })]),
        el('td', null, [rule]),
        el('td', { cls: 'mono', text: d.log + ':' + d.line }),
      ]));
    });
    $('timeline-body').replaceChildren(frag);
  }
  if (sessions.length) timeline();
  mark('timeline');
})();`;var STYLE=`
:root { color-scheme: light dark; --bg: #fff; --fg: #1f2328; --muted: #656d76; --line: #d0d7de;
  --err: #cf222e; --warn: #9a6700; --info: #0969da; --ok: #1a7f37; --byp: #8250df; --code: #f6f8fa; }
@media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #8d96a0;
  --line: #30363d; --err: #ff7b72; --warn: #d29922; --info: #58a6ff; --ok: #3fb950; --byp: #bc8cff; --code: #161b22; } }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; background: var(--bg); color: var(--fg); }
header, main > section { padding: 16px 24px; border-bottom: 1px solid var(--line); }
main > section { content-visibility: auto; contain-intrinsic-size: auto 900px; }
.filters select { width: 14em; }
h2.gap { margin-top: 12px; }
h1 { font-size: 20px; margin: 0 0 8px; } h2 { font-size: 16px; margin: 0 0 10px; }
.verdict { font-size: 18px; font-weight: 600; }
.verdict .n { font-variant-numeric: tabular-nums; }
.e { color: var(--err); } .w { color: var(--warn); } .i { color: var(--info); } .ok { color: var(--ok); }
.muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; color: var(--muted); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
pre { background: var(--code); padding: 8px; overflow-x: auto; margin: 4px 0; }
.filters { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 10px; align-items: center; }
.filters select, .filters input { font: inherit; padding: 3px 6px; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 4px; }
.filters input[type=search] { min-width: 240px; }
button.sev, button.more { font: inherit; border: 1px solid var(--line); background: var(--bg); color: var(--fg); border-radius: 12px; padding: 2px 10px; cursor: pointer; }
button.more { margin-top: 8px; }
button.sev[aria-pressed=true] { border-color: currentColor; font-weight: 600; }
.badge { display: inline-block; min-width: 64px; text-align: center; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; color: #fff; }
.badge.allow { background: var(--ok); } .badge.deny { background: var(--err); }
.badge.approval { background: var(--warn); } .badge.bypass { background: var(--byp); }
.badge.error { background: var(--err); } .badge.warning { background: var(--warn); } .badge.info { background: var(--info); }
.chips span { display: inline-block; border: 1px solid var(--line); border-radius: 10px; padding: 0 8px; margin: 2px 4px 2px 0; }
.ctx .hit { background: color-mix(in srgb, var(--warn) 25%, transparent); }
.note { color: var(--muted); font-size: 12.5px; }
.diff .add { color: var(--ok); } .diff .del { color: var(--err); } .diff .hunk { color: var(--info); }
.ctl { display: inline-block; border: 1px dashed var(--err); color: var(--err); font-size: 11px; padding: 0 2px; }
`;function jsonForScript(value){return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g,c=>`\\u${c.charCodeAt(0).toString(16).padStart(4,"0")}`)}function escapeHtml(text){return text.replace(/[&<>"']/g,c=>`&#${c.charCodeAt(0)};`)}var sha256=text=>`'sha256-${(0,import_node_crypto.createHash)("sha256").update(text,"utf8").digest("base64")}'`,BLOCK_CHARS=65536;function*dataBlocks(data){let room=BLOCK_CHARS;for(let piece of data){for(;piece.length>room;){let cut=room,c=piece.charCodeAt(cut-1);c>=55296&&c<=56319&&cut--,yield piece.slice(0,cut),yield`</script>
<script type="application/json" class="report-data">`,piece=piece.slice(cut),room=BLOCK_CHARS}room-=piece.length,yield piece}}function*pageChunks(title,body,data,blocks=[],lead=""){let csp=["default-src 'none'",`style-src ${sha256(STYLE)}`,`script-src ${sha256(SCRIPT)}`,"img-src 'none'","base-uri 'none'","form-action 'none'"].join("; ");yield`<!DOCTYPE html>
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
<script type="application/json" id="report-data">`,yield*dataBlocks(data),yield`</script>
`;for(let[cls,json]of blocks)yield`<script type="application/json" class="${cls}">${json}</script>
`;yield`${body}
<script>${SCRIPT}</script>
</body>
</html>
`}var SEVERITY_INDEX={error:0,warning:1,info:2},VERDICT_INDEX={allow:0,deny:1,approval:2,bypass:3},BLOCK=512,PIECE=8192,StringTable=class{list=[""];index=new Map([["",0]]);of(s){if(s===void 0)return 0;let i=this.index.get(s);return i===void 0&&(i=this.list.length,this.list.push(s),this.index.set(s,i)),i}},COLUMNS=["severity","rule","file","line","column","agent","session","hint","help"];function findingColumns(findings,t){let n=findings.length,c=Object.fromEntries(COLUMNS.map(k=>[k,new Int32Array(n)])),str=v=>typeof v=="string"?v:void 0;for(let i=0;i<n;i++){let f=findings[i],data=f.data??{};c.severity[i]=SEVERITY_INDEX[f.severity],c.rule[i]=t.of(f.ruleId),c.file[i]=t.of(f.file),c.line[i]=f.line,c.column[i]=f.column,c.agent[i]=t.of(str(data.agentId)),c.session[i]=t.of(str(data.sessionId)),c.hint[i]=t.of(f.hint),c.help[i]=t.of(f.helpUri)}return c}function decisionRow(d,t,rules,ruleRows){let rule=-1,r=d.rule;if(r){let key=`${r.file}\0${r.line}\0${r.effect}\0${r.pattern}`,i=rules.get(key);i===void 0&&(i=ruleRows.length,ruleRows.push([t.of(r.file),r.line,t.of(r.effect),t.of(r.pattern)]),rules.set(key,i)),rule=i}return[d.timestamp??"",VERDICT_INDEX[d.verdict],d.approved?1:0,t.of(d.agent),t.of(d.session),t.of(d.kind),d.subject,t.of(d.reason),d.blocked?1:0,rule,t.of(d.log),d.line]}var sessionKey=d=>d.session?d.session:`(no session) ${d.log??""}`,byText=(a,b)=>a<b?-1:a>b?1:0;function facet(col,t){let seen=new Set;for(let i of col)i&&seen.add(i);return[...seen].sort((a,b)=>byText(t.list[a],t.list[b]))}function*list(items,encode=x=>x){yield"[";for(let i=0;i<items.length;i+=PIECE){let part=[];for(let j=i;j<Math.min(items.length,i+PIECE);j++)part.push(encode(items[j]));let text=jsonForScript(part).slice(1,-1);text&&(yield i===0?text:`,${text}`)}yield"]"}function reportData(findings,decisions,rest){let t=new StringTable,columns=findingColumns(findings,t),rules=new Map,ruleRows=[],groups=new Map;decisions.forEach((d,i)=>{decisionRow(d,t,rules,ruleRows);let key=sessionKey(d),g=groups.get(key);g||groups.set(key,g=[]),g.push(i)});let keys=[...groups.keys()].sort(byText),order=new Int32Array(decisions.length),sessions=[],at=0;for(let k of keys){let g=groups.get(k);sessions.push([k,at,g.length]);for(let i of g)order[at++]=i}groups.clear();function*index(){yield`{"block":${BLOCK},"findings":{"n":${findings.length}`;for(let k of COLUMNS)yield`,${JSON.stringify(k)}:`,yield*list(columns[k]);yield`},"facets":${jsonForScript({rule:facet(columns.rule,t),agent:facet(columns.agent,t),file:facet(columns.file,t)})}`,yield`,"sessions":${jsonForScript(sessions)},"rules":${jsonForScript(ruleRows)},"strings":`,yield*list(t.list);for(let[k,v]of Object.entries(rest))yield`,${JSON.stringify(k)}:${jsonForScript(v)}`;yield"}"}function*blocks(){for(let i=0;i<findings.length;i+=BLOCK)yield["report-messages",jsonForScript(findings.slice(i,i+BLOCK).map(f=>f.message))];for(let i=0;i<order.length;i+=BLOCK){let part=[];for(let j=i;j<Math.min(order.length,i+BLOCK);j++)part.push(decisionRow(decisions[order[j]],t,rules,ruleRows));yield["report-decisions",jsonForScript(part)]}}return{index:index(),blocks:blocks()}}var SEVERITY_INDEX2={error:0,warning:1,info:2},FILES_SHOWN=50,CONTEXT_LINES=3;function snippets(decisions,sources){let out={},lines=new Map;for(let d of decisions){let r=d.rule;if(!r)continue;let key=`${r.file}:${r.line}`;if(out[key]||sources[r.file]===void 0)continue;let text=lines.get(r.file);text||lines.set(r.file,text=sources[r.file].split(/\r?\n/));let from=Math.max(1,r.line-CONTEXT_LINES),to=Math.min(text.length,r.line+CONTEXT_LINES),at=[];for(let n=from;n<=to;n++)at.push([n,text[n-1]]);out[key]=at}return out}function perFile(findings){let by=new Map;for(let f of findings){let r=by.get(f.file);r||by.set(f.file,r=[f.file,0,0,0]);let i=1+SEVERITY_INDEX2[f.severity];r[i]++}return[...by.values()].sort((a,b)=>b[1]-a[1]||b[2]-a[2]||a[0].localeCompare(b[0]))}function involved(findings,decisions){let agents=new Set,sessions=new Set;for(let d of decisions)d.agent&&agents.add(d.agent),d.session&&sessions.add(d.session);for(let f of findings){let data=f.data??{};typeof data.agentId=="string"&&agents.add(data.agentId),typeof data.sessionId=="string"&&sessions.add(data.sessionId)}return{agents:[...agents].sort(),sessions:[...sessions].sort()}}var plural=(n,one,many=`${one}s`)=>`${n.toLocaleString("en-US")} ${n===1?one:many}`;function formatHtml(findings,summary,ctx){return[...formatHtmlChunks(findings,summary,ctx)].join("")}function formatHtmlChunks(findings,summary,ctx){let decisions=ctx.decisions?.kept??[],total=ctx.decisions?.total??0,who=involved(findings,decisions),files=perFile(findings),status=summary.errors>0?"e":summary.warnings>0?"w":"ok",fileRow=([file,e,w,i])=>`<tr><td class="mono">${escapeHtml(file)}</td><td class="num e">${e}</td><td class="num w">${w}</td><td class="num i">${i}</td></tr>`,fileHead="<thead><tr><th>File</th><th>Errors</th><th>Warnings</th><th>Notices</th></tr></thead>",fileRows=files.slice(0,FILES_SHOWN).map(fileRow).join(`
`),moreFiles=files.length>FILES_SHOWN?`<details id="per-file-more"><summary>${plural(files.length-FILES_SHOWN,"more file")}</summary>
<table>${fileHead}<tbody>
${files.slice(FILES_SHOWN).map(fileRow).join(`
`)}
</tbody></table></details>`:"",capNote=total>decisions.length?`<p class="note" id="decisions-cap">The report holds the first ${decisions.length.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} replayed decisions (the HTML report keeps at most ${decisions.length.toLocaleString("en-US")} in memory); use --format ocsf for all of them.</p>`:"",diff=ctx.policyDiff,lead=`<header>
<h1>agent-policy-lint report</h1>
<div class="verdict ${status}" id="verdict"><span class="n" id="count-errors">${summary.errors}</span> ${summary.errors===1?"error":"errors"}, <span class="n" id="count-warnings">${summary.warnings}</span> ${summary.warnings===1?"warning":"warnings"}, <span class="n" id="count-notices">${summary.infos}</span> ${summary.infos===1?"notice":"notices"}</div>
<p class="muted">${plural(summary.files,"file")} checked${ctx.quiet?" (errors only: --quiet)":""}; ${plural(who.agents.length,"agent")} and ${plural(who.sessions.length,"session")} involved; ${plural(total,"replayed decision")}. agent-policy-lint ${escapeHtml(ctx.toolVersion)}.</p>
</header>`,body=`<main>
<section id="per-file"><h2>Per source file</h2>
<table>${fileHead}<tbody>
${fileRows||'<tr><td colspan="4" class="muted">No findings.</td></tr>'}
</tbody></table>
${moreFiles}
<h2 class="gap">Agents and sessions</h2><div class="chips" id="who"></div>
</section>
${diff?'<section id="policy-diff"><h2>What this pull request does to the policy</h2><ul id="diff-changes"></ul><pre class="diff" id="diff-text"></pre></section>':""}
<section id="findings"><h2>Findings</h2>
<div class="filters">
<button class="sev e" data-sev="0" aria-pressed="true" id="sev-error">errors</button>
<button class="sev w" data-sev="1" aria-pressed="true" id="sev-warning">warnings</button>
<button class="sev i" data-sev="2" aria-pressed="true" id="sev-info">notices</button>
<select id="f-rule" aria-label="rule"></select>
<select id="f-agent" aria-label="agent"></select>
<select id="f-file" aria-label="file"></select>
<input type="search" id="f-text" placeholder="search messages, files, rules" aria-label="search">
<span class="note" id="findings-shown"></span>
</div>
<table><thead><tr><th>Severity</th><th>Rule</th><th>Location</th><th>Agent</th><th>Message</th></tr></thead><tbody id="findings-body"></tbody></table>
<button class="more" id="findings-more" hidden>show more</button>
</section>
<section id="timelines"><h2>Session timelines</h2>
${capNote}
<div class="filters"><select id="t-session" aria-label="session"></select></div>
<table><thead><tr><th>Time</th><th>Verdict</th><th>Agent</th><th>Action</th><th>Deciding rule</th><th>Log</th></tr></thead><tbody id="timeline-body"></tbody></table>
</section>
</main>`,rest={snippets:snippets(decisions,ctx.policySources??{}),who,diff:diff??null},data=reportData(findings,decisions,rest);return pageChunks("agent-policy-lint report",body,data.index,data.blocks,lead)}0&&(module.exports={formatHtml,formatHtmlChunks});
