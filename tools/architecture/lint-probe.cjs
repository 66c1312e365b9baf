// Lints probe files (never written to disk) with the workspace's ESLint configuration and prints
// the module-boundary messages of each as JSON. Run by domain-graph.spec.ts in a process of its
// own, because ESLint loads its flat config with a dynamic import that jest's sandbox refuses.
const { ESLint } = require('eslint');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  const eslint = new ESLint({ cwd: root });
  const out = [];
  for (const { file, code } of JSON.parse(input)) {
    const [result] = await eslint.lintText(code, { filePath: join(root, file) });
    out.push(result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
});
