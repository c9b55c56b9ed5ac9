/**
 * Without a booking service: the request as an e-mail to the centre, every
 * field filled in, ready to open in the student's own mail program — and
 * the same text to copy when no mail program opens.
 */
import { formatDate, type MessageParams } from '@learning-centre/core';
import { examFee } from '@learning-centre/feed/queries';
import { html, type TemplateResult } from 'lit';
import type { ExamFlow } from './exam-flow.ts';
import { chosenProvider, minutesOf } from './exam-details.ts';
import { type MailLine, mailBody, mailHref } from './mail-draft.ts';
import { dayText } from './problem-text.ts';
import { clockTime, formatAmount } from './rule-format.ts';
import type { StepMessageKey } from './steps-messages.ts';
import { renderMailLink, viewHeading, type MailDraft, type StepView } from './step-view.ts';

/** What the draft needs. */
export interface DraftContext {
  flow: ExamFlow;
  msg(key: StepMessageKey, params?: MessageParams): string;
  lang: string;
  centreName: string;
  /** The university's name for a provider id. */
  universityName(provider: string): string;
}

/** The prepared e-mail of what the flow holds: to the centre's exam address. */
export function examMailDraft(c: DraftContext): MailDraft {
  const { flow, msg, lang } = c;
  const d = flow.details;
  const label = (key: Parameters<typeof msg>[0]) => msg(key);
  const provider = chosenProvider(d);
  const university = provider ? c.universityName(provider) : d.university.trim();
  const fee = examFee(flow.rules, d.municipality.trim() || undefined);
  const date = d.date ? formatDate(d.date, { lang, timeZone: 'UTC', weekday: true }) : '';
  const minutes = minutesOf(d);
  const lines: MailLine[] = [
    [label('examRequest.label.centre'), c.centreName],
    [label('examRequest.label.provider'), university],
    [label('examRequest.label.courseCode'), d.courseCode.trim()],
    [label('examRequest.label.courseName'), d.courseName.trim()],
    [label('examRequest.label.date'), date],
    [label('examRequest.label.start'), d.start ? clockTime(d.start, lang) : ''],
    [label('examRequest.label.minutes'), Number.isNaN(minutes) ? '' : String(minutes)],
    [
      label('examRequest.label.support'),
      d.support.map((need) => msg(`examRequest.supportName.${need}`)).join(', '),
    ],
    [label('examRequest.label.supportNote'), d.supportNote.trim()],
    [label('examRequest.label.name'), d.name.trim()],
    [label('examRequest.label.email'), d.email.trim()],
    [label('examRequest.label.phone'), d.phone.trim()],
    [label('examRequest.label.municipality'), d.municipality.trim()],
    [label('examRequest.label.fee'), fee.free ? msg('examRequest.noFee') : formatAmount(fee, lang)],
  ];
  const to = flow.rules.email;
  const subject = msg('examRequest.mailSubject', {
    course: d.courseName.trim(),
    date: d.date ? dayText(d.date, lang) : '',
  });
  const body = mailBody(lines, d.name.trim());
  return { to, subject, body, href: mailHref(to, subject, body) };
}

export function renderMail(view: StepView, onEdit: () => void): TemplateResult {
  const { msg } = view;
  const mail = view.mail();
  return html`<section part="mail" class="step" aria-labelledby="view-heading">
    ${viewHeading(view, 'examRequest.mailHeading')}
    <p>${msg('examRequest.mailText', { email: mail.to })}</p>
    <p>${renderMailLink(view, 'examRequest.openMail', true)}</p>
    <div class="field">
      <label for="mail-text">${msg('examRequest.mailBody')}</label>
      <textarea
        id="mail-text"
        part="mail-body"
        readonly
        rows="16"
        .value=${`${mail.subject}\n\n${mail.body}`}
      ></textarea>
    </div>
    <div class="actions">
      <button type="button" part="edit-button" class="lc-button secondary" @click=${onEdit}>
        ${msg('examRequest.edit')}
      </button>
    </div>
  </section>`;
}
