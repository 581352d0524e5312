// What socat touches (SPEC 3, "What a command touches"): its two operands are addresses, each a
// KEYWORD:params,options word (case-insensitive keyword; `A!!B` reads from A and writes to B).
//   - TCP:host:port, TCP4/6, UDP…, SCTP…, OPENSSL/SSL/DTLS…, IP-SENDTO…: a connection to the host;
//     PROXY/SOCKS…: to the proxy and, through it, to the target host (both are decided).
//   - …-LISTEN, …-RECV…: a listener; no outbound host.
//   - OPEN/CREATE/GOPEN/PIPE/UNIX-…:path and a bare word with a `/` (GOPEN): a file socat may write;
//     cert=/key=/cafile= options: files it reads.
//   - EXEC:/SYSTEM: run a command the line does not show: opaque (socatRunsCode, read by
//     src/engine/evaluated-words.ts).
//   - `-`, STDIO, FD:n, PTY, READLINE…: no file, no host.
// A keyword this reading does not know, or a word known only at run time, is a host known only at
// run time (opaque).
import type { Arg } from '../match/command.js';
import type { Touch } from './touch.js';

const CONNECTS = /^(?:tcp[46]?(?:-connect)?|udp[46]?(?:-connect|-sendto|-datagram)?|sctp[46]?(?:-connect)?|udplite[46]?(?:-connect|-sendto|-datagram)?|dccp[46]?(?:-connect)?|(?:openssl|ssl)(?:-connect|-dtls-client)?|dtls|ip[46]?-(?:sendto|datagram))$/;
const PROXIES = /^(?:proxy(?:-connect)?|socks4a?|socks5(?:-connect)?)$/;
const LISTENS = /-(?:listen|recv|recvfrom|server)$|^(?:tun|vsock-listen)$/;
const FILES = /^(?:open|create|creat|gopen|pipe|unix(?:-connect|-sendto|-client|-listen|-recv|-recvfrom)?|local)$/;
const NOTHING = /^(?:-|stdio|stdin|stdout|stderr|fd|pty|readline|socketpair|interface|abstract(?:-[a-z]+)?|vsock(?:-connect)?|shell)$/;
const CODE = /^(?:exec|system)$/;
/** Address options that name files socat reads (OpenSSL's certificate, key, CA files). */
const READS_OPTION = /^(?:cert|key|cafile|capath|dhparam|dhparams|certificate|openssl-certificate|openssl-key|openssl-cafile)$/;
/** socat's own options that take the next word (a log, lock or dump file, a program name, a size or time). */
const VALUED = new Set(['-lf', '-lp', '-L', '-W', '-r', '-R', '-b', '-t', '-T']);
/** Those whose value is a file socat writes. */
const WRITES = new Set(['-lf', '-L', '-W', '-r', '-R']);

interface Address {
  keyword: string;
  params: string[];
  options: string[];
}

function parse(word: string): Address[] {
  return word.split('!!').map((part) => {
    const [head = '', ...options] = part.split(',');
    const colon = head.indexOf(':');
    if (colon < 0) {
      // A bare word: a file when it has a `/`, a file descriptor when a number, else a keyword.
      if (head.includes('/')) return { keyword: 'gopen', params: [head], options };
      if (/^\d+$/.test(head)) return { keyword: 'fd', params: [head], options };
      return { keyword: head.toLowerCase(), params: [], options };
    }
    return { keyword: head.slice(0, colon).toLowerCase(), params: splitParams(head.slice(colon + 1)), options };
  });
}

/** `host:port`, `[v6]:port`. */
function splitParams(s: string): string[] {
  const out: string[] = [];
  for (let rest = s; rest !== ''; ) {
    if (rest.startsWith('[')) {
      const end = rest.indexOf(']');
      if (end > 0) {
        out.push(rest.slice(1, end));
        rest = rest.slice(end + 1).replace(/^:/, '');
        continue;
      }
    }
    const colon = rest.indexOf(':');
    out.push(colon < 0 ? rest : rest.slice(0, colon));
    rest = colon < 0 ? '' : rest.slice(colon + 1);
  }
  return out;
}

/** The address operands (socat's options come first). */
function addresses(words: readonly Arg[]): { arg: Arg; index: number }[] {
  const out: { arg: Arg; index: number }[] = [];
  let k = 0;
  for (; k < words.length; k++) {
    const v = words[k]!.value;
    if (words[k]!.dynamic || !v.startsWith('-') || v === '-') break;
    if (VALUED.has(v)) k++;
  }
  for (; k < words.length; k++) out.push({ arg: words[k]!, index: k });
  return out;
}

export function socatTouches(name: string, words: readonly Arg[]): Touch[] {
  const out: Touch[] = [];
  for (let k = 0; k < words.length; k++) {
    const v = words[k]!.value;
    if (words[k]!.dynamic || !v.startsWith('-') || v === '-') break;
    const file = WRITES.has(v) && words[k + 1] ? words[k + 1]! : undefined;
    if (file) out.push(file.dynamic ? { kind: 'dynamic', what: 'file', op: 'write', word: file.value, via: `${name} ${v} ${file.value}` } : { kind: 'file', op: 'write', path: file.value, via: `${name} ${v} ${file.value}` });
    if (VALUED.has(v)) k++;
  }
  for (const { arg } of addresses(words)) {
    const via = `${name} ${arg.value}`;
    if (arg.dynamic) {
      out.push({ kind: 'dynamic', what: 'host', word: arg.value, via });
      continue;
    }
    for (const a of parse(arg.value)) {
      for (const o of a.options) {
        const eq = o.indexOf('=');
        if (eq > 0 && READS_OPTION.test(o.slice(0, eq).toLowerCase())) out.push({ kind: 'file', op: 'read', path: o.slice(eq + 1), via });
      }
      if (CONNECTS.test(a.keyword)) {
        if (a.params[0]) out.push({ kind: 'host', target: a.params[0], via });
      } else if (PROXIES.test(a.keyword)) {
        for (const h of a.params.filter((p) => !/^\d*$/.test(p))) out.push({ kind: 'host', target: h, via });
      } else if (FILES.test(a.keyword)) {
        if (a.params[0] && !(a.keyword === 'pipe' && a.params.length === 0)) out.push({ kind: 'file', op: 'write', path: a.params[0], via });
      } else if (!LISTENS.test(a.keyword) && !NOTHING.test(a.keyword) && !CODE.test(a.keyword)) {
        out.push({ kind: 'dynamic', what: 'host', word: arg.value, via: `${via} (an address this reading does not know)` });
      }
    }
  }
  return out;
}

/** The address that runs a command (EXEC:, SYSTEM:), if any, and the command it runs: opaque code. */
export function socatRunsCode(args: readonly Arg[]): { address: string; code: string } | undefined {
  for (const { arg } of addresses(args)) {
    if (arg.dynamic) continue;
    for (const part of arg.value.split('!!')) {
      const colon = part.indexOf(':');
      if (colon > 0 && CODE.test(part.slice(0, colon).toLowerCase())) return { address: arg.value, code: part.slice(colon + 1) };
    }
  }
  return undefined;
}
