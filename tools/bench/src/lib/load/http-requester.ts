import http from 'node:http';

export interface HttpCall {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Reply {
  status: number;
  bytes: number;
}

/** Sends one request and resolves once the body has been read to the end. */
export type Requester = () => Promise<Reply>;

/**
 * The same call over keep-alive connections, reading but not keeping each
 * body: node:http costs the load generator far less CPU than fetch, and
 * that CPU comes out of the same two cores the servers use.
 */
export function httpRequester(call: HttpCall, connections: number): Requester {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const body = call.body === undefined ? undefined : Buffer.from(call.body);
  const headers = { ...call.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
  return () =>
    new Promise<Reply>((resolve, reject) => {
      const request = http.request(call.url, { method: call.method, headers, agent }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('error', reject);
        response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
      });
      request.on('error', reject);
      request.end(body);
    });
}

/**
 * One page load that takes several calls, each after the previous one
 * answered (as the page awaits them): its status is the first one that is not
 * 200, its size the sum of the bodies.
 */
export function sequenceRequester(calls: readonly HttpCall[], connections: number): Requester {
  const senders = calls.map((call) => httpRequester(call, connections));
  return async () => {
    let bytes = 0;
    for (const send of senders) {
      const reply = await send();
      if (reply.status !== 200) return reply;
      bytes += reply.bytes;
    }
    return { status: 200, bytes };
  };
}

/** One response's exact text, for checking two contenders answer byte for byte the same. */
export async function responseText(call: HttpCall): Promise<{ status: number; text: string }> {
  const response = await fetch(call.url, { method: call.method, headers: call.headers, body: call.body });
  return { status: response.status, text: await response.text() };
}
