#!/usr/bin/env node
// Summarises a .cpuprofile (from `BENCH_PROFILE=<dir> npm run bench:http`): self time by package
// and by function, and total (inclusive) time of the functions whose name matches a pattern.
// Usage: node apps/api/bench/profile-summary.js <file.cpuprofile> [top=25] [inclusive-pattern]
const { readFileSync } = require('node:fs');

const [file, topArg, pattern] = process.argv.slice(2);
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);

const where = (url) => {
  if (!url) return '(native/vm)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const w = /\/work\/[^/]+\/((?:libs|apps)\/[^/]+\/[^/]+)/.exec(url);
  return w ? w[1] : url;
};
const frame = (n) => `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${k}`);
};

const byPackage = new Map();
const byFunction = new Map();
for (const [id, us] of self) {
  const n = byId.get(id);
  const p = where(n.callFrame.url);
  byPackage.set(p, (byPackage.get(p) ?? 0) + us);
  byFunction.set(frame(n), (byFunction.get(frame(n)) ?? 0) + us);
}
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
print('self time by package', byPackage);
print('self time by function', byFunction);

if (pattern) {
  // Inclusive time: a sample counts once for each distinct matching frame on its stack.
  const re = new RegExp(pattern);
  const inclusive = new Map();
  for (const [id, us] of self) {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      const label = frame(n);
      if (re.test(label) && !seen.has(label)) {
        seen.add(label);
        inclusive.set(label, (inclusive.get(label) ?? 0) + us);
      }
    }
  }
  print(`inclusive time of frames matching /${pattern}/`, inclusive);
}
