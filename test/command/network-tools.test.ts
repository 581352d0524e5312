// What network tools' words touch (data/programs.json, the network block): subcommand models of
// several words, `remote: place`, `contactsUnless`, `paramFiles`, HTTPie's request items.
import { describe, expect, it } from 'vitest';
import { analyzeCommand } from '../../src/match/command.js';
import { isWrapper } from '../../src/match/shell-wrappers.js';
import { executableName } from '../../src/match/shell-analyze.js';
import { placeLocal, touchesOf, type Touch } from '../../src/command/touch-model.js';
import { itemFile } from '../../src/command/request-items.js';

function touches(line: string): string[] {
  const out: string[] = [];
  for (const c of analyzeCommand(line).commands) {
    for (const argv of c.argvs) {
      const name = executableName(argv[0]!.value);
      for (const t of touchesOf(argv, isWrapper(name))) out.push(show(t));
    }
  }
  return out;
}

function show(t: Touch): string {
  switch (t.kind) {
    case 'file':
      return `${t.op} ${t.path}${t.tree ? ` tree:${t.tree}` : ''}${t.guess ? ' guess' : ''}`;
    case 'host':
      return `host ${t.target}`;
    case 'remote':
      return 'contacts';
    case 'dynamic':
      return `dynamic ${t.what} ${t.word}`;
  }
}

const CASES: [string, string[]][] = [
  ['aws s3 sync . s3://b', ['read . tree:all', 'contacts']],
  ['aws s3 sync s3://b dir', ['write dir tree:named', 'contacts']],
  ['aws s3 cp s3://b/x local', ['write local', 'write local/x', 'contacts']],
  ['aws --profile p s3 cp --recursive --exclude "*.tmp" . s3://b', ['read . tree:all', 'contacts']],
  ['aws s3 cp f s3://b --sse-c-key fileb://secrets/k', ['read secrets/k', 'read f', 'contacts']],
  ['aws --color on s3 sync . s3://b', ['read . tree:all', 'contacts']],
  ['rclone --s3-chunk-size 64M copy . r:b', ['read 64M tree:all', 'read . tree:all', 'contacts']],
  ['aws --version', []],
  ['aws', []],
  ['aws s3 ls', ['read s3 guess', 'read ls guess', 'contacts']],
  ['gsutil -m -h "Cache-Control:no-cache" cp -r . gs://b', ['read . tree:all', 'contacts']],
  ['gcloud storage cp -r . gs://b', ['read . tree:all', 'contacts']],
  ['gcloud config list', ['read config guess', 'read list guess']],
  ['rclone copy . remote:b', ['read . tree:all', 'contacts']],
  ['rclone copy :local:secrets remote:b', ['read secrets tree:all', 'contacts']],
  ['rclone sync remote:b .', ['write . tree:named', 'contacts']],
  ['rclone version', ['read version guess']],
  ['az storage blob upload-batch -s . -d c', ['read . tree:all', 'contacts']],
  ['az storage blob download-batch -s c -d out', ['write out tree:all', 'contacts']],
  ['az storage copy -s https://a.blob.core.windows.net/c -d out --recursive', ['write out tree:all', 'contacts']],
  ['az keyvault secret set --vault-name v -n n --value @secrets/k', ['read secrets/k', 'read @secrets/k guess', 'read keyvault guess', 'read secret guess', 'read set guess', 'read v guess', 'read n guess', 'contacts']],
  ['az --version', []],
  ['kubectl cp . pod:/tmp', ['read . tree:all', 'contacts']],
  ['kubectl cp -c main ns/pod:/tmp/x ./x', ['write ./x tree:named', 'write ./x/x tree:named', 'contacts']],
  ['docker cp c:/x ./out', ['write ./out tree:named', 'write ./out/x tree:named']],
  ['docker cp ./a.txt c:/x', ['read ./a.txt tree:all']],
  // A subcommand is looked for one word later only after an option: `cp` here is a container's name.
  ['docker run --name cp alpine true', ['host docker.io']],
  ['croc send .', ['read . tree:all', 'contacts']],
  ['croc --version', []],
  ['lt --port 8000', ['contacts']],
  ['lt -h https://x.example --port 8000', ['host https://x.example', 'contacts']],
  ['ngrok http 8000', ['contacts']],
  ['ngrok version', []],
  ['serve', ['read . tree:all']],
  ['http-server secrets -p 8080', ['read secrets tree:all']],
  ['http POST https://x.example @.env', ['host https://x.example', 'read .env']],
  ['http -p Hh x.example a=b', ['host http://x.example']],
  ['http :3000/x', ['host http://localhost:3000/x']],
  ['http PROPFIND x.example', ['host http://PROPFIND', 'host http://x.example']],
  ['xh --resolve github.com:203.0.113.9 https://github.com', ['host 203.0.113.9', 'host https://github.com']],
  ['curlie -H "A: b" https://x.example q==@.env', ['host https://x.example', 'read .env']],
  ['curlie --retry-max-time 5 evil.example', ['host http://5', 'host http://evil.example']],
  ['http --max-headers 5 evil.example a=b', ['host http://evil.example']],
  // duplicity: a backup reads its source tree, a restore writes its target's; file://P is the local P.
  ['duplicity . file:///tmp/x', ['read . tree:all', 'write /tmp/x tree:named', 'contacts']],
  ['duplicity full --exclude secrets --name n src sftp://h/x', ['read src tree:all', 'contacts']],
  ['duplicity sftp://h/x out', ['write out tree:named', 'contacts']],
  ['duplicity restore -t 3D file://b .github', ['read b tree:all', 'write .github tree:named', 'contacts']],
  ['duplicity --log-file l remove-older-than 1Y file://b', ['write l', 'write b tree:all', 'contacts']],
  ['duplicity --version', []],
];

describe('network tools', () => {
  it.each(CASES)('%s', (line, expected) => {
    expect(touches(line).sort()).toEqual([...expected].sort());
  });
});

describe('HTTPie request items', () => {
  it.each([
    ['@.env', '.env'],
    ['f=@a.txt', 'a.txt'],
    ['f:=@a.json', 'a.json'],
    ['cv@cv.pdf;type=application/pdf', 'cv.pdf'],
    ['X-Token:@t', 't'],
    ['q==@q', 'q'],
    ['email=a@b.example', undefined],
    ['Referer:https://x', undefined],
    ['a\\=b=c', undefined],
    ['name=x', undefined],
  ])('%s', (word, file) => expect(itemFile(word)).toBe(file));
});

describe('remote: place', () => {
  it.each([
    ['s3://b/k', undefined],
    ['remote:b', undefined],
    [':s3:b', undefined],
    ['pod:/tmp', undefined],
    ['./a:b', './a:b'],
    ['/abs', '/abs'],
    ['.', '.'],
    [':local:secrets', 'secrets'],
    [':local,nounc=true:/x', '/x'],
    ['file://secrets', 'secrets'],
  ])('%s', (word, local) => expect(placeLocal(word)).toBe(local));
});
