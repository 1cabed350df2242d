// Summarises a V8 .cpuprofile: share of samples per package and the hottest functions.
// Usage: node scripts/cpu-profile-summary.js <dir holding one .cpuprofile>
const fs = require('fs');
const dir = process.argv[2];
const p = JSON.parse(fs.readFileSync(dir + '/' + fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile')), 'utf8'));
const dt = {};
p.samples.forEach((s, i) => {
  dt[s] = (dt[s] || 0) + (p.timeDeltas[i] || 0);
});
const pkg = new Map(),
  fn = new Map();
for (const n of p.nodes) {
  const url = n.callFrame.url;
  const t = dt[n.id] || 0;
  if (!t) continue;
  const m = url.match(/node_modules\/(@[^/]+\/[^/]+|[^/]+)/);
  const key = m
    ? m[1]
    : url.includes('/dist/')
      ? 'project ' + url.split('/dist/')[1].split('/').slice(0, 3).join('/')
      : n.callFrame.functionName || '(native)';
  pkg.set(key, (pkg.get(key) || 0) + t);
  const f =
    n.callFrame.functionName +
    ' ' +
    url.replace(/.*node_modules\//, '').replace(/.*dist\//, '') +
    ':' +
    n.callFrame.lineNumber;
  fn.set(f, (fn.get(f) || 0) + t);
}
const total = [...pkg.values()].reduce((a, b) => a + b, 0);
console.log('sampled ms', (total / 1000).toFixed(0));
[...pkg]
  .sort((a, b) => b[1] - a[1])
  .slice(0, 18)
  .forEach(([k, v]) => console.log(((v / total) * 100).toFixed(1) + '%', k));
console.log('--- top functions');
[...fn]
  .sort((a, b) => b[1] - a[1])
  .slice(0, 15)
  .forEach(([k, v]) => console.log(((v / total) * 100).toFixed(1) + '%', k.slice(0, 140)));
