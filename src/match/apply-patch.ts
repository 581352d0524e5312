// The files an apply_patch text (Codex: the apply_patch tool, and the apply_patch program its shell
// runs) touches, named on its header lines:
// `*** Add File: P`, `*** Update File: P`, `*** Delete File: P`, `*** Move to: P`.
// A line-by-line prefix scan: linear in the patch length.

const WRITE_HEADERS = ['*** Add File: ', '*** Update File: ', '*** Move to: '];
const DELETE_HEADER = '*** Delete File: ';

export interface PatchTargets {
  write: string[];
  delete: string[];
}

export function patchTargets(text: string): PatchTargets {
  const write = new Set<string>();
  const del = new Set<string>();
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!line.startsWith('*** ')) continue;
    if (line.startsWith(DELETE_HEADER)) {
      const p = line.slice(DELETE_HEADER.length).trim();
      if (p) del.add(p);
      continue;
    }
    for (const h of WRITE_HEADERS) {
      if (line.startsWith(h)) {
        const p = line.slice(h.length).trim();
        if (p) write.add(p);
        break;
      }
    }
  }
  // A file moved away is deleted from its old name: Update File names it, so it is a write already.
  return { write: [...write], delete: [...del] };
}
