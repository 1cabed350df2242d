import { SafeHtml, html } from './html';

export type DeskPageName = 'login' | 'queue' | 'job';

export interface DeskPage {
  name: DeskPageName;
  title: string;
  body: SafeHtml;
  /** `data-*` attributes on <body> that the script reads (e.g. the job id). */
  data?: Record<string, string>;
}

/**
 * The frame every desk page shares. The pages are shells: the token lives in
 * the browser's sessionStorage, so the data comes from the API through
 * /desk/assets/desk.js, never from the server's rendering.
 */
export function deskLayout(page: DeskPage): string {
  const data = Object.entries(page.data ?? {}).map(([key, value]) => html` data-${key}="${value}"`);
  const signedIn = page.name !== 'login';
  const document = html`<html lang="en" dir="ltr">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${page.title} · Translation desk</title>
      <link rel="icon" href="data:," />
      <link rel="stylesheet" href="/desk/assets/desk.css" />
      <script src="/desk/assets/desk.js" defer></script>
    </head>
    <body data-page="${page.name}" ${data}>
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="site-header">
        <a class="brand" href="/desk">Translation desk</a>
        ${
          signedIn &&
          html`<nav aria-label="Desk">
              <a href="/desk">Queue</a>
            </nav>
            <p class="session">
              <span id="session-user"></span> <button type="button" id="sign-out" class="link">Sign out</button>
            </p>`
        }
      </header>
      <main id="main" tabindex="-1">
        <noscript
          ><p class="problem">The desk needs JavaScript: it talks to the desk's API from your browser.</p></noscript
        >
        ${page.body}
      </main>
    </body>
  </html>`;
  return `<!doctype html>\n${document.value}\n`;
}

/** The region where a refused request is explained (problem+json rendered for people). */
export function problemRegion(id = 'problem'): SafeHtml {
  return html`<div id="${id}" class="problem" role="alert" tabindex="-1" hidden></div>`;
}
