/**
 * One exam request: everything the student gave, the seats taken that day,
 * and the forms to confirm it or decline it with a reason.
 */
import type { ExamRequest } from '../../exams/model.ts';
import { longDate, money, supportText, timeRange } from '../format.ts';
import { type Html, type HtmlValue, html } from '../html.ts';
import { type View, page } from '../layout.ts';

export interface ExamRequestPageData {
  request: ExamRequest;
  seats?: { confirmed: number; seats: number };
  /** A message after an action: `role="status"`, or `role="alert"` for a problem. */
  flash?: { text: string; problem?: boolean };
  /** The decline form's error, with the reason typed so far. */
  reasonError?: string;
  reason?: string;
}

export function examRequestPage(view: View, data: ExamRequestPageData): Html {
  const { t, timeZone, root } = view;
  const r = data.request;
  const row = (label: string, value: HtmlValue) =>
    value === undefined || value === ''
      ? ''
      : html`<dt>${label}</dt>
          <dd>${value}</dd>`;
  const flash = data.flash;
  return page(
    view,
    `${t.request}: ${r.name ?? r.id}`,
    html`${flash ? html`<p class="${flash.problem ? 'error' : 'flash'}" role="${flash.problem ? 'alert' : 'status'}">${flash.text}</p>` : ''}
      <dl class="facts">
        ${row(t.status, html`<span class="status status-${r.status}">${t.statusKind[r.status]}</span>`)}
        ${row(t.date, longDate(r.date, t.locale))}
        ${row(t.time, timeRange(r.startMs, r.endMs, timeZone))}
        ${row(t.course, [r.courseCode, r.courseName].filter(Boolean).join(' '))}
        ${row(t.university, r.university)} ${row(t.student, r.name)} ${row(t.email, r.email)}
        ${row(t.phone, r.phone)} ${row(t.municipality, r.municipality)}
        ${row(t.fee, r.fee ? money(r.fee.amount, r.fee.currency, t.locale) : t.free)}
        ${row(t.support, supportText(r.support, t))} ${row(t.note, r.supportNote)}
        ${row(t.examEmail, r.examEmail)} ${row(t.reason, r.declineReason)}
        ${row(t.received, new Date(r.createdMs).toLocaleString(t.locale, { timeZone }))}
      </dl>
      ${data.seats ? html`<p>${t.seats(data.seats.confirmed, data.seats.seats)}</p>` : ''}
      ${r.status === 'pending' ? confirmForm(view, r) : ''}
      ${r.status === 'pending' || r.status === 'confirmed' ? declineForm(view, r, data) : ''}
      <p>
        <a href="${root}">${t.desk}</a> ·
        <a href="${root}day?date=${r.date}">${t.dayListOf(r.date)}</a>
      </p>`,
    { heading: html`${t.request}: ${r.name ?? '–'}` },
  );
}

function confirmForm(view: View, r: ExamRequest): Html {
  return html`<form method="post" action="${view.root}exam-requests/${r.id}/confirm">
    <input type="hidden" name="_csrf" value="${view.session?.csrf ?? ''}" />
    <p><button type="submit">${view.t.confirm}</button></p>
  </form>`;
}

function declineForm(view: View, r: ExamRequest, data: ExamRequestPageData): Html {
  const { t } = view;
  const invalid = data.reasonError
    ? html` aria-invalid="true" aria-describedby="reason-error"`
    : '';
  return html`<form
    class="stack"
    method="post"
    action="${view.root}exam-requests/${r.id}/decline"
    novalidate
  >
    <input type="hidden" name="_csrf" value="${view.session?.csrf ?? ''}" />
    <p>
      <label for="reason">${t.declineReason}</label>
      ${data.reasonError ? html`<span class="error" id="reason-error">${data.reasonError}</span>` : ''}
      <textarea id="reason" name="reason" rows="3" maxlength="500" required${invalid}>
${data.reason ?? ''}</textarea>
    </p>
    <p><button type="submit" class="secondary">${t.decline}</button></p>
  </form>`;
}
