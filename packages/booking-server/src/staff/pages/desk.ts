/**
 * The desk: what awaits a decision, and the exams and bookings of the next
 * two weeks, for the signed-in person's centre only.
 */
import type { Booking } from '../../bookings/model.ts';
import type { ExamRequest } from '../../exams/model.ts';
import { pickText } from '../../feed.ts';
import { localDate, longDate, supportText, timeRange } from '../format.ts';
import { type Html, html } from '../html.ts';
import { type View, page } from '../layout.ts';

export interface DeskData {
  today: string;
  pending: readonly ExamRequest[];
  exams: readonly ExamRequest[];
  bookings: readonly Booking[];
  flash?: string;
}

export function deskPage(view: View, data: DeskData): Html {
  const { t } = view;
  return page(
    view,
    t.desk,
    html`<p>${t.today}: ${longDate(data.today, t.locale)}</p>
      ${data.flash ? html`<p class="flash" role="status">${data.flash}</p>` : ''}
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading">${t.pending}</h2>
        ${examTable(view, data.pending, t.pending)}
      </section>
      <section aria-labelledby="exams-heading">
        <h2 id="exams-heading">${t.exams}</h2>
        ${examTable(view, data.exams, t.exams)}
      </section>
      <section aria-labelledby="bookings-heading">
        <h2 id="bookings-heading">${t.bookings}</h2>
        ${bookingTable(view, data.bookings)}
      </section>`,
    { current: 'desk', heading: html`${t.desk}: ${view.centreName}` },
  );
}

function examTable(view: View, requests: readonly ExamRequest[], caption: string): Html {
  const { t, timeZone, root } = view;
  if (requests.length === 0) return html`<p>${t.none}</p>`;
  return html`<div class="scroll">
    <table>
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.date}</th>
          <th scope="col">${t.time}</th>
          <th scope="col">${t.course}</th>
          <th scope="col">${t.university}</th>
          <th scope="col">${t.student}</th>
          <th scope="col">${t.support}</th>
          <th scope="col">${t.status}</th>
        </tr>
      </thead>
      <tbody>
        ${requests.map(
          (r) =>
            html`<tr>
              <td>${r.date}</td>
              <td>${timeRange(r.startMs, r.endMs, timeZone)}</td>
              <td>${[r.courseCode, r.courseName].filter(Boolean).join(' ')}</td>
              <td>${r.university}</td>
              <th scope="row">
                <a href="${root}exam-requests/${r.id}" aria-label="${t.openRequest(r.name ?? r.id)}"
                  >${r.name ?? '–'}</a
                >
              </th>
              <td>${supportText(r.support, t)}</td>
              <td><span class="status status-${r.status}">${t.statusKind[r.status]}</span></td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function bookingTable(view: View, bookings: readonly Booking[]): Html {
  const { t, timeZone, lang } = view;
  if (bookings.length === 0) return html`<p>${t.none}</p>`;
  return html`<div class="scroll">
    <table>
      <caption class="visually-hidden">
        ${t.bookings}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.date}</th>
          <th scope="col">${t.time}</th>
          <th scope="col">${t.what}</th>
          <th scope="col">${t.who}</th>
          <th scope="col">${t.contact}</th>
        </tr>
      </thead>
      <tbody>
        ${bookings.map(
          (b) =>
            html`<tr>
              <td>${localDate(b.startMs, timeZone)}</td>
              <td>${timeRange(b.startMs, b.endMs, timeZone)}</td>
              <td>
                ${pickText(b.snapshot.service.name, lang, 'sv')} (${t.mode[b.mode] ?? b.mode})
              </td>
              <th scope="row">${b.name ?? '–'}</th>
              <td>${[b.email, b.phone].filter(Boolean).join(', ')}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
