/**
 * A loopback HTTP receiver (127.0.0.1 only) standing in for Slack, Teams, PagerDuty or a webhook endpoint: it
 * records every request and answers from a queue of scripted replies (status and body, or `drop` — read the
 * request, then close the connection without answering: a lost answer). Given a `check`, a request whose body
 * it finds problems with is answered 400 with them (as the real service refuses a malformed payload), and the
 * problems are kept on the request.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** What `check` found wrong with the body (empty without a check or when it is well-formed). */
  problems: string[];
}

export type Reply = { status: number; body?: string } | 'drop';

export interface Receiver {
  url: string;
  requests: Received[];
  /** Replies used in order; when empty, `fallback` answers. */
  replies: Reply[];
  /** Consulted first for every request: a reply for this one, or undefined for the queue / fallback. */
  rule?: (request: Received) => Reply | undefined;
  close(): Promise<void>;
}

export async function startReceiver(fallback: Reply, check?: (body: string) => string[]): Promise<Receiver> {
  const requests: Received[] = [];
  const replies: Reply[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const problems = check ? check(body) : [];
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, problems });
      if (problems.length > 0) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'InvalidRequestContent', message: problems.join('; ') } }));
        return;
      }
      const reply = receiver.rule?.(requests[requests.length - 1]!) ?? replies.shift() ?? fallback;
      if (reply === 'drop') {
        req.socket.destroy();
        return;
      }
      res.writeHead(reply.status, { 'content-type': 'text/plain' });
      res.end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const receiver: Receiver = {
    url: `http://127.0.0.1:${port}`,
    requests,
    replies,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return receiver;
}
