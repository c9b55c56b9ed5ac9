/**
 * The export form: a date range and what to export, as a CSV download.
 */
import { type Html, html } from '../html.ts';
import { type View, page } from '../layout.ts';

export function exportPage(view: View, data: { from: string; to: string; error?: string }): Html {
  const { t } = view;
  const invalid = data.error ? html` aria-invalid="true" aria-describedby="dates-error"` : '';
  return page(
    view,
    t.exportTitle,
    html`${data.error ? html`<p class="error" id="dates-error" role="alert">${data.error}</p>` : ''}
      <form class="stack" method="get" action="export.csv">
        <p>
          <label for="kind">${t.kind}</label>
          <select id="kind" name="kind">
            <option value="exam-requests">${t.kindExams}</option>
            <option value="bookings">${t.kindBookings}</option>
          </select>
        </p>
        <p>
          <label for="from">${t.from}</label>
          <input id="from" name="from" type="date" required value="${data.from}" ${invalid} />
        </p>
        <p>
          <label for="to">${t.to}</label>
          <input id="to" name="to" type="date" required value="${data.to}" ${invalid} />
        </p>
        <p><button type="submit">${t.download}</button></p>
      </form>`,
    { current: 'export' },
  );
}
