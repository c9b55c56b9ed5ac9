/**
 * The staff desk's pages: the overview, one exam request with confirm and
 * decline, the invigilator's day list, the CSV export, and the style sheet.
 * Every page needs a session (401 without), shows only the person's own
 * centre, and answers 404 for another centre's request as for none.
 */
import { readFileSync } from 'node:fs';
import type { Context, Hono } from 'hono';
import { CONTROL_EXCEPT_LINES } from '../../bookings/text-field.ts';
import { listBookings } from '../../bookings/queries.ts';
import { exportCsv } from '../../cli/run.ts';
import { confirmExamRequest, declineExamRequest } from '../../exams/decisions.ts';
import { findStoredExam } from '../../exams/exam-requests.ts';
import { publicExamRequest } from '../../exams/model.ts';
import { listExamRequests, seatCounts } from '../../exams/queries.ts';
import { dayKey, isCalendarDate, parseDayKey, zonedDayStartMs } from '../../feed.ts';
import { examToken } from '../../secrets.ts';
import { localDate } from '../../staff/format.ts';
import { dayListPage } from '../../staff/pages/day-list.ts';
import { deskPage } from '../../staff/pages/desk.ts';
import { type ExamRequestPageData, examRequestPage } from '../../staff/pages/exam-request.ts';
import { exportPage } from '../../staff/pages/export.ts';
import type { StaffSession } from '../../staff/sessions.ts';
import { examRequestsCsv } from '../../staff/staff-csv.ts';
import { sendExamMessage } from '../routes/exam-requests.ts';
import { UUID } from '../../bookings/request.ts';
import {
  type StaffDeps,
  currentSession,
  forbiddenPage,
  formIsGenuine,
  htmlResponse,
  notFoundPage,
  readForm,
  unauthorized,
  viewOf,
} from './context.ts';

const CSS = readFileSync(new URL('../../staff/staff.css', import.meta.url), 'utf8');
const UPCOMING_DAYS = 14;
const MAX_EXPORT_DAYS = 366;
const MAX_REASON = 500;

type Handler = (c: Context, session: StaffSession) => Promise<Response>;

