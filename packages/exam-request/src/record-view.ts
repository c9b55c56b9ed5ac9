/**
 * The receipt (just sent) and the status page (from the status link): the
 * status in words (pending, confirmed, declined with its reason, cancelled),
 * the exam, the fee, the address to give the university; once confirmed what
 * to bring and "Lägg till i kalendern"; the status link on the receipt; and
 * cancelling, after an "are you sure?".
 */
import { formatList, formatTimeRange } from '@learning-centre/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ExamRequestRecord } from './exam-client.ts';
import { formatAmount } from './rule-format.ts';
import { renderProblem, viewHeading, type StepView } from './step-view.ts';

/** The record view's handlers, from the controller. */
export interface RecordHandlers {
  onCancel(): void;
  onKeep(): void;
  onConfirmCancel(): void;
  onNewRequest(): void;
}

function supportText(view: StepView, record: ExamRequestRecord): string {
  const names = record.support.map((need) => view.msg(`examRequest.supportName.${need}`));
  return formatList(names, view.lang);
}

function renderDetails(view: StepView, record: ExamRequestRecord): TemplateResult {
  const { msg, lang } = view;
  const exam = [
    [record.courseCode, record.courseName].filter(Boolean).join(' '),
    record.university,
  ].join(', ');
  const payment = view.flow.rules.fee?.payment;
  const row = (term: string, value: unknown) =>
    html`<dt>${term}</dt>
      <dd>${value}</dd>`;
  return html`<dl part="request" class="request">
    ${row(msg('examRequest.exam'), exam)}
    ${row(msg('examRequest.time'), formatTimeRange(record.start, record.end, { lang, timeZone: view.timeZone }))}
    ${row(msg('examRequest.where'), [view.text(record.centreName), record.address].filter(Boolean).join(', '))}
    ${record.support.length ? row(msg('examRequest.label.support'), supportText(view, record)) : nothing}
    ${row(
      msg('examRequest.label.fee'),
      record.fee
        ? html`${formatAmount(record.fee, lang)}${payment ? html`<br />${view.text(payment)}` : nothing}`
        : msg('examRequest.noFee'),
    )}
  </dl>`;
}

function renderCancel(view: StepView, h: RecordHandlers): TemplateResult {
  const { flow, msg } = view;
  if (!flow.confirmingCancel) {
    return html`<button
      type="button"
      part="cancel-button"
      class="lc-button secondary"
      @click=${h.onCancel}
    >
      ${msg('examRequest.cancel')}
    </button>`;
  }
  return html`<div part="cancel-question" class="question" role="group" aria-labelledby="cancel-q">
    <p id="cancel-q" class="cancel-question" tabindex="-1">${msg('examRequest.cancelQuestion')}</p>
    <div class="actions">
      <button
        type="button"
        part="confirm-cancel-button"
        class="lc-button danger"
        aria-disabled=${flow.busy}
        @click=${h.onConfirmCancel}
      >
        ${msg('examRequest.cancelYes')}
      </button>
      <button type="button" part="keep-button" class="lc-button secondary" @click=${h.onKeep}>
        ${msg('examRequest.cancelNo')}
      </button>
    </div>
  </div>`;
}

export function renderRecord(view: StepView, h: RecordHandlers): TemplateResult {
  const { flow, msg } = view;
  const record = flow.record;
  const receipt = flow.view === 'receipt';
  const status = record?.status;
  const open = status === 'pending' || status === 'confirmed';
  const bring = flow.rules.bring;
  return html`<section part="record" class="step" aria-labelledby="view-heading">
    ${viewHeading(view, receipt ? 'examRequest.receiptHeading' : 'examRequest.statusHeading')}
    ${renderProblem(view)}
    ${
      !record && flow.busy
        ? html`<p role="status" class="hint">${msg('examRequest.loading')}</p>`
        : nothing
    }
    ${
      record
        ? html`<p part="request-status" class="state state-${status}">
              <strong>${msg('examRequest.status')}:</strong>
              ${msg(`examRequest.status.${status!}`)}
            </p>
            ${
              status === 'declined' && record.declineReason
                ? html`<p part="decline-reason">
                    ${msg('examRequest.reason', { reason: record.declineReason })}
                  </p>`
                : nothing
            }
            ${status === 'pending' ? html`<p>${msg('examRequest.pendingNext')}</p>` : nothing}
            ${renderDetails(view, record)}
            ${
              open
                ? html`<p>${msg('examRequest.giveAddress')}</p>
                    <p><strong part="exam-address" class="address">${record.examEmail}</strong></p>`
                : nothing
            }
            ${
              status === 'confirmed' && bring
                ? html`<p><strong>${msg('examRequest.bring')}:</strong> ${view.text(bring)}</p>`
                : nothing
            }
            ${
              status === 'confirmed' && view.icsUrl
                ? html`<p>
                    <a
                      part="calendar-link"
                      class="lc-button"
                      href=${view.icsUrl}
                      download=${msg('examRequest.calendarFile')}
                      >${view.t('common.addToCalendar')}</a
                    >
                  </p>`
                : nothing
            }
            ${
              receipt && view.statusLink
                ? html`<p>
                      <a part="status-link" href=${view.statusLink}
                        >${msg('examRequest.statusLink')}</a
                      >
                    </p>
                    <p class="hint">${msg('examRequest.statusLinkHint')}</p>`
                : nothing
            }
            ${open ? renderCancel(view, h) : nothing}`
        : nothing
    }
    <p>
      <button type="button" part="new-button" class="link-button" @click=${h.onNewRequest}>
        ${msg('examRequest.newRequest')}
      </button>
    </p>
  </section>`;
}
