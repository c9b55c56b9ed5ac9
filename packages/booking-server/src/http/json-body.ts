/**
 * Reading a JSON body with a size limit that holds whether or not the client
 * says how long the body is: `Content-Length` over the limit is refused before
 * reading, and the bytes actually received are counted as they stream in.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { ProblemError, problem } from './problem.ts';

/** Largest request body accepted, in bytes (16 KiB). */
export const MAX_BODY_BYTES = 16 * 1024;

const tooLarge = (limit: number) => `The limit is ${limit} bytes.`;

/** Answers 413 at once when `Content-Length` is over the limit, without reading the body. */
export function contentLengthLimit(limit = MAX_BODY_BYTES): MiddlewareHandler {
  return async (c, next) => {
    const length = Number(c.req.header('content-length') ?? 0);
    if (length > limit) {
      // Close the connection: the rest of the body is not worth reading.
      return problem(c, 'payload-too-large', tooLarge(limit), {}, { Connection: 'close' });
    }
    await next();
  };
}

/**
 * The request's body parsed as JSON.
 * @throws ProblemError 415 when it is not `application/json` (or `+json`), 413
 * when more than `limit` bytes arrive, 400 when it is not JSON.
 */
export async function readJsonBody(c: Context, limit = MAX_BODY_BYTES): Promise<unknown> {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json' && !/^application\/[\w.-]+\+json$/.test(type)) {
    throw new ProblemError(
      'unsupported-media-type',
      `Send Content-Type: application/json, not "${type || 'nothing'}".`,
    );
  }
  const stream = c.req.raw.body;
  if (!stream) throw new ProblemError('invalid-json', 'The body is empty.');
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new ProblemError('payload-too-large', tooLarge(limit), {}, { Connection: 'close' });
    }
    chunks.push(value);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
  try {
    return JSON.parse(text);
  } catch {
    throw new ProblemError(
      'invalid-json',
      size === 0 ? 'The body is empty.' : 'The body is not valid JSON.',
    );
  }
}
