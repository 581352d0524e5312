// Secrets are assembled at run time so that no credential-shaped string is committed.
const rnd = (n: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'): string =>
  Array.from({ length: n }, (_, i) => alphabet[(i * 7 + 3) % alphabet.length]!).join('');
export const FAKE = {
  aws: 'AKIA' + 'Q7RZ3WX2N5PLK4T9',
  github: 'gh' + 'p_' + rnd(36),
  githubPat: 'github' + '_pat_' + rnd(40),
  slack: 'xo' + 'xb-' + '1234567890-' + rnd(24),
  openai: 's' + 'k-proj-' + rnd(20) + '7Hq2' + rnd(16),
  anthropic: 's' + 'k-ant-api03-' + rnd(40),
  jwt: 'ey' + 'JhbGciOiJIUzI1NiJ9.' + 'ey' + 'JzdWIiOiIxMjM0NTY3ODkwIn0.' + rnd(43),
  pem: '-----BEGIN ' + 'RSA PRIVATE KEY-----\nMIIEow' + rnd(60) + '\n-----END RSA PRIVATE KEY-----',
  token: 'q8Zr2' + 'Lw9xT4vNp7Ks3Ym',
};
