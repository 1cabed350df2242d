import { deskLayout, problemRegion } from './desk-layout';
import { html } from './html';

/** /desk/login: the form posts nowhere; the script sends it to POST /v1/auth/login. */
export function loginPage(): string {
  return deskLayout({
    name: 'login',
    title: 'Sign in',
    body: html`<section class="card narrow" aria-labelledby="login-heading">
      <h1 id="login-heading">Sign in to the translation desk</h1>
      ${problemRegion()}
      <form id="login-form" method="post" action="/desk/login" novalidate>
        <div class="field">
          <label for="username">Username</label>
          <input
            id="username"
            name="username"
            autocomplete="username"
            autocapitalize="none"
            spellcheck="false"
            required
          />
        </div>
        <div class="field">
          <label for="password">Password</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
        </div>
        <button type="submit" class="primary">Sign in</button>
      </form>
    </section>`,
  });
}