export function staffDeskRoutes(app: Hono, deps: StaffDeps): void {
  const { config } = deps;
  const tz = config.timeZone;
  /** Runs `handler` for a signed-in person; 401 for anyone else. */
  const signedIn =
    (handler: Handler) =>
    async (c: Context): Promise<Response> => {
      const session = await currentSession(c, deps);
      return session ? handler(c, session) : unauthorized(c, deps);
    };
  const today = () => localDate(deps.now(), tz);
  const plusDays = (date: string, days: number) => dayKey(parseDayKey(date) + days);

  app.get('/staff', (c) => c.redirect('staff/', 301));

  app.get('/staff/staff.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(CSS);
  });

  app.get(
    '/staff/',
    signedIn(async (c, session) => {
      const centre = session.user.centre;
      const day = today();
      const [pending, exams, bookings] = await Promise.all([
        listExamRequests(deps.db, {
          centre,
          fromDate: day,
          toDate: plusDays(day, 366),
          statuses: ['pending'],
        }),
        listExamRequests(deps.db, {
          centre,
          fromDate: day,
          toDate: plusDays(day, UPCOMING_DAYS - 1),
          statuses: ['pending', 'confirmed', 'declined'],
        }),
        listBookings(deps.db, {
          fromMs: zonedDayStartMs(parseDayKey(day), tz),
          toMs: zonedDayStartMs(parseDayKey(day) + UPCOMING_DAYS, tz),
          centre,
        }),
      ]);
      return htmlResponse(
        c,
        deskPage(viewOf(c, deps, session), { today: day, pending, exams, bookings }),
      );
    }),
  );

  /** The request page, with the seats of its day; `extra` adds a message or a form error. */
  const showRequest = async (
    c: Context,
    session: StaffSession,
    id: string,
    status = 200,
    extra: Omit<ExamRequestPageData, 'request'> = {},
  ): Promise<Response> => {
    const stored = UUID.test(id) ? await findStoredExam(deps.db, id.toLowerCase()) : undefined;
    if (!stored || stored.centre !== session.user.centre) return notFoundPage(c, deps, session);
    const request = publicExamRequest(stored);
    const seats = config.centres.get(stored.centre)?.examInvigilation?.seats;
    const counted = (await seatCounts(deps.db, stored.centre, stored.date, stored.date)).find(
      (row) => row.seatPool === stored.seatPool,
    );
    const view = viewOf(c, deps, session);
    const done = c.req.query('done');
    const flash =
      extra.flash ??
      (done === 'confirmed' || done === 'declined'
        ? { text: `${view.t[done]}${deps.mailer ? ` ${view.t.mailed}` : ''}` }
        : undefined);
    return htmlResponse(
      c,
      examRequestPage(view, {
        request,
        ...(seats !== undefined && { seats: { confirmed: counted?.confirmed ?? 0, seats } }),
        ...extra,
        flash,
      }),
      status,
    );
  };

  app.get(
    '/staff/exam-requests/:requestId',
    signedIn((c, session) => showRequest(c, session, c.req.param('requestId')!)),
  );

  app.post(
    '/staff/exam-requests/:requestId/confirm',
    signedIn(async (c, session) => {
      if (!formIsGenuine(c, session, await readForm(c))) return forbiddenPage(c, deps, session);
      const id = c.req.param('requestId')!.toLowerCase();
      if (!UUID.test(id)) return notFoundPage(c, deps, session);
      const result = await confirmExamRequest(deps.db, config, id, session.user.centre, deps.now());
      const t = viewOf(c, deps, session).t;
      switch (result.kind) {
        case 'not-found':
          return notFoundPage(c, deps, session);
        case 'confirmed':
          sendExamMessage(
            deps,
            'confirmed',
            result.request,
            examToken(await deps.tokenSecret(), id),
          );
          return c.redirect(`../${id}?done=confirmed`, 303);
        case 'full':
          return showRequest(c, session, id, 409, { flash: { text: t.full, problem: true } });
        case 'past':
          return showRequest(c, session, id, 409, { flash: { text: t.past, problem: true } });
        case 'not-pending':
          return showRequest(c, session, id, 409, { flash: { text: t.notPending, problem: true } });
      }
    }),
  );

  app.post(
    '/staff/exam-requests/:requestId/decline',
    signedIn(async (c, session) => {
      const form = await readForm(c);
      if (!formIsGenuine(c, session, form)) return forbiddenPage(c, deps, session);
      const id = c.req.param('requestId')!.toLowerCase();
      if (!UUID.test(id)) return notFoundPage(c, deps, session);
      const t = viewOf(c, deps, session).t;
      const reason = (form.reason ?? '').trim();
      const badReason = !reason || reason.length > MAX_REASON || CONTROL_EXCEPT_LINES.test(reason);
      if (badReason)
        return showRequest(c, session, id, 422, {
          reasonError: t.reasonRequired,
          reason: form.reason,
        });
      const result = await declineExamRequest(deps.db, id, session.user.centre, reason, deps.now());
      if (result.kind === 'not-found') return notFoundPage(c, deps, session);
      if (result.kind === 'not-open')
        return showRequest(c, session, id, 409, { flash: { text: t.notPending, problem: true } });
      sendExamMessage(deps, 'declined', result.request, examToken(await deps.tokenSecret(), id));
      return c.redirect(`../${id}?done=declined`, 303);
    }),
  );

  app.get(
    '/staff/day',
    signedIn(async (c, session) => {
      const asked = c.req.query('date');
      const date = asked && isCalendarDate(asked) ? asked : today();
      const all = await listExamRequests(deps.db, {
        centre: session.user.centre,
        fromDate: date,
        toDate: date,
        statuses: ['pending', 'confirmed'],
      });
      const exams = all.filter((r) => r.status === 'confirmed');
      const view = viewOf(c, deps, session);
      return htmlResponse(
        c,
        dayListPage(view, { date, exams, pending: all.length - exams.length }),
      );
    }),
  );

  app.get(
    '/staff/export',
    signedIn(async (c, session) =>
      htmlResponse(
        c,
        exportPage(viewOf(c, deps, session), { from: today(), to: plusDays(today(), 30) }),
      ),
    ),
  );

  app.get(
    '/staff/export.csv',
    signedIn(async (c, session) => {
      const from = c.req.query('from') ?? '';
      const to = c.req.query('to') ?? '';
      const kind = c.req.query('kind') === 'bookings' ? 'bookings' : 'exam-requests';
      const ok =
        isCalendarDate(from) &&
        isCalendarDate(to) &&
        to >= from &&
        parseDayKey(to) - parseDayKey(from) < MAX_EXPORT_DAYS;
      if (!ok) {
        const view = viewOf(c, deps, session);
        return htmlResponse(c, exportPage(view, { from, to, error: view.t.badDates }), 422);
      }
      const centre = session.user.centre;
      const csv =
        kind === 'bookings'
          ? exportCsv(
              await listBookings(deps.db, {
                fromMs: zonedDayStartMs(parseDayKey(from), tz),
                toMs: zonedDayStartMs(parseDayKey(to) + 1, tz),
                centre,
                includeCancelled: true,
              }),
              tz,
            )
          : examRequestsCsv(
              await listExamRequests(deps.db, { centre, fromDate: from, toDate: to }),
              tz,
            );
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="${kind}-${centre}-${from}-${to}.csv"`);
      return c.body(csv);
    }),
  );
}
