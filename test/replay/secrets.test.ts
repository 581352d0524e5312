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
