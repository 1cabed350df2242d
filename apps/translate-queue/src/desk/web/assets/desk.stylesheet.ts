/** /desk/assets/desk.css: the desk's one stylesheet, plain CSS (kept in a module so the build ships it with the code). */
export const DESK_STYLESHEET = String.raw`
:root {
  --ink: #1c2128;
  --muted: #57606a;
  --line: #d0d7de;
  --paper: #ffffff;
  --wash: #f5f7f9;
  --accent: #0b5cad;
  --accent-ink: #ffffff;
  --danger: #a4161a;
  --danger-wash: #fdecec;
  --warn: #7a4d00;
  --warn-wash: #fff4d6;
  --ok: #1a6b35;
  --ok-wash: #e6f4ea;
  --mark: #fff0a8;
  --radius: 6px;
  --sans: system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif;
  --arabic: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", "Amiri", serif;
  color-scheme: light;
}

* { box-sizing: border-box; }
html { font-family: var(--sans); color: var(--ink); background: var(--wash); line-height: 1.5; }
body { margin: 0; }
:lang(ar) { font-family: var(--arabic); line-height: 1.9; font-size: 1.08em; }
h1 { font-size: 1.5rem; margin: 0 0 0.75rem; line-height: 1.3; }
h2 { font-size: 1.05rem; margin: 0 0 0.5rem; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, mark:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid #ffbf47; outline-offset: 2px;
}

.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip-link { position: absolute; left: -999px; top: 0; background: var(--paper); padding: 0.5rem 1rem; z-index: 10; }
.skip-link:focus { left: 0.5rem; }

.site-header { display: flex; align-items: center; gap: 1.5rem; padding: 0.6rem 1.5rem; background: #12324f; color: #fff; }
.site-header a { color: #fff; }
.brand { font-weight: 700; text-decoration: none; font-size: 1.05rem; }
.site-header nav a { text-decoration: none; padding: 0.25rem 0.5rem; border-radius: var(--radius); }
.site-header nav a:hover { background: rgba(255, 255, 255, 0.12); }
.session { margin: 0 0 0 auto; display: flex; gap: 0.75rem; align-items: center; font-size: 0.92rem; }
.session button.link { color: #fff; }

main { max-width: 88rem; margin: 0 auto; padding: 1.25rem 1.5rem 3rem; }
main:focus { outline: none; }

.card { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); padding: 1.5rem; }
.narrow { max-width: 26rem; margin: 3rem auto; }
.field { display: flex; flex-direction: column; gap: 0.25rem; margin-bottom: 0.9rem; }
label { font-weight: 600; font-size: 0.92rem; }
input, select, textarea { font: inherit; color: inherit; padding: 0.45rem 0.6rem; border: 1px solid #8c959f; border-radius: var(--radius); background: var(--paper); }
textarea { width: 100%; resize: vertical; }

button { font: inherit; cursor: pointer; padding: 0.45rem 0.95rem; border-radius: var(--radius); border: 1px solid #8c959f; background: var(--paper); color: var(--ink); }
button:hover { background: #eef1f4; }
button.primary { background: var(--accent); color: var(--accent-ink); border-color: var(--accent); font-weight: 600; }
button.primary:hover { background: #084a8c; }
button.danger { color: var(--danger); border-color: var(--danger); }
button.link { border: none; background: none; padding: 0; text-decoration: underline; }
button[disabled] { opacity: 0.55; cursor: not-allowed; }

.problem { border: 1px solid var(--danger); border-left-width: 6px; background: var(--danger-wash); color: var(--ink); padding: 0.75rem 1rem; border-radius: var(--radius); margin: 0 0 1rem; }
.problem .problem-title { font-weight: 700; margin: 0 0 0.25rem; color: var(--danger); }
.problem p { margin: 0.25rem 0; }
.problem ul { margin: 0.4rem 0 0; padding-left: 1.25rem; }
.notice { border: 1px solid #b88a00; border-left-width: 6px; background: var(--warn-wash); padding: 0.75rem 1rem; border-radius: var(--radius); margin: 0 0 1rem; }
.notice h2 { margin-bottom: 0.25rem; }
.status { color: var(--muted); min-height: 1.5em; margin: 0.5rem 0; }
.muted { color: var(--muted); }

.filters { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 1rem; background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.9rem 1rem 0; margin-bottom: 1rem; }
.filters button { margin-bottom: 0.9rem; }

table.queue { width: 100%; border-collapse: collapse; background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); overflow: hidden; }
.queue th, .queue td { text-align: start; padding: 0.6rem 0.8rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.queue th { background: #eef1f4; font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); }
.queue td.headline { max-width: 38rem; }
.queue td.headline a { font-weight: 600; text-decoration: none; }
.queue td.headline a:hover { text-decoration: underline; }
.queue tr.overdue td { background: var(--danger-wash); }
.queue .article-id { display: block; font-size: 0.78rem; color: var(--muted); font-family: ui-monospace, monospace; }
#more { margin-top: 1rem; }

.badge { display: inline-block; padding: 0.05rem 0.55rem; border-radius: 999px; font-size: 0.82rem; font-weight: 600; border: 1px solid var(--line); background: #eef1f4; white-space: nowrap; }
.badge.state-open { background: #e7f0fb; border-color: #9cc0ea; color: #0b4a8b; }
.badge.state-claimed, .badge.state-in_review, .badge.state-in-review { background: #f1ebfb; border-color: #c3aee8; color: #4b2a86; }
.badge.state-submitted { background: #fff4d6; border-color: #e3c46b; color: var(--warn); }
.badge.state-returned { background: var(--danger-wash); border-color: #e6a1a3; color: var(--danger); }
.badge.state-approved { background: var(--ok-wash); border-color: #9fd0ad; color: var(--ok); }
.badge.state-canceled { background: #eceff1; color: var(--muted); text-decoration: line-through; }
.badge.overdue { background: var(--danger); color: #fff; border-color: var(--danger); }
.badge.machine { background: #eef1f4; color: var(--muted); }
.priority { font-weight: 700; }
.priority-flash, .priority-high { color: var(--danger); }
.priority-low { color: var(--muted); font-weight: 600; }

.crumbs { margin: 0 0 0.75rem; }
.job-head { margin-bottom: 1rem; }
.facts { display: flex; flex-wrap: wrap; gap: 0.4rem 1.75rem; margin: 0; }
.facts div { display: flex; gap: 0.4rem; align-items: baseline; }
.facts dt { color: var(--muted); font-size: 0.88rem; }
.facts dd { margin: 0; font-weight: 600; }
.facts dd.overdue { color: var(--danger); }

.actions-bar { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem 1.25rem; background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.6rem 0.9rem; margin-bottom: 1rem; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.actions-bar .status { margin: 0; }
.inline-form { display: flex; gap: 0.5rem; align-items: center; }

.job-layout { display: grid; grid-template-columns: minmax(0, 1fr) 22rem; gap: 1.25rem; align-items: start; }
@media (max-width: 64rem) { .job-layout { grid-template-columns: 1fr; } }
.texts { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem; }
.paragraphs { display: flex; flex-direction: column; }
.pair-row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; padding: 0.75rem 0; border-top: 1px solid var(--line); }
.pair-row.columns { border-top: none; padding-top: 0; font-size: 0.82rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted); font-weight: 700; }
.pair-row.has-issue { box-shadow: inset 4px 0 0 var(--danger); padding-left: 0.6rem; background: #fffafa; }
.source-cell { margin: 0; }
.source-text { margin: 0; padding: 0.45rem 0.6rem; background: var(--wash); border-radius: var(--radius); }
.source-text[dir="rtl"] { text-align: right; }
.target-cell label { display: block; font-size: 0.8rem; color: var(--muted); font-weight: 600; margin-bottom: 0.15rem; }
.target-text { min-height: 5.5rem; line-height: 1.5; }
.target-text.headline { min-height: 0; font-weight: 600; }
.target-text[readonly] { background: #fafbfc; border-style: dashed; }
.term-hints { list-style: none; display: flex; flex-wrap: wrap; gap: 0.35rem; margin: 0.4rem 0 0; padding: 0; font-size: 0.82rem; }
.term-hints li { background: #fffbe0; border: 1px solid #e9d76b; border-radius: 999px; padding: 0.05rem 0.5rem; }
mark.term { background: var(--mark); border-bottom: 2px solid #c9a400; padding: 0 0.1em; border-radius: 2px; position: relative; cursor: help; color: inherit; }
mark.term:hover::after {
  content: attr(data-hint); position: absolute; bottom: 100%; inset-inline-start: 0; white-space: nowrap; direction: ltr;
  font-family: var(--sans); font-size: 0.8rem; line-height: 1.3; background: var(--ink); color: #fff; padding: 0.25rem 0.5rem; border-radius: 4px; z-index: 3;
}

.side { display: flex; flex-direction: column; gap: 1rem; }
.panel { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.9rem 1rem; }
.panel:focus { outline: 3px solid #ffbf47; }
.qa-list { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.5rem; }
.qa-list li { padding: 0.45rem 0.6rem; border-radius: var(--radius); border-left: 5px solid var(--line); background: var(--wash); }
.qa-list li.blocking { border-left-color: var(--danger); background: var(--danger-wash); }
.qa-list li.warning { border-left-color: #b88a00; background: var(--warn-wash); }
.qa-list li.passed { border-left-color: var(--ok); background: var(--ok-wash); }
.qa-list .severity { font-weight: 700; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.03em; margin-right: 0.35rem; }
.glossary-hints { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.4rem; }
.glossary-hints .arrow { color: var(--muted); padding: 0 0.3rem; }
.glossary-hints .avoid { display: block; font-size: 0.82rem; color: var(--muted); }
.audit { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.65rem; }
.audit li { border-left: 3px solid var(--line); padding-left: 0.6rem; }
.audit time { display: block; font-size: 0.8rem; color: var(--muted); }
.audit .transition { color: var(--muted); font-size: 0.88rem; }
.audit blockquote { margin: 0.3rem 0 0; padding: 0.35rem 0.6rem; background: var(--warn-wash); border-radius: var(--radius); }
.diff { margin: 0.5rem 0 0; padding-left: 1.25rem; }
.diff p { display: flex; gap: 0.6rem; align-items: baseline; margin: 0.25rem 0; }
.diff-label { flex: none; width: 2.5rem; font-size: 0.8rem; font-weight: 700; color: var(--muted); text-transform: uppercase; }
.diff del, .diff ins { flex: 1; display: block; padding: 0.2rem 0.5rem; border-radius: 4px; }
.diff del { background: var(--danger-wash); }
.diff ins { background: var(--ok-wash); text-decoration: none; }
.notice blockquote { margin: 0.4rem 0 0; padding: 0.4rem 0.7rem; background: var(--paper); border-radius: var(--radius); }
`;
