/**
 * The edge where GitHub's answers come in: every success body is read to the end within the time budget,
 * checked against its declared length, parsed, and checked for the shape its caller expects. Anything else
 * is a `BadAnswerError` naming the endpoint — never an empty string or an empty list that a caller would
 * read as "nothing there".
 *
 * Octokit's own body parsing is switched off for this (`parseSuccessResponseBody: false`): it turns a
 * truncated or malformed body into `''`, and a body aborted by the time budget into `''` as well.
 */

/** Response headers as octokit gives them. */
export type Headers = Record<string, string | number | undefined>;

/** Checks the parsed body (and headers) of one endpoint; returns what is wrong, or undefined. */
export type AnswerCheck = (data: unknown, headers: Headers) => string | undefined;

/**
 * An answer that could not be used: cut short, not JSON, or not the expected shape. It counts as "no
 * answer" (status 502): reads are retried, and a create whose answer is bad is treated like a lost answer
 * (the server may have created it). `request` is set so octokit's retry plugin may retry it.
 */
export class BadAnswerError extends Error {
  override readonly name = 'BadAnswerError';
  readonly status = 502;
  constructor(
    message: string,
    readonly request: unknown,
    readonly response: { status: number; headers: Headers; data: unknown },
  ) {
    super(message);
  }
}

/**
 * A write that was answered with a redirect. fetch would follow a 301/302 with a GET, so writes are sent
 * with `redirect: 'manual'` and a redirect is refused: nothing was written.
 */
export class RedirectedWriteError extends Error {
  override readonly name = 'RedirectedWriteError';
  constructor(
    message: string,
    readonly status: number,
    readonly response: { status: number; headers: Headers; data: unknown },
  ) {
    super(message);
  }
}

interface RawResponse {
  status: number;
  url: string;
  headers: Headers;
  data: unknown;
}

/** Read and check one success answer (the body arrives as a stream). */
export async function readAnswer(
  response: RawResponse,
  endpoint: string,
  request: unknown,
  check: AnswerCheck | undefined,
): Promise<RawResponse> {
  const bad = (problem: string, data: unknown = undefined) =>
    new BadAnswerError(`${endpoint} answered ${response.status} but ${problem}`, request, {
      status: response.status,
      headers: response.headers,
      data,
    });
  const text = await readBody(response.data, response.headers, bad);
  let data: unknown = text;
  if (text === '' && (response.status === 204 || response.status === 205)) {
    data = '';
  } else if (/\bjson\b/i.test(String(response.headers['content-type'] ?? '')) || check) {
    try {
      data = JSON.parse(text);
    } catch {
      throw bad(
        text.length === 0
          ? 'the body is empty'
          : `the body is not valid JSON (${text.length} characters, starting ${JSON.stringify(text.slice(0, 40))})`,
        text,
      );
    }
  }
  const problem = check?.(data, response.headers);
  if (problem) throw bad(problem, data);
  return { ...response, data };
}

async function readBody(
  body: unknown,
  headers: Headers,
  bad: (problem: string) => BadAnswerError,
): Promise<string> {
  if (body === null || body === undefined || body === '') return '';
  if (typeof body === 'string') return body;
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    const reader = (body as ReadableStream<Uint8Array>).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
    }
  } catch (error) {
    // The budget's abort signal also ends the body: that is the time budget, not a bad answer.
    const name = (error as { name?: string }).name;
    if (name === 'AbortError' || name === 'TimeoutError') throw error;
    const declared = headers['content-length'];
    throw bad(
      `the body was cut short${declared !== undefined ? ` (content-length ${declared}, ${received} bytes arrived)` : ` after ${received} bytes`}`,
    );
  }
  const declared = Number(headers['content-length']);
  if (headers['content-length'] !== undefined && Number.isFinite(declared) && declared !== received) {
    throw bad(`the body was cut short (content-length ${declared}, ${received} bytes arrived)`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw bad('the body is not valid UTF-8');
  }
}

/** A list longer than we are willing to page through: the lookup it serves cannot be trusted. */
export class ListTooLongError extends Error {
  override readonly name = 'ListTooLongError';
}
