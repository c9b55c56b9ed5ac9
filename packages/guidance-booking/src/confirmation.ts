/**
 * Step 5: the confirmation — what, when, where (the centre's address, or who
 * calls whom, or where the video link goes), the booking number, "Lägg till i
 * kalendern" (the service's .ics file behind a `blob:` URL, so no token is
 * ever in a link) and how to cancel: the feed's phone and e-mail, the
 * e-mail's subject naming the booking.
 */
import { formatTimeRange } from '@learning-centre/core';
import type { Address } from '@learning-centre/feed/widget';
import { html, nothing, type TemplateResult } from 'lit';
import { renderStep, type StepView } from './step-frame.ts';
import { renderWaysList } from './ways-view.ts';

/** The fields of a booking the confirmation shows. */
interface ShownBooking {
  id: string;
  start: string;
  end: string;
  phone?: string;
  email?: string;
}

function address(a: Address | undefined): string {
  return a
    ? [a.street, [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
    : '';
}

export function renderConfirmation(view: StepView, icsUrl: string | undefined): TemplateResult {
  const { flow, msg } = view;
  const booking = flow.result!.booking as unknown as ShownBooking;
  const mode = flow.choice!.mode;
  const centre = view.centre(flow.choice!.centre);
  const where =
    mode === 'phone'
      ? msg('guidanceBooking.callYou', { phone: booking.phone ?? '' })
      : mode === 'video'
        ? msg('guidanceBooking.videoLink', { email: booking.email ?? '' })
        : [view.text(centre?.name), address(centre?.address)].filter(Boolean).join(', ');
  const cancelSubject = msg('guidanceBooking.cancelSubject', { reference: booking.id });
  const ways = {
    ...view.ways,
    email: view.ways.email && {
      ...view.ways.email,
      href: view.ways.email.href.replace(/\?.*$/, `?subject=${encodeURIComponent(cancelSubject)}`),
    },
    url: undefined,
  };
  const content = html`<dl part="booking" class="booking">
      <dt>${view.text(flow.service?.name)}</dt>
      <dd>${msg(`guidanceBooking.mode.${mode}`)}</dd>
      <dt>${msg('guidanceBooking.when')}</dt>
      <dd>
        ${formatTimeRange(booking.start, booking.end, { lang: view.lang, timeZone: view.timeZone })}
      </dd>
      <dt>${msg('guidanceBooking.where')}</dt>
      <dd>${where}</dd>
      <dt>${msg('guidanceBooking.reference')}</dt>
      <dd part="reference">${booking.id}</dd>
    </dl>
    ${
      icsUrl
        ? html`<p>
            <a part="calendar-link" class="lc-button" href=${icsUrl} download="vagledning.ics"
              >${view.t('common.addToCalendar')}</a
            >
          </p>`
        : nothing
    }
    <p>${msg('guidanceBooking.cancel')}</p>
    ${renderWaysList(ways, msg)}`;
  return renderStep(view, 'guidanceBooking.step.done', content);
}
