import { deskLayout, problemRegion } from './desk-layout';
import { html } from './html';

/**
 * /desk/jobs/:id: source paragraphs beside editable target paragraphs, the
 * actions the job allows, its quality checks, glossary hints and history.
 * The script fills every region from GET /v1/jobs/:id.
 */
export function jobPage(jobId: string): string {
  return deskLayout({
    name: 'job',
    title: 'Translation job',
    data: { 'job-id': jobId },
    body: html`<p class="crumbs"><a href="/desk">← Back to the queue</a></p>
      ${problemRegion()}
      <article id="job" class="job" aria-labelledby="job-title" aria-busy="true">
        <header class="job-head">
          <h1 id="job-title">Translation job</h1>
          <dl id="job-facts" class="facts"></dl>
        </header>
        <div id="job-notices" class="notice" hidden></div>
        <section id="actions" class="actions-bar" aria-label="Actions">
          <div id="action-buttons" class="actions"></div>
          <p id="save-status" class="status" role="status"></p>
        </section>
        <div class="job-layout">
          <section class="texts" aria-labelledby="texts-heading">
            <h2 id="texts-heading">Source and translation, paragraph by paragraph</h2>
            <div id="paragraphs" class="paragraphs"></div>
          </section>
          <aside class="side" aria-label="Checks, glossary and history">
            <section id="qa" class="panel" aria-labelledby="qa-heading" tabindex="-1">
              <h2 id="qa-heading">Quality checks</h2>
              <div id="qa-results"><p class="muted">Checks run when the translation is submitted.</p></div>
            </section>
            <section id="glossary" class="panel" aria-labelledby="glossary-heading">
              <h2 id="glossary-heading">Glossary terms in this story</h2>
              <ul id="glossary-hints" class="glossary-hints"></ul>
            </section>
            <section id="return-section" class="panel" aria-labelledby="return-heading" hidden>
              <h2 id="return-heading">Return to the translator</h2>
              <form id="return-form" novalidate>
                <div class="field">
                  <label for="return-comment">What needs fixing</label>
                  <textarea id="return-comment" name="comment" rows="4" required></textarea>
                </div>
                <button type="submit" id="return-button">Return with comment</button>
              </form>
            </section>
            <section id="history" class="panel" aria-labelledby="history-heading">
              <h2 id="history-heading">Comments and history</h2>
              <ol id="audit" class="audit"></ol>
            </section>
          </aside>
        </div>
      </article>`,
  });
}
