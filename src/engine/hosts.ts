// Host subjects and host patterns (SPEC 3, "Network"): case-insensitive, no port, no trailing dot;
// `*.example.com` matches sub-domains only. Interim until src/match/host.ts lands.
import type { RuleLike } from './lists.js';

const LABELS = /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)(?:\.(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?))*$/;
const IPV6 = /^[0-9a-f:.]+$/;

/** The normalised host of a network action, or a reason it cannot be told. */
export function hostOf(host: string | undefined, url: string | undefined): { host: string } | { problem: string } {
  if (host !== undefined && host.trim() !== '') {
    const h = host.includes('://') ? fromUrl(host) : normaliseHost(host);
    return h ? { host: h } : { problem: `cannot tell which host "${host}" is` };
  }
  if (url !== undefined && url.trim() !== '') {
    const h = fromUrl(url);
    return h ? { host: h } : { problem: `cannot tell which host the URL "${url}" reaches` };
  }
  return { problem: 'the request names no host' };
}

function fromUrl(url: string): string | undefined {
  const u = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(u) ? u : `http://${u}`);
  } catch {
    return undefined;
  }
  return normaliseHost(parsed.hostname);
}

export function normaliseHost(raw: string): string | undefined {
  let h = raw.trim().toLowerCase();
  const at = h.lastIndexOf('@');
  if (at >= 0) h = h.slice(at + 1);
  if (h.startsWith('[')) {
    const close = h.indexOf(']');
    if (close < 0) return undefined;
    h = h.slice(1, close);
    return IPV6.test(h) && h.includes(':') ? h : undefined;
  }
  const colon = h.indexOf(':');
  if (colon >= 0) {
    if (h.indexOf(':', colon + 1) >= 0) return IPV6.test(h) ? h : undefined;
    if (!/^\d{1,5}$/.test(h.slice(colon + 1))) return undefined;
    h = h.slice(0, colon);
  }
  if (h.endsWith('.')) h = h.slice(0, -1);
  return h !== '' && LABELS.test(h) ? h : undefined;
}

export class HostList<R extends RuleLike> {
  private readonly items: { rule: R; test(h: string): boolean }[];

  constructor(readonly rules: readonly R[]) {
    this.items = rules.map((rule) => ({ rule, test: hostPattern(rule.pattern) }));
  }

  get size(): number {
    return this.items.length;
  }

  first(host: string): R | undefined {
    return this.items.find((it) => it.test(host))?.rule;
  }

  all(host: string): { rule: R; matched: boolean }[] {
    return this.items.map((it) => ({ rule: it.rule, matched: it.test(host) }));
  }
}

function hostPattern(pattern: string): (h: string) => boolean {
  const p = pattern.trim().toLowerCase();
  if (p === '*') return () => true;
  if (p.startsWith('*.')) {
    const base = normaliseHost(p.slice(2));
    if (!base) return () => false;
    const suffix = `.${base}`;
    return (h) => h.length > suffix.length && h.endsWith(suffix);
  }
  const exact = normaliseHost(p);
  return (h) => exact !== undefined && h === exact;
}
