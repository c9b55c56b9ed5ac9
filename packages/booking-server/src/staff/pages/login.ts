/**
 * The sign-in page: a user name and password form (CSRF-safe with a
 * double-submit token), and a link to the organisation's sign-in when OpenID
 * Connect is configured.
 */
import { type Html, html } from '../html.ts';
import { type View, page } from '../layout.ts';

export function loginPage(
  view: View,
  options: { csrf: string; username?: string; error?: string; oidc: boolean },
): Html {
  const { t, root } = view;
  const error = options.error;
  return page(
    view,
    t.signIn,
    html`${error ? html`<p class="error" id="login-error" role="alert">${error}</p>` : ''}
      <form
        class="stack"
        method="post"
        action="${root}login"
        ${error ? html` aria-describedby="login-error"` : ''}
      >
        <input type="hidden" name="_csrf" value="${options.csrf}" />
        <p>
          <label for="username">${t.username}</label>
          <input
            id="username"
            name="username"
            autocomplete="username"
            required
            maxlength="64"
            value="${options.username ?? ''}"
            ${error ? html` aria-invalid="true"` : ''}
          />
        </p>
        <p>
          <label for="password">${t.password}</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            maxlength="200"
            ${error ? html` aria-invalid="true"` : ''}
          />
        </p>
        <p><button type="submit">${t.signIn}</button></p>
      </form>
      ${
        options.oidc
          ? html`<p>${t.or}</p>
              <p><a class="button" href="${root}oidc/login">${t.signInOidc}</a></p>`
          : ''
      }`,
  );
}
