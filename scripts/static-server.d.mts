// Types for scripts/static-server.mjs, so TypeScript tests can import it.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export declare const MIME_TYPES: Readonly<Record<string, string>>;

export declare function contentType(file: string): string;

export declare function resolveRequestPath(
  root: string,
  target: string,
): { file: string; trailingSlash: boolean } | { error: 'bad-request' | 'forbidden' };

/** Answers a request and returns true, or returns false to fall through to the files. */
export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
) => boolean | Promise<boolean>;

export interface StaticServerOptions {
  root: string;
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  handler?: RouteHandler;
  /** Added to every file response (default `Cache-Control: no-cache`). */
  headers?: Record<string, string>;
}

export interface StaticServer {
  /** Origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export declare function startStaticServer(options: StaticServerOptions): Promise<StaticServer>;
