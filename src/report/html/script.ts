// The HTML report's script (inline; its CSP names its hash). It reads the report's data from the
// JSON block and builds every element with textContent: nothing from a log, a policy or a pull
// request is ever parsed as HTML. Bidi and other invisible control characters are shown as
// visible marks so that they cannot reorder what a reviewer reads.
export const SCRIPT = String.raw`(function () {
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
})();`;
