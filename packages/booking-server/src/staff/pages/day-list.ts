/**
 * The invigilator's list for one day: the confirmed exams in time order with
 * the student's name, the course, the university and the support needed.
 * Printable: the print style sheet leaves out the navigation and the forms.
 */
import type { ExamRequest } from '../../exams/model.ts';
import { dayKey, parseDayKey } from '../../feed.ts';
import { longDate, supportText, timeRange } from '../format.ts';
import { type Html, html } from '../html.ts';
import { type View, page } from '../layout.ts';

export function dayListPage(
  view: View,
  data: { date: string; exams: readonly ExamRequest[]; pending: number },
): Html {
  const { t, timeZone } = view;
  const title = t.dayListOf(data.date);
  return page(
    view,
    title,
    html`<form class="inline no-print" method="get" action="day">
        <p>
          <label for="date">${t.date}</label>
          <input id="date" name="date" type="date" required value="${data.date}" />
          <button type="submit">${t.show}</button>
        </p>
      </form>
      <nav class="no-print" aria-label="${t.days}">
        <a href="day?date=${shift(data.date, -1)}">${t.previousDay}</a> ·
        <a href="day?date=${shift(data.date, 1)}">${t.nextDay}</a>
      </nav>
      <p>${longDate(data.date, t.locale)}${view.centreName ? html` · ${view.centreName}` : ''}</p>
      ${data.pending > 0 ? html`<p class="no-print">${t.awaiting(data.pending)}</p>` : ''}
      ${
        data.exams.length === 0
          ? html`<p>${t.noExams}</p>`
          : html`<table class="day-list">
              <caption class="visually-hidden">
                ${title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.time}</th>
                  <th scope="col">${t.student}</th>
                  <th scope="col">${t.course}</th>
                  <th scope="col">${t.university}</th>
                  <th scope="col">${t.support}</th>
                </tr>
              </thead>
              <tbody>
                ${data.exams.map(
                  (r) =>
                    html`<tr>
                      <td>${timeRange(r.startMs, r.endMs, timeZone)}</td>
                      <th scope="row">${r.name ?? '–'}</th>
                      <td>${[r.courseCode, r.courseName].filter(Boolean).join(' ')}</td>
                      <td>${r.university}</td>
                      <td>
                        ${supportText(r.support, t)}${r.supportNote ? html`<br />${r.supportNote}` : ''}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
      <p class="no-print">${t.printHint}</p>`,
    { current: 'day' },
  );
}

function shift(date: string, days: number): string {
  return dayKey(parseDayKey(date) + days);
}
