/**
 * The centre's exam rules in plain language, shown before any form: who pays,
 * how far ahead to ask (and the first date one can ask for today), what to
 * bring, when exams are written, what support there is, which universities,
 * the address the university sends the exam to, and the centre's own page.
 */
import { formatDate, formatList, renderHeading, safeUrl } from '@learning-centre/core';
import type { MessageParams } from '@learning-centre/core';
import type { HeadingLevel } from '@learning-centre/core';
import type { ExamInvigilation, LocalizedText } from '@learning-centre/feed/widget';
import { html, nothing, type TemplateResult } from 'lit';
import type { ExamRequestMessageKey } from './messages.ts';
import { clockTime, formatAmount, formatWeekdays } from './rule-format.ts';

/** What the rules need from the element. */
export interface RulesView {
  msg(key: ExamRequestMessageKey, params?: MessageParams): string;
  text(value: LocalizedText | undefined): string;
  lang: string;
  level: HeadingLevel;
  rules: ExamInvigilation;
  centreName: string;
  /** Names of the universities the rules accept (`universities`), in their order. */
  universities: readonly string[];
  /**
   * The first date one can ask for today ('YYYY-MM-DD'), once known: the
   * holiday calendar it takes loads with the form, not with the rules.
   */
  earliest?: string;
}

/** "Gratis för dig som bor i Kalix och Haparanda. Andra betalar 500 kr per tentamen." */
export function feeSentence(v: Pick<RulesView, 'msg' | 'lang' | 'rules'>): string {
  const { fee, freeFor = [] } = v.rules;
  if (!fee || fee.amount === 0) return v.msg('examRequest.free');
  const amount = formatAmount(fee, v.lang);
  if (!freeFor.length) return v.msg('examRequest.feeAll', { amount });
  const places = formatList(freeFor, v.lang);
  return `${v.msg('examRequest.freeFor', { places })} ${v.msg('examRequest.feeOthers', { amount })}`;
}

/** One rule: a term and its sentences (empty ones left out). */
function rule(term: string, ...lines: unknown[]): TemplateResult {
  return html`<div class="rule">
    <dt>${term}</dt>
    <dd>${lines.filter(Boolean).map((line) => html`<p>${line}</p>`)}</dd>
  </div>`;
}

export function renderRules(v: RulesView): TemplateResult {
  const { rules, msg, lang } = v;
  const lead = rules.leadTime;
  const earliest =
    v.earliest && formatDate(v.earliest, { lang, timeZone: 'UTC', weekday: true, year: false });
  const days = formatWeekdays(rules.days, lang, (from, to) =>
    msg('examRequest.dayRange', { from, to }),
  );
  const sessions = rules.sessions?.map(
    (s) => `${clockTime(s.start, lang)}–${clockTime(s.end, lang)}`,
  );
  const support = rules.support?.map((need) => msg(`examRequest.supportName.${need}`));
  const rulesUrl = safeUrl(rules.rulesUrl);
  return html`<section part="rules" class="rules" aria-labelledby="rules-heading">
    ${renderHeading(v.level, msg('examRequest.rules'), { id: 'rules-heading', part: 'rules-heading' })}
    <dl class="rule-list">
      ${rule(msg('examRequest.cost'), feeSentence(v), rules.fee && v.text(rules.fee.payment))}
      ${rule(
        msg('examRequest.ahead'),
        lead.days > 0 && msg(`examRequest.lead.${lead.unit}`, { count: lead.days }),
        earliest && msg('examRequest.earliest', { date: earliest }),
      )}
      ${rules.bring ? rule(msg('examRequest.bring'), v.text(rules.bring)) : nothing}
      ${rule(
        msg('examRequest.when'),
        msg('examRequest.hours', {
          days,
          from: clockTime(rules.earliestStart, lang),
          to: clockTime(rules.latestEnd, lang),
        }),
        sessions &&
          msg('examRequest.sessions', {
            sessions: formatList(sessions, lang, { type: 'disjunction' }),
          }),
        msg(sessions ? 'examRequest.seatsSession' : 'examRequest.seats', { count: rules.seats }),
      )}
      ${
        support?.length
          ? rule(
              msg('examRequest.support'),
              msg('examRequest.supportOffered', { support: formatList(support, lang) }),
            )
          : nothing
      }
      ${
        v.universities.length
          ? rule(
              msg('examRequest.universities'),
              msg('examRequest.universitiesOnly', { names: formatList(v.universities, lang) }),
            )
          : nothing
      }
      ${rule(
        msg('examRequest.examAddress'),
        msg('examRequest.examAddressText'),
        html`<strong part="exam-address" class="address">${rules.email}</strong>`,
      )}
      ${rules.note ? rule(msg('examRequest.note'), v.text(rules.note)) : nothing}
    </dl>
    ${
      rulesUrl
        ? html`<p>
            <a part="rules-link" href=${rulesUrl}
              >${msg('examRequest.rulesLink', { centre: v.centreName })}</a
            >
          </p>`
        : nothing
    }
  </section>`;
}
