// Types for scripts/test-server.mjs, so TypeScript tests can import it.
import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const FAULT_PREFIX: '/__faults/';
export declare const INVALID_JSON_BODY: string;
export declare const COUNTED_FEED: {
  version: '1.0';
  publisher: { name: string };
  language: string;
  timeZone: string;
  updated: string;
};
export declare const HUGE_BYTES: number;

export type FaultHandler = ((req: IncomingMessage, res: ServerResponse) => boolean) & {
  counts: Map<string, number>;
};

export declare function createFaultHandler(): FaultHandler;
export declare const handleFault: FaultHandler;

export interface FaultServer {
  /** Origin, e.g. `http://127.0.0.1:41234`; fault URLs are `${url}/__faults/404` etc. */
  url: string;
  port: number;
  counts: Map<string, number>;
  close(): Promise<void>;
}

export declare function startFaultServer(options?: { port?: number }): Promise<FaultServer>;
