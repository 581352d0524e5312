// The GitHub Action entry (dist/index.js). Placeholder until the Action lands.
process.stdout.write('agent-policy-lint action: not implemented yet\n');
