/**
 * The pages' one stylesheet. Logical properties (inline-start, not left) so
 * an Arabic page mirrors by `dir` alone; Arabic text gets a face and line
 * height made for it.
 */
export const SITE_STYLESHEET = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #dadce0; --accent: #b3261e; }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.6 Georgia, "Noto Serif", serif; color: var(--ink); background: #fff; }
:lang(ar) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", Tahoma, sans-serif; line-height: 1.9; }
.masthead { display: flex; justify-content: space-between; align-items: baseline; padding: 12px 24px;
  border-block-end: 3px solid var(--accent); }
.masthead .site { font-weight: bold; font-size: 1.3rem; color: var(--ink); text-decoration: none; }
.masthead nav a { margin-inline-start: 12px; color: var(--muted); }
main { max-width: 760px; margin: 0 auto; padding: 24px; }
.category a { color: var(--accent); font-weight: bold; text-decoration: none; }
.headline { font-size: 2rem; line-height: 1.25; margin: 8px 0 12px; }
.credits, .published, .original, .translations { color: var(--muted); font-size: 0.92rem; margin: 4px 0; }
.credits .role { text-decoration: none; font-weight: bold; }
.published .iso { font-size: 0.8rem; }
.tags { list-style: none; padding: 0; display: flex; gap: 8px; flex-wrap: wrap; }
.tags li { background: #f1f3f4; border-radius: 12px; padding: 0 10px; font-size: 0.85rem; }
.dateline { font-weight: bold; margin-block-end: 0; }
.body p { margin: 0 0 1em; }
.related { border-block-start: 1px solid var(--rule); margin-block-start: 24px; }
.related h2 { font-size: 1.1rem; }
.neighbours { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; border-block-start: 1px solid var(--rule);
  margin-block-start: 16px; padding-block-start: 8px; }
.neighbours .label { display: block; color: var(--muted); font-size: 0.85rem; }
.neighbours .next { text-align: end; }
.latest { padding-inline-start: 20px; }
.latest li { margin-block-end: 8px; }
.latest time, .latest .category { color: var(--muted); font-size: 0.85rem; }
.kill-notice { border-inline-start: 4px solid var(--accent); padding-inline-start: 12px; }
`;
