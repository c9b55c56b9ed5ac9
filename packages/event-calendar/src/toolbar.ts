/**
 * Above the calendar: which view (list, month, week), previous / today / next,
 * and the caption naming the period shown, announced politely when it changes.
 */
import { html, type TemplateResult } from 'lit';
import type { CalendarContext } from './context.ts';
import { VIEWS, type CalendarView } from './options.ts';

export interface ToolbarOptions {
  view: CalendarView;
  caption: string;
  captionId: string;
  onView: (view: CalendarView) => void;
  /** -1 for previous, 1 for next. */
  onStep: (step: -1 | 1) => void;
  onToday: () => void;
}

export function renderToolbar(ctx: CalendarContext, o: ToolbarOptions): TemplateResult {
  return html`<div part="toolbar" class="toolbar">
    <div part="views" class="views" role="group" aria-label=${ctx.msg('eventCalendar.views')}>
      ${VIEWS.map(
        (view) =>
          html`<button
            type="button"
            part="view-button"
            class="toggle"
            aria-pressed=${view === o.view ? 'true' : 'false'}
            @click=${() => o.onView(view)}
          >
            ${ctx.msg(`eventCalendar.view.${view}`)}
          </button>`,
      )}
    </div>
    <div
      part="navigation"
      class="navigation"
      role="group"
      aria-label=${ctx.msg('eventCalendar.navigation')}
    >
      <button type="button" part="previous-button" class="step" @click=${() => o.onStep(-1)}>
        <span class="arrow" aria-hidden="true">‹</span
        ><span class="lc-visually-hidden">${ctx.msg(`eventCalendar.previous.${o.view}`)}</span>
      </button>
      <button type="button" part="today-button" @click=${o.onToday}>
        ${ctx.msg('eventCalendar.today')}
      </button>
      <button type="button" part="next-button" class="step" @click=${() => o.onStep(1)}>
        <span class="arrow" aria-hidden="true">›</span
        ><span class="lc-visually-hidden">${ctx.msg(`eventCalendar.next.${o.view}`)}</span>
      </button>
    </div>
    <p id=${o.captionId} part="caption" class="caption" aria-live="polite">${o.caption}</p>
  </div>`;
}
