import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);

// src/github/answers.ts
var BadAnswerError = class extends Error {
  constructor(message, request, response) {
    super(message);
    this.request = request;
    this.response = response;
  }
  request;
  response;
  name = "BadAnswerError";
  status = 502;
};
var RedirectedWriteError = class extends Error {
  constructor(message, status, response) {
    super(message);
    this.status = status;
    this.response = response;
  }
  status;
  response;
  name = "RedirectedWriteError";
};
async function readAnswer(response, endpoint, request, check) {
  const bad = (problem2, data2 = void 0) => new BadAnswerError(`${endpoint} answered ${response.status} but ${problem2}`, request, {
    status: response.status,
    headers: response.headers,
    data: data2
  });
  const text = await readBody(response.data, response.headers, bad);
  let data = text;
  if (text === "" && (response.status === 204 || response.status === 205)) {
    data = "";
  } else if (/\bjson\b/i.test(String(response.headers["content-type"] ?? "")) || check) {
    try {
      data = JSON.parse(text);
    } catch {
      throw bad(
        text.length === 0 ? "the body is empty" : `the body is not valid JSON (${text.length} characters, starting ${JSON.stringify(text.slice(0, 40))})`,
        text
      );
    }
  }
  const problem = check?.(data, response.headers);
  if (problem) throw bad(problem, data);
  return { ...response, data };
}
async function readBody(body, headers, bad) {
  if (body === null || body === void 0 || body === "") return "";
  if (typeof body === "string") return body;
  const chunks = [];
  let received = 0;
  try {
    const reader = body.getReader();
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
    }
  } catch (error) {
    const name = error.name;
    if (name === "AbortError" || name === "TimeoutError") throw error;
    const declared2 = headers["content-length"];
    throw bad(
      `the body was cut short${declared2 !== void 0 ? ` (content-length ${declared2}, ${received} bytes arrived)` : ` after ${received} bytes`}`
    );
  }
  const declared = Number(headers["content-length"]);
  if (headers["content-length"] !== void 0 && Number.isFinite(declared) && declared !== received) {
    throw bad(`the body was cut short (content-length ${declared}, ${received} bytes arrived)`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw bad("the body is not valid UTF-8");
  }
}
var ListTooLongError = class extends Error {
  name = "ListTooLongError";
};

// src/github/budget.ts
var BudgetExhaustedError = class extends Error {
  name = "BudgetExhaustedError";
};

export {
  BadAnswerError,
  RedirectedWriteError,
  readAnswer,
  ListTooLongError,
  BudgetExhaustedError
};
