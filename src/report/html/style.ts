// The HTML report's stylesheet (inline: the report is one file; its CSP names its hash).
export const STYLE = `
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
`;
