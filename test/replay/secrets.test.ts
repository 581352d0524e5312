import { describe, expect, it } from 'vitest';
import { FAKE } from './fake-secrets.js';
import { redactDeep, redactText, scanString, scanValue, witnessOf, type SecretHit } from '../../src/replay/secrets.js';

function scan(text: string): SecretHit[] {
  const out: SecretHit[] = [];
  scanString(text, 'x', out);
  return out;
}

describe('secret detection', () => {
  it.each([
    ['AWS access key ID', `aws configure set aws_access_key_id ${FAKE.aws}`],
    ['GitHub token', `git clone https://${FAKE.github}@github.com/acme/shop`],
    ['GitHub fine-grained token', `GH_PAT=${FAKE.githubPat}`],
    ['Slack token', `curl -H "Authorization: Bearer ${FAKE.slack}" https://slack.com/api/chat.postMessage`],
    ['OpenAI API key', `OPENAI=${FAKE.openai}`],
    ['Anthropic API key', `claude --key ${FAKE.anthropic}`],
    ['JSON Web Token', `token: ${FAKE.jwt}`],
    ['private key', FAKE.pem],
    ['value of API_TOKEN', `export API_TOKEN=${FAKE.token} && ./deploy.sh`],
    ['value of db_password', `psql --db_password=${FAKE.token}`],
  ])('finds a %s', (kind, text) => {
    const hits = scan(text);
    expect(hits.map((h) => h.kind)).toContain(kind);
    expect(redactText(text, hits)).not.toContain(hits.find((h) => h.kind === kind)!.value);
  });

  it('leaves ordinary text, placeholders and low-entropy values alone', () => {
    for (const text of [
      'npm test',
      'export API_TOKEN=$API_TOKEN',
      'PASSWORD=changeme123',
      'API_KEY=<your-key-here>',
      'SECRET_KEY=aaaaaaaaaaaa',
      'monkey business',
      'the task-runner skips sk-learn',
      'cacheKey=user-profile',
    ]) {
      expect(scan(text), text).toEqual([]);
    }
  });

  it('finds secret-named keys in objects', () => {
    const out: SecretHit[] = [];
    scanValue({ env: { AWS_SECRET_ACCESS_KEY: FAKE.token + 'Zk/9', region: 'eu-west-1' } }, 'params', out);
    expect(out).toMatchObject([{ kind: 'value of AWS_SECRET_ACCESS_KEY', where: 'params.env.AWS_SECRET_ACCESS_KEY' }]);
  });

  it('redacts deep values and builds a witness without the secret', () => {
    const text = `export API_TOKEN=${FAKE.token} && curl -H "x-api-key: ${FAKE.aws}" https://api.example.com`;
    const hits = scan(text);
    const data = redactDeep({ a: [text], b: { c: text } }, hits);
    expect(JSON.stringify(data)).not.toContain(FAKE.token);
    expect(JSON.stringify(data)).not.toContain(FAKE.aws);
    const w = witnessOf(hits)!;
    expect(w).toContain('[REDACTED');
    expect(w).not.toContain(FAKE.token);
    expect(w).not.toContain(FAKE.aws);
  });

  it('redacts secrets it was not told about', () => {
    expect(redactText(`see ${FAKE.github}`, [])).toBe('see [REDACTED GitHub token]');
  });
});

describe('secret scan of repeated values', () => {
  // A value found clean under a key is not scanned again there; nothing else may be skipped.
  it('finds a secret under a key whose earlier values were clean, and the same secret on every line', () => {
    const scan = (v: unknown): SecretHit[] => {
      const out: SecretHit[] = [];
      scanValue(v, 'params', out);
      return out;
    };
    expect(scan({ api_key: 'placeholder-value', note: 'nothing here at all' })).toEqual([]);
    expect(scan({ api_key: 'placeholder-value', note: 'nothing here at all' })).toEqual([]);
    expect(scan({ api_key: FAKE.token }).map((h) => h.where)).toEqual(['params.api_key']);
    expect(scan({ api_key: FAKE.token }).map((h) => h.where)).toEqual(['params.api_key']);
    // The same text is clean under one key and a secret under another.
    expect(scan({ note: FAKE.token + 'x' })).toEqual([]);
    expect(scan({ password: FAKE.token + 'x' }).map((h) => h.kind)).toEqual(['value of password']);
    expect(scan({ note: `token=${FAKE.token}` }).map((h) => h.where)).toEqual(['params.note']);
    expect(scan({ note: `token=${FAKE.token}` }).map((h) => h.where)).toEqual(['params.note']);
    expect(scan({ nested: { note: FAKE.aws } }).map((h) => h.where)).toEqual(['params.nested.note']);
  });
});
