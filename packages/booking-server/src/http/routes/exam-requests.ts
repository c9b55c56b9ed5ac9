/**
 * Exam invigilation requests: `POST /v1/exam-requests`, `GET` and `DELETE
 * /v1/exam-requests/{requestId}` and `GET /v1/exam-requests/{requestId}/ics`.
 *
 * Reading and cancelling need the status token, like a booking's cancel
 * token: 401 without one, the same 404 for a wrong token as for no request.
 */
import type { Context, Hono } from 'hono';
import { UUID } from '../../bookings/request.ts';
import {
  cancelExamRequest,
  createExamRequest,
  findAuthorizedExam,
} from '../../exams/exam-requests.ts';
import { examIcs } from '../../exams/ics.ts';
import type { ExamMailKind } from '../../exams/mail-text.ts';
import type { ExamRequest } from '../../exams/model.ts';
import { parseExamRequest } from '../../exams/request.ts';
import { bearerToken, findWithToken } from '../bearer.ts';
import { icsResponse } from '../ics-response.ts';
import type { RouteDeps } from '../deps.ts';
import { readJsonBody } from '../json-body.ts';
import { ProblemError } from '../problem.ts';
import { examRequestJson } from '../representation.ts';

const NOT_FOUND = 'No exam request with this id and token.';
const TOKEN = 'Send the token from the exam request response as "Authorization: Bearer <token>".';

export function examRequestRoutes(app: Hono, deps: RouteDeps): void {
  const { config } = deps;

  app.post('/v1/exam-requests', async (c) => {
    const parsed = parseExamRequest(await readJsonBody(c));
    if (!parsed.ok)
      throw new ProblemError('validation-failed', 'Check the highlighted fields.', {
        errors: parsed.errors,
      });
    const secret = await deps.tokenSecret();
    const result = await createExamRequest(deps.db, config, secret, parsed.request, deps.now());
    c.header('Cache-Control', 'no-store');
    switch (result.kind) {
      case 'created':
      case 'replayed': {
        const body = {
          examRequest: examRequestJson(result.request, config.timeZone),
          token: result.token,
        };
        c.header('Location', `/v1/exam-requests/${result.request.id}`);
        if (result.kind === 'replayed') {
          c.header('Idempotent-Replayed', 'true');
          return c.json(body, 200);
        }
        sendExamMessage(deps, 'received', result.request, result.token);
        return c.json(body, 201);
      }
      case 'conflict':
        throw new ProblemError(
          'idempotency-conflict',
          'A different request was already made with this id; generate a new id for a new request.',
        );
      case 'invalid':
        throw new ProblemError('validation-failed', 'The request breaks the centre’s rules.', {
          errors: result.errors,
        });
      case 'full':
        throw new ProblemError('exam-full', 'Every seat that day is taken; pick another date.');
    }
  });

  app.get('/v1/exam-requests/:requestId', async (c) => {
    const request = await authorized(c, deps);
    c.header('Cache-Control', 'no-store');
    return c.json({ examRequest: examRequestJson(request, config.timeZone) });
  });

  app.get('/v1/exam-requests/:requestId/ics', async (c) => {
    const request = await authorized(c, deps);
    return icsResponse(c, 'exam.ics', examIcs(request, config.timeZone));
  });

  app.delete('/v1/exam-requests/:requestId', async (c) => {
    const token = bearerToken(c, TOKEN);
    const id = c.req.param('requestId').toLowerCase();
    const result = UUID.test(id)
      ? await cancelExamRequest(deps.db, id, token, deps.now())
      : 'not-found';
    if (result === 'not-found') throw new ProblemError('not-found', NOT_FOUND);
    if (result === 'too-late')
      throw new ProblemError('exam-started', 'An exam that has started cannot be cancelled.');
    return c.body(null, 204);
  });
}

/** The request the path names, if the request carries its token. */
function authorized(c: Context, deps: RouteDeps): Promise<ExamRequest> {
  return findWithToken(
    c,
    'requestId',
    (id, token) => findAuthorizedExam(deps.db, id, token),
    NOT_FOUND,
    TOKEN,
  );
}

/** Sends an e-mail after the response; a failure is logged (without personal data), never the request's problem. */
export function sendExamMessage(
  deps: RouteDeps,
  kind: ExamMailKind,
  request: ExamRequest,
  token: string,
): void {
  deps.mailer?.sendExamMessage?.(kind, request, token).catch((error: unknown) => {
    const code = (error as { code?: unknown } | null)?.code;
    deps.log({
      msg: 'exam e-mail failed',
      kind,
      code: typeof code === 'string' ? code : 'unknown',
    });
  });
}
