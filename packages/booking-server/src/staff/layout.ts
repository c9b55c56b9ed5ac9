/**
 * The frame of every staff page: language, title, the staff style sheet, a
 * skip link, the navigation with "sign out" for a signed-in person, and one
 * `<main>` with the page's heading. No script anywhere: the pages work with
 * links and forms only, so a strict Content-Security-Policy holds.
 */
import { type Html, type HtmlValue, html } from './html.ts';
import type { StaffLang, StaffText } from './messages.ts';
import type { StaffSession } from './sessions.ts';

/** What every page is rendered with. */
export interface View {
  lang: StaffLang;
  t: StaffText;
  /** Relative path from the current page to `/staff/` (`./` or `../`): works behind any path prefix. */
  root: string;
  session?: StaffSession;
  /** The signed-in person's centre, by name. */
  centreName?: string;
  timeZone: string;
}

export type NavItem = 'desk' | 'day' | 'export';

export function page(
  view: View,
  title: string,
  body: HtmlValue,
  options: { current?: NavItem; heading?: HtmlValue } = {},
): Html {
  const { t, root, session } = view;
  const link = (item: NavItem, href: string, label: string) =>
    html`<li>
      <a href="${root}${href}" ${options.current === item ? html` aria-current="page"` : ''}
        >${label}</a
      >
    </li>`;
  return html`<!doctype html>
    <html lang="${view.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <title>${title} – ${t.app}</title>
        <link rel="stylesheet" href="${root}staff.css" />
      </head>
      <body>
        <a class="skip" href="#main">${t.skip}</a>
        <header class="bar">
          <p class="brand">${t.app}</p>
          ${
            session
              ? html`<nav aria-label="${t.nav}">
                    <ul>
                      ${link('desk', '', t.desk)} ${link('day', 'day', t.dayList)}
                      ${link('export', 'export', t.export)}
                    </ul>
                  </nav>
                  <form class="signout" method="post" action="${root}logout">
                    <input type="hidden" name="_csrf" value="${session.csrf}" />
                    <span
                      >${t.signedInAs(session.user.username, view.centreName ?? session.user.centre)}</span
                    >
                    <button type="submit">${t.signOut}</button>
                  </form>`
              : ''
          }
        </header>
        <main id="main" tabindex="-1">
          <h1>${options.heading ?? title}</h1>
          ${body}
        </main>
      </body>
    </html> `;
}

/** A short page that only says something (401, 403, 404, 429). */
export function messagePage(view: View, title: string, message: string, extra?: HtmlValue): Html {
  return page(
    view,
    title,
    html`<p>${message}</p>
      ${extra}`,
  );
}
