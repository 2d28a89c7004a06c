import { createRequire as __rtCreateRequire } from 'node:module';
const require = __rtCreateRequire(import.meta.url);
import {
  PANDAS_NA_VALUES,
  debug,
  displayPath,
  exec,
  getInput,
  group,
  info,
  readText,
  require_dist,
  require_tunnel,
  require_undici,
  resolveFiles,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-AAE63ZVB.js";
import {
  FACTS,
  FactError,
  GATE_FACTS,
  INFIX_PRECEDENCE,
  MATH_FUNCTIONS,
  PRECEDENCE,
  displayName,
  functionNames,
  isCondition,
  isReservedWord,
  linearRegression,
  listNames,
  matchesName,
  mean,
  median,
  printExpr,
  quoteName,
  suggestion,
  valueKey
} from "./chunk-N5B3GZII.js";
import {
  InputError,
  formatPosition,
  messageOf
} from "./chunk-FI7I53I2.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-MQQLUTP6.js";

// node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js
var require_proxy = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getProxyUrl = getProxyUrl;
    exports.checkBypass = checkBypass;
    function getProxyUrl(reqUrl) {
      const usingSsl = reqUrl.protocol === "https:";
      if (checkBypass(reqUrl)) {
        return void 0;
      }
      const proxyVar = (() => {
        if (usingSsl) {
          return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
        } else {
          return process.env["http_proxy"] || process.env["HTTP_PROXY"];
        }
      })();
      if (proxyVar) {
        try {
          return new DecodedURL(proxyVar);
        } catch (_a) {
          if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
            return new DecodedURL(`http://${proxyVar}`);
        }
      } else {
        return void 0;
      }
    }
    function checkBypass(reqUrl) {
      if (!reqUrl.hostname) {
        return false;
      }
      const reqHost = reqUrl.hostname;
      if (isLoopbackAddress(reqHost)) {
        return true;
      }
      const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
      if (!noProxy) {
        return false;
      }
      let reqPort;
      if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
      } else if (reqUrl.protocol === "http:") {
        reqPort = 80;
      } else if (reqUrl.protocol === "https:") {
        reqPort = 443;
      }
      const upperReqHosts = [reqUrl.hostname.toUpperCase()];
      if (typeof reqPort === "number") {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
      }
      for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
        if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
          return true;
        }
      }
      return false;
    }
    function isLoopbackAddress(host) {
      const hostLower = host.toLowerCase();
      return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
    }
    var DecodedURL = class extends URL {
      constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
      }
      get username() {
        return this._decodedUsername;
      }
      get password() {
        return this._decodedPassword;
      }
    };
  }
});

// node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js
var require_lib = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result2 = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result2, mod, k[i]);
        }
        __setModuleDefault(result2, mod);
        return result2;
      };
    })();
    var __awaiter2 = exports && exports.__awaiter || function(thisArg, _arguments, P, generator) {
      function adopt(value2) {
        return value2 instanceof P ? value2 : new P(function(resolve5) {
          resolve5(value2);
        });
      }
      return new (P || (P = Promise))(function(resolve5, reject) {
        function fulfilled(value2) {
          try {
            step(generator.next(value2));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value2) {
          try {
            step(generator["throw"](value2));
          } catch (e) {
            reject(e);
          }
        }
        function step(result2) {
          result2.done ? resolve5(result2.value) : adopt(result2.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HttpClient = exports.HttpClientResponse = exports.HttpClientError = exports.MediaTypes = exports.Headers = exports.HttpCodes = void 0;
    exports.getProxyUrl = getProxyUrl;
    exports.isHttps = isHttps;
    var http = __importStar(__require("http"));
    var https = __importStar(__require("https"));
    var pm = __importStar(require_proxy());
    var tunnel = __importStar(require_tunnel());
    var undici_1 = require_undici();
    var HttpCodes;
    (function(HttpCodes2) {
      HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
      HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
      HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
      HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
      HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
      HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
      HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
      HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
      HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
      HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
      HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
      HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
      HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
      HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
      HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
      HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
      HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
      HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
      HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
      HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
      HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
      HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
      HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
      HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
      HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
      HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
      HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
    })(HttpCodes || (exports.HttpCodes = HttpCodes = {}));
    var Headers;
    (function(Headers2) {
      Headers2["Accept"] = "accept";
      Headers2["ContentType"] = "content-type";
    })(Headers || (exports.Headers = Headers = {}));
    var MediaTypes;
    (function(MediaTypes2) {
      MediaTypes2["ApplicationJson"] = "application/json";
    })(MediaTypes || (exports.MediaTypes = MediaTypes = {}));
    function getProxyUrl(serverUrl) {
      const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
      return proxyUrl ? proxyUrl.href : "";
    }
    var HttpRedirectCodes = [
      HttpCodes.MovedPermanently,
      HttpCodes.ResourceMoved,
      HttpCodes.SeeOther,
      HttpCodes.TemporaryRedirect,
      HttpCodes.PermanentRedirect
    ];
    var HttpResponseRetryCodes = [
      HttpCodes.BadGateway,
      HttpCodes.ServiceUnavailable,
      HttpCodes.GatewayTimeout
    ];
    var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
    var ExponentialBackoffCeiling = 10;
    var ExponentialBackoffTimeSlice = 5;
    var HttpClientError = class _HttpClientError extends Error {
      constructor(message, statusCode) {
        super(message);
        this.name = "HttpClientError";
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, _HttpClientError.prototype);
      }
    };
    exports.HttpClientError = HttpClientError;
    var HttpClientResponse = class {
      constructor(message) {
        this.message = message;
      }
      readBody() {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve5) => __awaiter2(this, void 0, void 0, function* () {
            let output = Buffer.alloc(0);
            this.message.on("data", (chunk) => {
              output = Buffer.concat([output, chunk]);
            });
            this.message.on("end", () => {
              resolve5(output.toString());
            });
          }));
        });
      }
      readBodyBuffer() {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve5) => __awaiter2(this, void 0, void 0, function* () {
            const chunks = [];
            this.message.on("data", (chunk) => {
              chunks.push(chunk);
            });
            this.message.on("end", () => {
              resolve5(Buffer.concat(chunks));
            });
          }));
        });
      }
    };
    exports.HttpClientResponse = HttpClientResponse;
    function isHttps(requestUrl) {
      const parsedUrl = new URL(requestUrl);
      return parsedUrl.protocol === "https:";
    }
    var HttpClient2 = class {
      constructor(userAgent2, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent2);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
          if (requestOptions.ignoreSslError != null) {
            this._ignoreSslError = requestOptions.ignoreSslError;
          }
          this._socketTimeout = requestOptions.socketTimeout;
          if (requestOptions.allowRedirects != null) {
            this._allowRedirects = requestOptions.allowRedirects;
          }
          if (requestOptions.allowRedirectDowngrade != null) {
            this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
          }
          if (requestOptions.maxRedirects != null) {
            this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
          }
          if (requestOptions.keepAlive != null) {
            this._keepAlive = requestOptions.keepAlive;
          }
          if (requestOptions.allowRetries != null) {
            this._allowRetries = requestOptions.allowRetries;
          }
          if (requestOptions.maxRetries != null) {
            this._maxRetries = requestOptions.maxRetries;
          }
        }
      }
      options(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
        });
      }
      get(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("GET", requestUrl, null, additionalHeaders || {});
        });
      }
      del(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("DELETE", requestUrl, null, additionalHeaders || {});
        });
      }
      post(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("POST", requestUrl, data, additionalHeaders || {});
        });
      }
      patch(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("PATCH", requestUrl, data, additionalHeaders || {});
        });
      }
      put(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("PUT", requestUrl, data, additionalHeaders || {});
        });
      }
      head(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("HEAD", requestUrl, null, additionalHeaders || {});
        });
      }
      sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request(verb, requestUrl, stream, additionalHeaders);
        });
      }
      /**
       * Gets a typed object from an endpoint
       * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
       */
      getJson(requestUrl_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          const res = yield this.get(requestUrl, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      postJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.post(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      putJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.put(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      patchJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.patch(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      /**
       * Makes a raw http request.
       * All other methods such as get, post, patch, and request ultimately call this.
       * Prefer get, del, post and patch
       */
      request(verb, requestUrl, data, headers) {
        return __awaiter2(this, void 0, void 0, function* () {
          if (this._disposed) {
            throw new Error("Client has already been disposed.");
          }
          const parsedUrl = new URL(requestUrl);
          let info3 = this._prepareRequest(verb, parsedUrl, headers);
          const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
          let numTries = 0;
          let response;
          do {
            response = yield this.requestRaw(info3, data);
            if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
              let authenticationHandler;
              for (const handler2 of this.handlers) {
                if (handler2.canHandleAuthentication(response)) {
                  authenticationHandler = handler2;
                  break;
                }
              }
              if (authenticationHandler) {
                return authenticationHandler.handleAuthentication(this, info3, data);
              } else {
                return response;
              }
            }
            let redirectsRemaining = this._maxRedirects;
            while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
              const redirectUrl = response.message.headers["location"];
              if (!redirectUrl) {
                break;
              }
              const parsedRedirectUrl = new URL(redirectUrl);
              if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
                throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
              }
              yield response.readBody();
              if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                for (const header in headers) {
                  if (header.toLowerCase() === "authorization") {
                    delete headers[header];
                  }
                }
              }
              info3 = this._prepareRequest(verb, parsedRedirectUrl, headers);
              response = yield this.requestRaw(info3, data);
              redirectsRemaining--;
            }
            if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
              return response;
            }
            numTries += 1;
            if (numTries < maxTries) {
              yield response.readBody();
              yield this._performExponentialBackoff(numTries);
            }
          } while (numTries < maxTries);
          return response;
        });
      }
      /**
       * Needs to be called if keepAlive is set to true in request options.
       */
      dispose() {
        if (this._agent) {
          this._agent.destroy();
        }
        this._disposed = true;
      }
      /**
       * Raw request.
       * @param info
       * @param data
       */
      requestRaw(info3, data) {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve5, reject) => {
            function callbackForResult(err, res) {
              if (err) {
                reject(err);
              } else if (!res) {
                reject(new Error("Unknown error"));
              } else {
                resolve5(res);
              }
            }
            this.requestRawWithCallback(info3, data, callbackForResult);
          });
        });
      }
      /**
       * Raw request with callback.
       * @param info
       * @param data
       * @param onResult
       */
      requestRawWithCallback(info3, data, onResult) {
        if (typeof data === "string") {
          if (!info3.options.headers) {
            info3.options.headers = {};
          }
          info3.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
        }
        let callbackCalled = false;
        function handleResult(err, res) {
          if (!callbackCalled) {
            callbackCalled = true;
            onResult(err, res);
          }
        }
        const req = info3.httpModule.request(info3.options, (msg) => {
          const res = new HttpClientResponse(msg);
          handleResult(void 0, res);
        });
        let socket;
        req.on("socket", (sock) => {
          socket = sock;
        });
        req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
          if (socket) {
            socket.end();
          }
          handleResult(new Error(`Request timeout: ${info3.options.path}`));
        });
        req.on("error", function(err) {
          handleResult(err);
        });
        if (data && typeof data === "string") {
          req.write(data, "utf8");
        }
        if (data && typeof data !== "string") {
          data.on("close", function() {
            req.end();
          });
          data.pipe(req);
        } else {
          req.end();
        }
      }
      /**
       * Gets an http agent. This function is useful when you need an http agent that handles
       * routing through a proxy server - depending upon the url and proxy environment variables.
       * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
       */
      getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
      }
      getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
          return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
      }
      _prepareRequest(method, requestUrl, headers) {
        const info3 = {};
        info3.parsedUrl = requestUrl;
        const usingSsl = info3.parsedUrl.protocol === "https:";
        info3.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info3.options = {};
        info3.options.host = info3.parsedUrl.hostname;
        info3.options.port = info3.parsedUrl.port ? parseInt(info3.parsedUrl.port) : defaultPort;
        info3.options.path = (info3.parsedUrl.pathname || "") + (info3.parsedUrl.search || "");
        info3.options.method = method;
        info3.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
          info3.options.headers["user-agent"] = this.userAgent;
        }
        info3.options.agent = this._getAgent(info3.parsedUrl);
        if (this.handlers) {
          for (const handler2 of this.handlers) {
            handler2.prepareRequest(info3.options);
          }
        }
        return info3;
      }
      _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
          return Object.assign({}, lowercaseKeys2(this.requestOptions.headers), lowercaseKeys2(headers || {}));
        }
        return lowercaseKeys2(headers || {});
      }
      /**
       * Gets an existing header value or returns a default.
       * Handles converting number header values to strings since HTTP headers must be strings.
       * Note: This returns string | string[] since some headers can have multiple values.
       * For headers that must always be a single string (like Content-Type), use the
       * specialized _getExistingOrDefaultContentTypeHeader method instead.
       */
      _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          const headerValue = lowercaseKeys2(this.requestOptions.headers)[header];
          if (headerValue) {
            clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
          }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== void 0) {
          return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
        }
        if (clientHeader !== void 0) {
          return clientHeader;
        }
        return _default;
      }
      /**
       * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
       * Always returns a single string (not an array) since Content-Type should be a single value.
       * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
       * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
       * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
       */
      _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          const headerValue = lowercaseKeys2(this.requestOptions.headers)[Headers.ContentType];
          if (headerValue) {
            if (typeof headerValue === "number") {
              clientHeader = String(headerValue);
            } else if (Array.isArray(headerValue)) {
              clientHeader = headerValue.join(", ");
            } else {
              clientHeader = headerValue;
            }
          }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        if (additionalValue !== void 0) {
          if (typeof additionalValue === "number") {
            return String(additionalValue);
          } else if (Array.isArray(additionalValue)) {
            return additionalValue.join(", ");
          } else {
            return additionalValue;
          }
        }
        if (clientHeader !== void 0) {
          return clientHeader;
        }
        return _default;
      }
      _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
          agent = this._proxyAgent;
        }
        if (!useProxy) {
          agent = this._agent;
        }
        if (agent) {
          return agent;
        }
        const usingSsl = parsedUrl.protocol === "https:";
        let maxSockets = 100;
        if (this.requestOptions) {
          maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        if (proxyUrl && proxyUrl.hostname) {
          const agentOptions = {
            maxSockets,
            keepAlive: this._keepAlive,
            proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
              proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
            }), { host: proxyUrl.hostname, port: proxyUrl.port })
          };
          let tunnelAgent;
          const overHttps = proxyUrl.protocol === "https:";
          if (usingSsl) {
            tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
          } else {
            tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
          }
          agent = tunnelAgent(agentOptions);
          this._proxyAgent = agent;
        }
        if (!agent) {
          const options = { keepAlive: this._keepAlive, maxSockets };
          agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
          this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
          agent.options = Object.assign(agent.options || {}, {
            rejectUnauthorized: false
          });
        }
        return agent;
      }
      _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
          proxyAgent = this._proxyAgentDispatcher;
        }
        if (proxyAgent) {
          return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === "https:";
        proxyAgent = new undici_1.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
          token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
        }));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
          proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
            rejectUnauthorized: false
          });
        }
        return proxyAgent;
      }
      _getUserAgentWithOrchestrationId(userAgent2) {
        const baseUserAgent = userAgent2 || "actions/http-client";
        const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
        if (orchId) {
          const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
          return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
      }
      _performExponentialBackoff(retryNumber) {
        return __awaiter2(this, void 0, void 0, function* () {
          retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
          const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
          return new Promise((resolve5) => setTimeout(() => resolve5(), ms));
        });
      }
      _processResponse(res, options) {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve5, reject) => __awaiter2(this, void 0, void 0, function* () {
            const statusCode = res.message.statusCode || 0;
            const response = {
              statusCode,
              result: null,
              headers: {}
            };
            if (statusCode === HttpCodes.NotFound) {
              resolve5(response);
            }
            function dateTimeDeserializer(key, value2) {
              if (typeof value2 === "string") {
                const a = new Date(value2);
                if (!isNaN(a.valueOf())) {
                  return a;
                }
              }
              return value2;
            }
            let obj;
            let contents;
            try {
              contents = yield res.readBody();
              if (contents && contents.length > 0) {
                if (options && options.deserializeDates) {
                  obj = JSON.parse(contents, dateTimeDeserializer);
                } else {
                  obj = JSON.parse(contents);
                }
                response.result = obj;
              }
              response.headers = res.message.headers;
            } catch (err) {
            }
            if (statusCode > 299) {
              let msg;
              if (obj && obj.message) {
                msg = obj.message;
              } else if (contents && contents.length > 0) {
                msg = contents;
              } else {
                msg = `Failed request: (${statusCode})`;
              }
              const err = new HttpClientError(msg, statusCode);
              err.result = response.result;
              reject(err);
            } else {
              resolve5(response);
            }
          }));
        });
      }
    };
    exports.HttpClient = HttpClient2;
    var lowercaseKeys2 = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});
  }
});

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults2, onto = {}) {
        var k, ref, v;
        for (k in defaults2) {
          v = defaults2[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults2, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults2[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value2) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value: value2,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value2;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value2 = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value2;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error) {
                e2 = error;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error) {
            e = error;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error != null ? error : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run3, free) {
          var error, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error = error1;
            return this._onFailure(error, eventInfo, clearGlobalState, run3, free);
          }
        }
        doExpire(clearGlobalState, run3, free) {
          var error, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error, eventInfo, clearGlobalState, run3, free);
        }
        async _onFailure(error, eventInfo, clearGlobalState, run3, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run3(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve5, reject) {
            return setTimeout(resolve5, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error, reject, resolve5, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve5, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve5(returned);
                };
              } catch (error1) {
                error = error1;
                return function() {
                  return reject(error);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve5;
          resolve5 = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve5 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve5, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error) {
                  e = error;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck3, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck3 = (function() {
        class Bottleneck4 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck4.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck4.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run3;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run3 = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run3, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run3, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts2;
                counts2 = this._states.counts;
                return counts2[0] + counts2[1] + counts2[2] + counts2[3] === at;
              };
              return new this.Promise((resolve5, reject) => {
                if (finished()) {
                  return resolve5();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve5();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck4.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck4.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error });
              job.doDrop({ error });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck4.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck4.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck4.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck4.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck4.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve5, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve5)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck4.default = Bottleneck4;
        Bottleneck4.Events = Events$4;
        Bottleneck4.version = Bottleneck4.prototype.version = require$$8.version;
        Bottleneck4.strategy = Bottleneck4.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck4.BottleneckError = Bottleneck4.prototype.BottleneckError = BottleneckError_1;
        Bottleneck4.Group = Bottleneck4.prototype.Group = Group_1;
        Bottleneck4.RedisConnection = Bottleneck4.prototype.RedisConnection = require$$2;
        Bottleneck4.IORedisConnection = Bottleneck4.prototype.IORedisConnection = require$$3;
        Bottleneck4.Batcher = Bottleneck4.prototype.Batcher = Batcher_1;
        Bottleneck4.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck4.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck4.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck4.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck4.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck4.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck4.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck4;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck3;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value2;
      while (pos < len) {
        length++;
        value2 = str.charCodeAt(pos++);
        if (value2 >= 55296 && value2 <= 56319 && pos < len) {
          value2 = str.charCodeAt(pos);
          if ((value2 & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/config/inputs.ts
var import_yaml = __toESM(require_dist(), 1);

// src/config/values.ts
function parseBoolean(value2, name) {
  const v = value2.trim();
  if (["true", "True", "TRUE"].includes(v)) return true;
  if (["false", "False", "FALSE"].includes(v)) return false;
  throw new InputError(`input '${name}': expected true or false, got '${v}'`);
}
function parseNumber(value2, name, expected, percent2 = false) {
  const v = value2.trim();
  const isPercent = percent2 && /^[0-9.eE+-]+%$/.test(v);
  const text = isPercent ? v.slice(0, -1) : v;
  const n = text === "" ? NaN : Number(text) / (isPercent ? 100 : 1);
  if (!Number.isFinite(n)) throw new InputError(`input '${name}': expected ${expected}, got '${v}'`);
  return n;
}
function parseLines(value2) {
  return value2.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
function parseNames(value2) {
  return value2.split(/[,\r\n]/).map((item) => item.trim()).filter((item) => item !== "");
}
var UNIT_MS = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
function parseDuration(value2, name) {
  const v = value2.trim();
  if (v === "0") return 0;
  const parts = [...v.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join("") !== v) {
    throw new InputError(`${name}: expected a duration like 30m, 6h, 1d or 1h30m (or 0), got '${v}'`);
  }
  return parts.reduce((sum, p) => sum + Number(p[1]) * UNIT_MS[p[2]], 0);
}

// src/config/inputs.ts
var INPUT_PLACES = {
  metrics: { path: ["metrics"], kind: "lines" },
  baseline: { path: ["baseline"], kind: "lines" },
  rules: { path: ["rules"], kind: "string" },
  "fail-on-trigger": { path: ["fail-on-trigger"], kind: "boolean" },
  "on-unknown": { path: ["on-unknown"], kind: "string" },
  "report-path": { path: ["report-path"], kind: "string" },
  "monitor-key": { path: ["monitor-key"], kind: "string" },
  "dry-run": { path: ["dry-run"], kind: "boolean" },
  "reference-data": { path: ["drift", "reference"], kind: "lines" },
  "current-data": { path: ["drift", "current"], kind: "lines" },
  "drift-method": { path: ["drift", "method"], kind: "string" },
  "drift-threshold": { path: ["drift", "threshold"], kind: "number", expected: "a number \u2265 0" },
  "drift-share": {
    path: ["drift", "share"],
    kind: "number",
    expected: "a share from 0 to 1 or a percentage such as 30%",
    percent: true
  },
  features: { path: ["drift", "features"], kind: "names" },
  "exclude-features": { path: ["drift", "exclude"], kind: "names" },
  delimiter: { path: ["drift", "delimiter"], kind: "string" },
  decimal: { path: ["drift", "decimal"], kind: "string" },
  "na-values": { path: ["drift", "na-values"], kind: "names" },
  "alert-issue": { path: ["alert", "enabled"], kind: "boolean" },
  "issue-labels": { path: ["alert", "labels"], kind: "names" },
  "issue-title": { path: ["alert", "title"], kind: "string" },
  "issue-assignees": { path: ["alert", "assignees"], kind: "names" },
  "close-on-recovery": { path: ["alert", "close-on-recovery"], kind: "boolean" },
  "dispatch-workflow": { path: ["dispatch", "workflow"], kind: "string" },
  "dispatch-ref": { path: ["dispatch", "ref"], kind: "string" },
  "dispatch-inputs": { path: ["dispatch", "inputs"], kind: "map" },
  cooldown: { path: ["dispatch", "cooldown"], kind: "string" },
  "dispatch-event-type": { path: ["dispatch", "event-type"], kind: "string" },
  "dispatch-repository": { path: ["dispatch", "repository"], kind: "string" },
  command: { path: ["command"], kind: "list" },
  "command-timeout": { path: ["command-timeout"], kind: "string" },
  "state-file": { path: ["state-file"], kind: "string" },
  "slack-webhook-url": { path: ["notify", "slack-webhook-url"], kind: "string" },
  "teams-webhook-url": { path: ["notify", "teams-webhook-url"], kind: "string" },
  "pagerduty-routing-key": { path: ["notify", "pagerduty-routing-key"], kind: "string" },
  "pagerduty-url": { path: ["notify", "pagerduty-url"], kind: "string" },
  "webhook-url": { path: ["notify", "webhook-url"], kind: "string" },
  "webhook-secret": { path: ["notify", "webhook-secret"], kind: "string" },
  "notify-repeat": { path: ["notify", "repeat"], kind: "string" },
  gates: { path: ["gates"], kind: "string" },
  "fail-on-reject": { path: ["fail-on-reject"], kind: "boolean" },
  "promote-workflow": { path: ["promote", "workflow"], kind: "string" },
  "promote-inputs": { path: ["promote", "inputs"], kind: "map" },
  "issue-number": { path: ["issue-number"], kind: "number", expected: "an issue number" },
  "max-retrain-attempts": { path: ["max-retrain-attempts"], kind: "number", expected: "a whole number \u2265 1" },
  history: { path: ["history", "store"], kind: "string" },
  "history-branch": { path: ["history", "branch"], kind: "string" },
  "history-max-runs": {
    path: ["history", "max-runs"],
    kind: "number",
    expected: "a whole number of runs \u2265 1"
  },
  "max-model-age": { path: ["max-model-age"], kind: "string" },
  "model-timestamp": { path: ["model-timestamp"], kind: "string" }
};
var OTHER_INPUTS = ["config", "github-token"];
var SECRET_INPUTS = ["github-token"];
function secretValues(get, env) {
  const values = [...SECRET_INPUTS.map((name) => get(name)), env.GITHUB_TOKEN];
  return values.filter((v) => typeof v === "string" && v.trim() !== "");
}
function parseYamlInput(name, raw, expected) {
  try {
    return (0, import_yaml.parse)(raw);
  } catch (error) {
    const first = error.message.split("\n")[0];
    throw new InputError(`input '${name}': expected ${expected}, but it does not parse: ${first}`);
  }
}
function convert(name, place, raw) {
  switch (place.kind) {
    case "string":
      return name === "rules" || name === "gates" ? raw : raw.trim();
    case "lines":
      return parseLines(raw);
    case "names":
      return parseNames(raw);
    case "boolean":
      return parseBoolean(raw, name);
    case "number":
      return parseNumber(raw, name, place.expected ?? "a number", place.percent);
    case "list": {
      const value2 = parseYamlInput(name, raw, "a YAML list of strings");
      if (!Array.isArray(value2) || value2.length === 0 || value2.some((v) => typeof v !== "string" && typeof v !== "number")) {
        throw new InputError(
          `input '${name}': expected a YAML list of strings (e.g. [airflow, dags, trigger, retrain]), got ${JSON.stringify(raw.trim())}`
        );
      }
      return value2.map(String);
    }
    case "map": {
      const value2 = parseYamlInput(name, raw, "a YAML or JSON map (key: value)");
      if (value2 === null || typeof value2 !== "object" || Array.isArray(value2)) {
        throw new InputError(
          `input '${name}': expected a YAML or JSON map (key: value), got ${JSON.stringify(raw.trim())}`
        );
      }
      return value2;
    }
  }
}
function readInputSettings(get) {
  const data = {};
  const origins = /* @__PURE__ */ new Map();
  for (const [name, place] of Object.entries(INPUT_PLACES)) {
    const raw = get(name);
    if (raw === void 0 || raw.trim() === "") continue;
    let target = data;
    for (const key of place.path.slice(0, -1)) {
      target = target[key] ??= {};
    }
    target[place.path[place.path.length - 1]] = convert(name, place, raw);
    origins.set(`/${place.path.join("/")}`, name);
  }
  return { data, origins };
}

// src/text/escape.ts
var ZWSP = "\u200B";
var INVISIBLE = (
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
);
var hex = (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
function showInvisible(text) {
  return text.replace(INVISIBLE, hex);
}
function breakComments(text) {
  return text.replace(/<!--/g, `<${ZWSP}!--`).replace(/--(?=>)/g, `--${ZWSP}`);
}
function escapeMarkdown(text) {
  return breakReferences(
    breakComments(text.replace(/\r\n|\r|\n/g, " ")).replace(/[\\`*_{}[\]()<>|~&]/g, (ch) => `\\${ch}`)
  );
}
var REFERENCE = /@(?=[A-Za-z0-9])|#(?=\d)|\bgh-(?=\d)|:(?=\/\/)|\bwww\.(?=\S)/gi;
function breakReferences(text) {
  return showInvisible(text).replace(
    REFERENCE,
    (match) => match.endsWith(".") ? `${match.slice(0, -1)}${ZWSP}.` : `${match}${ZWSP}`
  );
}
function codeSpan(text) {
  const flat = showInvisible(breakComments(text.replace(/\r\n|\r|\n/g, " ")));
  let longest = 0;
  for (const run3 of flat.match(/`+/g) ?? []) longest = Math.max(longest, run3.length);
  const fence = "`".repeat(longest + 1);
  const body = flat.replace(/\|/g, "\\|");
  const pad = body.startsWith("`") || body.endsWith("`") || body.trim() === "" ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function escapeLog(text) {
  return showInvisible(text.replace(/\r\n|\r|\n/g, "\\n")).replace(/:(?=:)/g, `:${ZWSP}`).replace(/##\[/g, `##${ZWSP}[`);
}
function escapeLogLines(text) {
  return text.split(/\r\n|\r|\n/).map(escapeLog).join("\n");
}
function truncate(text, max, marker = "\u2026") {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - marker.length);
  const code = text.charCodeAt(cut - 1);
  if (code >= 55296 && code <= 56319) cut -= 1;
  return text.slice(0, cut) + marker;
}

// src/text/redact.ts
var REDACTED = "***";
var noRedaction = (text) => text;
function redactor(secrets) {
  const forms2 = /* @__PURE__ */ new Set();
  for (const secret of secrets) {
    if (!secret) continue;
    for (const part of [secret, ...secret.split(/\r\n|\r|\n/)]) {
      const value2 = part.trim();
      if (value2 === "") continue;
      for (const form of [
        value2,
        escapeMarkdown(value2),
        escapeLog(value2),
        JSON.stringify(value2).slice(1, -1),
        encodeURIComponent(value2)
      ])
        forms2.add(form);
    }
  }
  if (forms2.size === 0) return noRedaction;
  const pattern = new RegExp(
    [...forms2].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
    "g"
  );
  return (text) => text.replace(pattern, REDACTED);
}
function redactDeep(value2, redact) {
  if (redact === noRedaction) return value2;
  return walk(value2, redact);
}
function walk(value2, redact) {
  if (typeof value2 === "string") return redact(value2);
  if (Array.isArray(value2)) return value2.map((item) => walk(item, redact));
  if (value2 !== null && typeof value2 === "object") {
    const out = /* @__PURE__ */ Object.create(null);
    for (const [key, item] of Object.entries(value2)) out[redact(key)] = walk(item, redact);
    return out;
  }
  return value2;
}

// src/rules/format.ts
function filePositionOf(spec, offset) {
  const before = spec.expression.slice(0, offset);
  const lastBreak = before.lastIndexOf("\n");
  if (lastBreak < 0) return { line: spec.origin.line, column: spec.origin.column + offset };
  const line = spec.origin.line + before.split("\n").length - 1;
  return { line, column: offset - lastBreak };
}
function visible(text) {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, "\uFFFD");
}
function oneLine(text) {
  return visible(text.replace(/\s*\r?\n\s*/g, " ").trim());
}
function ruleError(spec, offset, what) {
  const at = Math.max(0, Math.min(offset, spec.expression.length));
  const { line, column } = filePositionOf(spec, at);
  const where2 = formatPosition({ file: spec.origin.source, line, column });
  const lineStart = spec.expression.lastIndexOf("\n", at - 1) + 1;
  const lineEnd = spec.expression.indexOf("\n", at);
  const shown = visible(
    spec.expression.slice(lineStart, lineEnd < 0 ? void 0 : lineEnd).replace(/\r$/, "")
  );
  const pad = Array.from(shown.slice(0, at - lineStart), (c) => c === "	" ? "	" : " ").join("");
  return new InputError(
    `${where2}: rule '${spec.id}' (${oneLine(spec.expression)}): ${what}
    ${shown}
    ${pad}^`
  );
}

// src/rules/check.ts
function factNodes(expr) {
  const found = [];
  const stack = [expr];
  while (stack.length > 0) {
    const node = stack.pop();
    switch (node.kind) {
      case "fact":
      case "fact-call":
        found.push(node);
        break;
      case "negate":
      case "not":
        stack.push(node.operand);
        break;
      case "arith":
      case "compare":
      case "logical":
        stack.push(node.right, node.left);
        break;
      case "call":
        stack.push(...[...node.args].reverse());
        break;
      case "number":
      case "boolean":
        break;
    }
  }
  return found;
}
function references(expr, facts) {
  return factNodes(expr).flatMap((node) => {
    const written = valueKey(node);
    if (node.kind === "fact")
      return [{ namespace: node.namespace, name: node.name, written, offset: node.start }];
    const fn = facts.functions.get(node.fn);
    const reads = fn?.reads?.(node.args) ?? node.args.flatMap((a) => a.kind === "fact" ? [{ namespace: a.namespace, name: a.name }] : []);
    return reads.map((r) => ({ ...r, written, offset: node.start }));
  });
}
function factContext(sources, facts, written) {
  const context3 = {
    sources,
    written,
    quote: quoteName,
    unknown(noun, name, known, empty) {
      const names = [...known];
      if (names.length === 0) return `unknown ${noun} ${quoteName(name)} (${empty})`;
      return `unknown ${noun} ${quoteName(name)}${suggestion(name, names)} (known: ${listNames(names, displayName)})`;
    },
    read(ref) {
      const namespace = facts.namespaces.get(ref.namespace);
      if (!namespace) throw new Error(`facts registry: no namespace '${ref.namespace}'`);
      return namespace.read(ref.name, { ...context3, written: valueKey(ref) });
    }
  };
  return context3;
}
function firstProblem(rule, sources) {
  const { facts } = rule;
  for (const node of factNodes(rule.ast)) {
    const context3 = factContext(sources, facts, valueKey(node));
    const reads = node.kind === "fact" ? [node] : node.args.filter((a) => a.kind === "fact");
    for (const read of reads) {
      const namespace = facts.namespaces.get(read.namespace);
      const problem = namespace?.check(read.name, { ...context3, written: valueKey(read) });
      if (problem !== void 0) return { offset: read.start, message: problem };
    }
    if (node.kind === "fact-call") {
      const problem = facts.functions.get(node.fn)?.check?.(node.args, context3);
      if (problem !== void 0) return { offset: node.start, message: problem };
    }
  }
  return void 0;
}
function checkRule(rule, sources) {
  const problem = firstProblem(rule, sources);
  if (problem !== void 0) throw ruleError(rule.spec, problem.offset, problem.message);
}

// src/text/format.ts
function formatNumber(x) {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "Infinity" : "-Infinity";
  if (x === 0) return "0";
  const magnitude = Math.abs(x);
  if (Number.isInteger(x) && magnitude < 1e15) return String(x);
  if (magnitude >= 1e-4 && magnitude < 1e6) {
    const fixed = x.toPrecision(6);
    if (!fixed.includes("e")) return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  }
  const [mantissa = "", exponent = ""] = x.toExponential(5).split("e");
  return `${mantissa.replace(/\.?0+$/, "")}e${exponent}`;
}
function formatPercent(share, decimals) {
  return `${formatNumber(Number((share * 100).toFixed(decimals)))}%`;
}

// src/rules/reason.ts
var FLIPPED = {
  "<": ">=",
  "<=": ">",
  ">": "<=",
  ">=": "<",
  "==": "!=",
  "!=": "=="
};
function isConstant(expr) {
  switch (expr.kind) {
    case "number":
    case "boolean":
      return true;
    case "negate":
    case "not":
      return isConstant(expr.operand);
    case "arith":
    case "compare":
    case "logical":
      return isConstant(expr.left) && isConstant(expr.right);
    case "call":
      return expr.args.every(isConstant);
    default:
      return false;
  }
}
function explainComparison(expr, results, want) {
  const op = want ? expr.op : FLIPPED[expr.op];
  const left = results.get(expr.left) ?? NaN;
  const right = results.get(expr.right) ?? NaN;
  const tie = formatNumber(left) === formatNumber(right) && left !== right;
  const show2 = (x) => tie ? String(x) : formatNumber(x);
  const leftText = isConstant(expr.left) ? show2(left) : `${printExpr(expr.left)} = ${show2(left)}`;
  const rightText = isConstant(expr.right) ? show2(right) : `${show2(right)} = ${printExpr(expr.right)}`;
  return `${leftText} ${op} ${rightText}`;
}
function explain(expr, results, want) {
  switch (expr.kind) {
    case "compare":
      return { text: explainComparison(expr, results, want), joinedBy: null };
    case "not":
      return explain(expr.operand, results, !want);
    case "logical": {
      const joinedBy = want ? expr.op : expr.op === "and" ? "or" : "and";
      const parts = [expr.left, expr.right].filter((side2) => joinedBy === "and" || results.has(side2) && results.get(side2) !== 0 === want).map((side2) => explain(side2, results, want));
      if (parts.length === 1 && parts[0] !== void 0) return parts[0];
      const wrap = (part) => part.joinedBy !== null && part.joinedBy !== joinedBy ? `(${part.text})` : part.text;
      return { text: parts.map(wrap).join(` ${joinedBy} `), joinedBy };
    }
    case "boolean":
      return { text: String(expr.value), joinedBy: null };
    default:
      return { text: `${printExpr(expr)} = ${formatNumber(results.get(expr) ?? NaN)}`, joinedBy: null };
  }
}

// src/rules/evaluate.ts
var COMPARE = {
  "<": (a, b) => a < b,
  "<=": (a, b) => a <= b,
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
  "==": (a, b) => a === b,
  "!=": (a, b) => a !== b
};
var Evaluation = class {
  constructor(rule, sources) {
    this.rule = rule;
    this.sources = sources;
  }
  rule;
  sources;
  /** Every node's value, for the explanation. */
  results = /* @__PURE__ */ new Map();
  values = {};
  text(node) {
    return this.rule.spec.expression.slice(node.start, node.end).replace(/\s+/g, " ");
  }
  evaluate(node) {
    const value2 = this.compute(node);
    if (Number.isNaN(value2)) throw new FactError(`${this.text(node)} is not a number (NaN)`);
    this.results.set(node, value2);
    if (node.kind === "fact" || node.kind === "fact-call") {
      Object.defineProperty(this.values, valueKey(node), {
        value: value2,
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
    return value2;
  }
  compute(node) {
    const facts = this.rule.facts;
    switch (node.kind) {
      case "number":
        return node.percent ? node.value / 100 : node.value;
      case "boolean":
        return node.value ? 1 : 0;
      case "fact": {
        const namespace = facts.namespaces.get(node.namespace);
        if (!namespace) throw new FactError(`${valueKey(node)}: unknown namespace`);
        return namespace.read(node.name, factContext(this.sources, facts, valueKey(node)));
      }
      case "fact-call": {
        const fn = facts.functions.get(node.fn);
        if (!fn) throw new FactError(`${node.fn}(): unknown function`);
        return fn.evaluate(node.args, factContext(this.sources, facts, valueKey(node)));
      }
      case "negate":
        return -this.evaluate(node.operand);
      case "not":
        return this.evaluate(node.operand) === 0 ? 1 : 0;
      case "arith": {
        const left = this.evaluate(node.left);
        const right = this.evaluate(node.right);
        if (node.op === "+") return left + right;
        if (node.op === "-") return left - right;
        if (node.op === "*") return left * right;
        if (right === 0) {
          throw new FactError(`${this.text(node)} divides by zero (${this.text(node.right)} = 0)`);
        }
        return left / right;
      }
      case "compare": {
        const left = this.evaluate(node.left);
        const right = this.evaluate(node.right);
        return COMPARE[node.op](left, right) ? 1 : 0;
      }
      case "logical":
        return this.logical(node);
      case "call": {
        const args = node.args.map((arg) => this.evaluate(arg));
        if (node.fn === "abs") return Math.abs(args[0] ?? 0);
        const pick = node.fn === "min" ? Math.min : Math.max;
        return args.reduce((best, x) => pick(best, x));
      }
    }
  }
  /**
   * Both sides always, so every value lands in the record. A side that errors decides nothing when the other
   * side decides alone (`true or ?` is true, `false and ?` is false, Kleene's logic); otherwise the error stands.
   */
  logical(node) {
    const attempt = (side2) => {
      try {
        return this.evaluate(side2) !== 0;
      } catch (error) {
        if (error instanceof FactError) return error;
        throw error;
      }
    };
    const left = attempt(node.left);
    const right = attempt(node.right);
    const decisive = node.op === "or";
    if (left === decisive || right === decisive) return decisive ? 1 : 0;
    if (left instanceof FactError) throw left;
    if (right instanceof FactError) throw right;
    return (node.op === "and" ? left && right : left || right) ? 1 : 0;
  }
};
function evaluateRule(rule, sources) {
  const evaluation = new Evaluation(rule, sources);
  const { spec } = rule;
  const result2 = {
    id: spec.id,
    ...spec.name !== void 0 ? { name: spec.name } : {},
    ...spec.description !== void 0 ? { description: spec.description } : {},
    expression: spec.expression,
    outcome: "ok",
    values: evaluation.values,
    metrics: rule.metrics,
    usesDrift: rule.usesDrift
  };
  try {
    if (evaluation.evaluate(rule.ast) !== 0) {
      result2.outcome = "triggered";
      result2.reason = explain(rule.ast, evaluation.results, true).text;
    }
  } catch (error) {
    if (!(error instanceof FactError)) throw error;
    result2.outcome = "error";
    result2.error = error.message;
  }
  return result2;
}

// src/rules/lines.ts
var RULE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
function nameSeparator(line) {
  let quoted2 = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted2 && char === "\\") i++;
    else if (char === '"') quoted2 = !quoted2;
    else if (char === ":" && !quoted2) return i;
  }
  return -1;
}
function skipSpaces(line, from) {
  let i = from;
  while (i < line.length && /\s/.test(line[i] ?? "")) i++;
  return i;
}
function parseRuleLines(text, source, firstIndex = 1) {
  const rules = [];
  const seen = /* @__PURE__ */ new Map();
  text.split(/\r?\n/).forEach((line, index) => {
    const lineNumber = index + 1;
    const first = skipSpaces(line, 0);
    if (first === line.length || line[first] === "#") return;
    const colon = nameSeparator(line);
    let name;
    let start = first;
    if (colon >= 0) {
      const candidate = line.slice(first, colon).trim();
      if (!RULE_NAME.test(candidate)) {
        const where2 = formatPosition({ file: source, line: lineNumber, column: first + 1 });
        throw new InputError(
          `${where2}: '${candidate}' is not a valid rule name before ':' (names start with a letter or _ and use letters, digits, _ . -), e.g. \`acc-floor: accuracy < 0.85\``
        );
      }
      name = candidate;
      start = skipSpaces(line, colon + 1);
    }
    const id = name ?? `rule-${firstIndex + rules.length}`;
    const earlier = seen.get(id);
    if (earlier !== void 0) {
      const where2 = formatPosition({ file: source, line: lineNumber, column: first + 1 });
      const what = name === void 0 ? `the id '${id}' of this unnamed rule` : `rule name '${id}'`;
      throw new InputError(`${where2}: ${what} is already used on line ${earlier}; rule names must be unique`);
    }
    seen.set(id, lineNumber);
    const spec = {
      id,
      expression: line.slice(start).trimEnd(),
      origin: { source, line: lineNumber, column: start + 1 }
    };
    if (name !== void 0) spec.name = name;
    rules.push(spec);
  });
  return rules;
}

// src/rules/lexer.ts
var RuleSyntaxError = class extends Error {
  constructor(offset, message) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var TWO_CHAR_OPS = /* @__PURE__ */ new Set(["<=", ">=", "==", "!="]);
var ONE_CHAR_OPS = /* @__PURE__ */ new Set(["+", "-", "*", "/", "<", ">", "(", ")", ","]);
var NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
var SEGMENT = /[A-Za-z_][A-Za-z0-9_]*/y;
var NAME_CHAR = /[A-Za-z0-9_.]/;
var DURATION_MS = { h: 36e5, d: 864e5, w: 6048e5 };
var MISTAKES = {
  "=": "'=' is not an operator; compare with '=='",
  "!": "'!' is not an operator; use 'not' or '!='",
  "&": "'&' is not an operator; use 'and'",
  "|": "'|' is not an operator; use 'or'",
  "'": 'names are quoted with double quotes, e.g. "precision@5"',
  "%": "'%' must directly follow a number, as in 20%",
  "#": "comments must be on a line of their own"
};
function matchAt(pattern, text, at) {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match ? match[0] : null;
}
function describeChar(char) {
  const code = char.codePointAt(0) ?? 0;
  return code < 32 || code === 127 ? `control character U+${code.toString(16).padStart(4, "0")}` : `character '${char}'`;
}
function describe(token) {
  switch (token.type) {
    case "end":
      return "the end of the rule";
    case "number":
      return "a number";
    case "duration":
      return `the duration '${token.text}'`;
    case "string":
      return `the quoted name ${displayName(token.value)}`;
    case "name":
      return `'${token.segments.join(".")}'`;
    case "op":
      return `'${token.value}'`;
  }
}
function infixOf(token) {
  if (token.type === "op") return token.value;
  if (token.type === "name" && token.segments.length === 1) return token.segments[0];
  return void 0;
}
function isWord(token, word) {
  return token.type === "name" && token.segments.length === 1 && token.segments[0] === word;
}
function isOp(token, op) {
  return token.type === "op" && token.value === op;
}
function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? "";
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const start = i;
    const number = /[0-9]/.test(char) || char === "." && /[0-9]/.test(text[i + 1] ?? "");
    if (number) {
      const digits = matchAt(NUMBER, text, i) ?? "";
      i += digits.length;
      const percent2 = text[i] === "%";
      if (percent2) i++;
      const next = text[i] ?? "";
      const unit = DURATION_MS[next];
      if (!percent2 && unit !== void 0 && /^\d+$/.test(digits) && !NAME_CHAR.test(text[i + 1] ?? "")) {
        i++;
        tokens.push({ type: "duration", text: `${digits}${next}`, ms: Number(digits) * unit, start, end: i });
        continue;
      }
      if (!percent2 && NAME_CHAR.test(next)) {
        const rest = matchAt(/[A-Za-z0-9_.]*/y, text, i) ?? "";
        throw new RuleSyntaxError(start, `malformed number '${digits}${rest}'`);
      }
      const value2 = Number(digits);
      if (!Number.isFinite(value2)) throw new RuleSyntaxError(start, `number '${digits}' is too large`);
      tokens.push({ type: "number", value: value2, percent: percent2, start, end: i });
    } else if (/[A-Za-z_]/.test(char)) {
      const segments = [];
      for (; ; ) {
        const segment = matchAt(SEGMENT, text, i) ?? "";
        segments.push(segment);
        i += segment.length;
        if (text[i] !== "." || !/[A-Za-z_]/.test(text[i + 1] ?? "")) break;
        i++;
      }
      tokens.push({ type: "name", segments, start, end: i });
      if (text[i] === ".") {
        if (text[i + 1] !== '"') {
          throw new RuleSyntaxError(i + 1, "expected a name after '.' (a letter or _, or a quoted name)");
        }
        tokens.push({ type: "op", value: ".", start: i, end: i + 1 });
        i++;
      }
    } else if (char === '"') {
      let value2 = "";
      i++;
      for (; ; ) {
        const c = text[i];
        if (c === void 0) throw new RuleSyntaxError(start, 'quoted name is not closed; add the closing "');
        i++;
        if (c === '"') break;
        if (c === "\\") {
          const escaped = text[i];
          if (escaped !== '"' && escaped !== "\\") {
            const found = escaped === void 0 ? "the end of the rule" : `'\\${escaped}'`;
            throw new RuleSyntaxError(i - 1, `unknown escape ${found} in a quoted name (only \\" and \\\\)`);
          }
          value2 += escaped;
          i++;
        } else {
          value2 += c;
        }
      }
      if (value2 === "") throw new RuleSyntaxError(start, 'empty quoted name ""');
      tokens.push({ type: "string", value: value2, start, end: i });
    } else if (TWO_CHAR_OPS.has(text.slice(i, i + 2))) {
      tokens.push({ type: "op", value: text.slice(i, i + 2), start, end: i + 2 });
      i += 2;
    } else if (ONE_CHAR_OPS.has(char)) {
      tokens.push({ type: "op", value: char, start, end: i + 1 });
      i++;
    } else {
      const hint = MISTAKES[char];
      if (char === "&" && text[i + 1] === "&")
        throw new RuleSyntaxError(start, "'&&' is not an operator; use 'and'");
      if (char === "|" && text[i + 1] === "|")
        throw new RuleSyntaxError(start, "'||' is not an operator; use 'or'");
      const found = String.fromCodePoint(text.codePointAt(i) ?? 0);
      throw new RuleSyntaxError(start, hint ?? `unexpected ${describeChar(found)}`);
    }
  }
  tokens.push({ type: "end", start: text.length, end: text.length });
  return tokens;
}

// src/rules/parser.ts
var MAX_DEPTH = 200;
var quoteWord = (word) => `'${word}'`;
var EXAMPLE = "e.g. `accuracy < 0.85`";
var TOO_DEEP = `the rule is nested too deeply (more than ${MAX_DEPTH} levels); split it up`;
var Parser = class {
  constructor(text, facts) {
    this.facts = facts;
    this.tokens = tokenize(text);
  }
  facts;
  tokens;
  index = 0;
  depth = 0;
  /** Height of each subtree built so far, to bound long operator chains as well as nesting. */
  heights = /* @__PURE__ */ new WeakMap();
  parseRule() {
    const first = this.peek();
    if (first.type === "end")
      throw new RuleSyntaxError(0, `the rule is empty; write a condition, ${EXAMPLE}`);
    const expr = this.parseExpr(0);
    const next = this.peek();
    if (next.type !== "end") {
      const hint = isOp(next, ")") ? "unmatched ')'" : `unexpected ${describe(next)}`;
      throw new RuleSyntaxError(next.start, `${hint}; expected an operator (such as <, +, and) or the end`);
    }
    if (!isCondition(expr, this.facts)) {
      throw new RuleSyntaxError(expr.start, `rule must be a condition, ${EXAMPLE}`);
    }
    return expr;
  }
  peek() {
    return this.tokens[this.index];
  }
  next() {
    const token = this.peek();
    if (token.type !== "end") this.index++;
    return token;
  }
  expectOp(op, what) {
    const token = this.peek();
    if (!isOp(token, op))
      throw new RuleSyntaxError(token.start, `expected ${what}, found ${describe(token)}`);
    return this.next();
  }
  /** Records a node's height and refuses trees deeper than MAX_DEPTH. */
  node(expr, children2, at) {
    const height = 1 + children2.reduce((most, child) => Math.max(most, this.heights.get(child) ?? 1), 0);
    if (height > MAX_DEPTH) {
      throw new RuleSyntaxError(at, TOO_DEEP);
    }
    this.heights.set(expr, height);
    return expr;
  }
  parseExpr(minPrecedence) {
    if (++this.depth > MAX_DEPTH) {
      throw new RuleSyntaxError(this.peek().start, TOO_DEEP);
    }
    let left = this.parsePrefix(minPrecedence);
    let compared = false;
    for (; ; ) {
      const token = this.peek();
      const op = infixOf(token);
      const precedence = op === void 0 ? void 0 : INFIX_PRECEDENCE[op];
      if (op === void 0 || precedence === void 0 || precedence < minPrecedence) break;
      if (precedence === PRECEDENCE.compare && compared) {
        throw new RuleSyntaxError(
          token.start,
          `comparisons cannot be chained; write \`a < b and b < c\` instead of \`a < b < c\``
        );
      }
      this.next();
      const right = this.parseExpr(precedence + 1);
      left = this.combine(op, left, right, token.start);
      compared = precedence === PRECEDENCE.compare;
    }
    this.depth--;
    return left;
  }
  combine(op, left, right, at) {
    const span = { start: left.start, end: right.end };
    if (op === "and" || op === "or") {
      for (const side2 of [left, right]) {
        if (!isCondition(side2, this.facts)) {
          throw new RuleSyntaxError(side2.start, `'${op}' needs a condition on each side, ${EXAMPLE}`);
        }
      }
      return this.node({ kind: "logical", op, left, right, ...span }, [left, right], at);
    }
    if (op === "+" || op === "-" || op === "*" || op === "/") {
      return this.node({ kind: "arith", op, left, right, ...span }, [left, right], at);
    }
    return this.node({ kind: "compare", op, left, right, ...span }, [left, right], at);
  }
  parsePrefix(minPrecedence) {
    const token = this.peek();
    if (isOp(token, "-")) {
      this.next();
      const operand = this.parseExpr(PRECEDENCE.negate);
      return this.node(
        { kind: "negate", operand, start: token.start, end: operand.end },
        [operand],
        token.start
      );
    }
    if (isWord(token, "not")) {
      if (minPrecedence > PRECEDENCE.not) {
        throw new RuleSyntaxError(token.start, "'not' must be in parentheses here, e.g. `1 + (not a < b)`");
      }
      this.next();
      const operand = this.parseExpr(PRECEDENCE.not);
      if (!isCondition(operand, this.facts)) {
        throw new RuleSyntaxError(operand.start, `'not' needs a condition, ${EXAMPLE}`);
      }
      return this.node(
        { kind: "not", operand, start: token.start, end: operand.end },
        [operand],
        token.start
      );
    }
    return this.parseAtom();
  }
  parseAtom() {
    const token = this.next();
    const span = { start: token.start, end: token.end };
    switch (token.type) {
      case "number":
        return { kind: "number", value: token.value, percent: token.percent, ...span };
      case "duration":
        throw new RuleSyntaxError(
          token.start,
          `a duration like '${token.text}' is only allowed as the window of a function over past runs`
        );
      case "string":
        return this.read(this.facts.bare, token.value, span);
      case "name":
        return this.parseName(token);
      case "op":
        if (token.value === "(") {
          const inner = this.parseExpr(0);
          const close = this.expectOp(")", "')' to close the '('");
          const grouped = { ...inner, start: token.start, end: close.end };
          this.heights.set(grouped, this.heights.get(inner) ?? 1);
          return grouped;
        }
        throw new RuleSyntaxError(
          token.start,
          `expected a value (a number, a metric name or '('), found ${describe(token)}`
        );
      case "end":
        throw new RuleSyntaxError(
          token.start,
          "the rule ends too early; expected a value (a number, a metric name or '(')"
        );
    }
  }
  read(namespace, name, span) {
    return { kind: "fact", namespace: namespace.name, name, ...span };
  }
  parseName(token) {
    const [first = ""] = token.segments;
    const span = { start: token.start, end: token.end };
    if (isOp(this.peek(), "(")) return this.parseCall(token.segments.join("."), token);
    if (token.segments.length === 1 && (first === "true" || first === "false")) {
      return { kind: "boolean", value: first === "true", ...span };
    }
    if (token.segments.length === 1 && (first === "and" || first === "or")) {
      throw new RuleSyntaxError(token.start, `expected a value before '${first}'`);
    }
    if (token.segments.length === 1 && functionNames(this.facts).includes(first)) {
      throw new RuleSyntaxError(
        token.start,
        `'${first}' is a function: call it as ${first}(\u2026); to read a metric named ${first}, quote it: "${first}"`
      );
    }
    return this.valueRead(token);
  }
  /** `NAME`, `NS.NAME` or `NS."quoted name"` (the name token is already taken). */
  valueRead(token) {
    const [first = "", ...rest] = token.segments;
    const span = { start: token.start, end: token.end };
    const namespace = this.facts.namespaces.get(first);
    if (namespace === void 0 || namespace === this.facts.bare) {
      if (isOp(this.peek(), ".")) {
        throw new RuleSyntaxError(
          this.peek().start,
          `only a namespace (${this.prefixes()}) can be followed by a quoted name; quote the whole name instead`
        );
      }
      return this.read(this.facts.bare, this.bareName(token.segments, token.start), span);
    }
    if (rest.length === 0 && isOp(this.peek(), ".") && namespace.names === null) {
      this.next();
      const quoted2 = this.next();
      if (quoted2.type !== "string") {
        throw new RuleSyntaxError(quoted2.start, `expected a quoted name after ${first}.`);
      }
      return this.read(namespace, quoted2.value, { start: token.start, end: quoted2.end });
    }
    const full = token.segments.join(".");
    if (namespace.names !== null) {
      const name = rest.join(".");
      if (rest.length !== 1 || !namespace.names.includes(name)) {
        const known = namespace.names.map((n) => `${first}.${n}`);
        const hint = rest.length === 0 ? `'${first}' needs a fact` : `unknown ${namespace.noun} '${full}'`;
        throw new RuleSyntaxError(
          token.start,
          `${hint}${suggestion(full, known, quoteWord)} (known: ${known.join(", ")})`
        );
      }
      return this.read(namespace, name, span);
    }
    if (rest.length === 0) {
      throw new RuleSyntaxError(
        token.start,
        `'${first}' needs a metric name: ${first}.accuracy or ${first}."p@5"`
      );
    }
    return this.read(namespace, this.bareName(rest, token.start + first.length + 1), span);
  }
  prefixes() {
    return [...this.facts.namespaces.keys()].filter((n) => n !== this.facts.bare.name && this.facts.namespaces.get(n)?.names === null).map((n) => `'${n}.'`).join(", ");
  }
  /** A bare metric name; one starting with a reserved word must be quoted to avoid ambiguity. */
  bareName(segments, at) {
    const name = segments.join(".");
    const first = segments[0] ?? "";
    if (isReservedWord(first, this.facts)) {
      throw new RuleSyntaxError(
        at,
        `'${first}' is a reserved word; quote the metric name: ${displayName(name)}`
      );
    }
    return name;
  }
  parseCall(name, token) {
    const fn = this.facts.functions.get(name);
    if (fn !== void 0) return this.parseFactCall(name, token);
    const names = functionNames(this.facts);
    if (!MATH_FUNCTIONS.includes(name)) {
      throw new RuleSyntaxError(
        token.start,
        `unknown function '${name}'${suggestion(name, names, quoteWord)} (functions: ${names.join(", ")})`
      );
    }
    const open = this.next();
    const args = [];
    if (isOp(this.peek(), ")"))
      throw new RuleSyntaxError(this.peek().start, `${name}() needs at least one argument`);
    for (; ; ) {
      args.push(this.parseExpr(0));
      if (!isOp(this.peek(), ",")) break;
      this.next();
    }
    const close = this.expectOp(")", `',' or ')' to close ${name}(`);
    if (name === "abs" && args.length !== 1) {
      throw new RuleSyntaxError(open.start, `abs() takes exactly one argument, found ${args.length}`);
    }
    const call = {
      kind: "call",
      fn: name,
      args,
      start: token.start,
      end: close.end
    };
    return this.node(call, args, token.start);
  }
  /** A registry function: each argument parsed as its parameter kind says. */
  parseFactCall(name, token) {
    const fn = this.facts.functions.get(name);
    const takes = `${name}() takes ${signature(fn.params, fn.optionalFrom)}, e.g. ${fn.usage}`;
    this.next();
    const args = [];
    const required = fn.optionalFrom ?? fn.params.length;
    for (const [index, kind] of fn.params.entries()) {
      if (index >= required && isOp(this.peek(), ")")) break;
      if (index > 0) this.expectOp(",", `',' and ${describeParam(kind)} (${takes})`);
      args.push(this.parseArg(kind, takes));
    }
    const last = args.length === 1 ? `the ${describeParam(fn.params[0] ?? "metric").replace(/^an? /, "")}` : "the arguments";
    const close = this.expectOp(")", `')' after ${last} (${takes})`);
    return { kind: "fact-call", fn: name, args, start: token.start, end: close.end };
  }
  parseArg(kind, takes) {
    const arg = this.next();
    const span = { start: arg.start, end: arg.end };
    const wrong = () => {
      throw new RuleSyntaxError(arg.start, `${takes}; found ${describe(arg)}`);
    };
    switch (kind) {
      case "window":
        if (arg.type === "duration") return { kind: "window", text: arg.text, ms: arg.ms, ...span };
        if (arg.type === "number" && !arg.percent && Number.isInteger(arg.value) && arg.value >= 1) {
          return { kind: "window", text: String(arg.value), runs: arg.value, ...span };
        }
        return wrong();
      case "column":
        if (arg.type === "string") return { kind: "column", name: arg.value, ...span };
        if (arg.type === "name") return { kind: "column", name: arg.segments.join("."), ...span };
        return wrong();
      case "metric":
        if (arg.type === "string") return this.read(this.facts.bare, arg.value, span);
        if (arg.type === "name" && !isOp(this.peek(), "(") && !isOp(this.peek(), ".")) {
          if (this.facts.namespaces.has(arg.segments[0] ?? "")) return wrong();
          return this.read(this.facts.bare, this.bareName(arg.segments, arg.start), span);
        }
        return wrong();
      case "fact":
        if (arg.type === "string") return this.read(this.facts.bare, arg.value, span);
        if (arg.type === "name" && !isOp(this.peek(), "(")) return this.valueRead(arg);
        return wrong();
    }
  }
};
function signature(params, optionalFrom = params.length) {
  const parts = params.map((p, i) => `${describeParam(p)}${i >= optionalFrom ? " (optional)" : ""}`);
  if (parts.length === 1) return parts[0].replace(/^an? /, "one ");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
function describeParam(kind) {
  switch (kind) {
    case "metric":
      return "a metric name";
    case "fact":
      return "a metric name or a fact such as baseline.accuracy";
    case "column":
      return "a column name";
    case "window":
      return "a window: a number of runs (7) or a duration (7d, 12h, 2w)";
  }
}
function parseExpression(text, facts = FACTS) {
  return new Parser(text, facts).parseRule();
}

// src/rules/rule.ts
function parseRule(spec, facts = FACTS) {
  let ast;
  try {
    ast = parseExpression(spec.expression, facts);
  } catch (error) {
    if (error instanceof RuleSyntaxError) throw ruleError(spec, error.offset, error.message);
    throw error;
  }
  const reads = references(ast, facts);
  const names = (namespace) => [
    ...new Set(reads.filter((r) => r.namespace === namespace).map((r) => r.name))
  ];
  return {
    spec,
    ast,
    facts,
    metrics: names(facts.bare.name),
    baseline: names("baseline"),
    usesDrift: reads.some((r) => r.namespace === "drift")
  };
}

// src/history/hysteresis.ts
var NO_HYSTERESIS = { for: { k: 1, n: 1 }, clearAfter: 1 };
function standingOf(outcomes, spec) {
  const { k, n } = spec.for;
  let window2 = [];
  let firingSince = -1;
  let healthy = 0;
  let changed = false;
  outcomes.forEach((outcome, index) => {
    changed = false;
    if (outcome === "unknown") return;
    const held = outcome === "triggered";
    if (firingSince < 0) {
      window2.push(held);
      if (window2.length > n) window2.shift();
      if (window2.filter(Boolean).length >= k) {
        firingSince = index;
        healthy = 0;
        changed = true;
      }
      return;
    }
    healthy = held ? 0 : healthy + 1;
    if (healthy >= spec.clearAfter) {
      firingSince = -1;
      healthy = 0;
      window2 = [];
      changed = true;
    }
  });
  const currentUnknown = outcomes.at(-1) === "unknown";
  return { standing: standing(window2, firingSince, healthy, spec), currentUnknown, changed };
}
function standing(window2, firingSince, healthy, spec) {
  if (firingSince >= 0) {
    if (healthy > 0) {
      return { state: "clearing", triggered: true, since: firingSince, healthy, needed: spec.clearAfter };
    }
    return { state: "firing", triggered: true, since: firingSince };
  }
  const { k, n } = spec.for;
  const held = k === n ? trailingRun(window2) : window2.filter(Boolean).length;
  if (held === 0) return { state: "inactive", triggered: false };
  return { state: "pending", triggered: false, held, needed: k, window: n };
}
function trailingRun(window2) {
  let run3 = 0;
  for (let i = window2.length - 1; i >= 0 && window2[i]; i--) run3++;
  return run3;
}
function describeStanding(s) {
  switch (s.state) {
    case "inactive":
      return "ok";
    case "firing":
      return "triggered";
    case "pending":
      return s.needed === s.window ? `pending \u2014 ${s.held} of ${s.needed} runs` : `pending \u2014 ${s.held} of ${s.needed} runs (in the last ${s.window})`;
    case "clearing":
      return `clearing \u2014 ${s.healthy} of ${s.needed} healthy runs`;
  }
}
function parseFor(value2) {
  if (typeof value2 === "number") {
    return Number.isInteger(value2) && value2 >= 1 ? { k: value2, n: value2 } : expectedFor(value2);
  }
  if (typeof value2 !== "string") return expectedFor(value2);
  const text = value2.trim();
  const whole = /^(\d+)$/.exec(text);
  if (whole) return parseFor(Number(whole[1]));
  const ofN = /^(\d+)\s+of\s+(\d+)$/i.exec(text);
  if (!ofN) return expectedFor(value2);
  const k = Number(ofN[1]);
  const n = Number(ofN[2]);
  if (k < 1 || n < 1) return expectedFor(value2);
  if (k > n) return `'${text}' asks for more runs (${k}) than its window (${n}); expected K of N with K \u2264 N`;
  return { k, n };
}
function expectedFor(value2) {
  return `expected a whole number of runs \u2265 1 (e.g. 3) or 'K of N' (e.g. '2 of 3'), got ${JSON.stringify(value2)}`;
}
function parseClearAfter(value2) {
  const n = typeof value2 === "string" && /^\d+$/.test(value2.trim()) ? Number(value2) : value2;
  if (typeof n === "number" && Number.isInteger(n) && n >= 1) return n;
  return `expected a whole number of healthy runs \u2265 1 (e.g. 2), got ${JSON.stringify(value2)}`;
}

// src/history/model-age.ts
var DAY_MS = 864e5;
var ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
function parseTimestamp(value2, key) {
  if (typeof value2 === "number" && Number.isFinite(value2)) {
    if (value2 > 1e11)
      return `'${key}' = ${value2} is too large for epoch seconds (milliseconds? divide by 1000)`;
    if (value2 <= 0) return `'${key}' = ${value2} is not a time (expected epoch seconds or ISO 8601)`;
    return value2 * 1e3;
  }
  if (typeof value2 === "string" && ISO.test(value2.trim())) {
    const text = value2.trim();
    const withZone = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text) ? `${text}Z` : text;
    const ms = Date.parse(withZone.replace(" ", "T"));
    if (!Number.isNaN(ms)) return ms;
  }
  return `'${key}' = ${JSON.stringify(value2)} is not a time (expected ISO 8601 like 2026-10-28T09:00:00Z or epoch seconds)`;
}
function modelAge(evidence) {
  const { now } = evidence;
  const ageOf = (trainedAt, source) => {
    if (trainedAt > now + DAY_MS) {
      return { known: false, reason: `the model's training time ${isoDate(trainedAt)} is in the future` };
    }
    return { known: true, age: { trainedAt, days: Math.max(0, (now - trainedAt) / DAY_MS), source } };
  };
  if (evidence.timestamp !== void 0) {
    const { key, value: value2, file } = evidence.timestamp;
    const ms = parseTimestamp(value2, key);
    if (typeof ms === "string") return { known: false, reason: file ? `${file}: ${ms}` : ms };
    return ageOf(ms, { kind: "metrics", key, ...file ? { file } : {} });
  }
  const run3 = evidence.lastSuccessfulRun;
  if (run3 !== void 0) {
    const ms = Date.parse(run3.createdAt);
    if (!Number.isNaN(ms)) {
      return ageOf(ms, {
        kind: "workflow-run",
        workflow: run3.workflow,
        ...run3.url ? { runUrl: run3.url } : {}
      });
    }
  }
  if (evidence.lastRetrainingInHistory !== void 0) {
    const ms = Date.parse(evidence.lastRetrainingInHistory);
    if (!Number.isNaN(ms)) return ageOf(ms, { kind: "history" });
  }
  const looked = [
    evidence.looked.modelTimestamp ? `no '${evidence.looked.modelTimestamp}' in the metrics files` : "no model-timestamp key set",
    evidence.looked.workflow ? `no successful ${evidence.looked.workflow} run on the default branch` : "no dispatch-workflow to look at",
    evidence.looked.history ? "no retraining in the history" : "no history"
  ];
  return { known: false, reason: `the model's age is unknown: ${looked.join(", ")}` };
}
function isoDate(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function describeSource(source) {
  switch (source.kind) {
    case "metrics":
      return source.file ? `'${source.key}' in ${source.file}` : `'${source.key}' in the metrics files`;
    case "workflow-run":
      return `last successful ${source.workflow} run`;
    case "history":
      return "last retraining in the history";
  }
}
function describeAge(age, maxDays) {
  const whole = Math.floor(age.days);
  const max = maxDays === void 0 ? "" : `; max ${Number(maxDays.toFixed(3))}d`;
  return `model is ${whole} day${whole === 1 ? "" : "s"} old (${describeSource(age.source)}, ${isoDate(age.trainedAt)}${max})`;
}
function parseMaxAge(value2) {
  if (typeof value2 === "number" && Number.isFinite(value2) && value2 > 0) return value2;
  if (typeof value2 === "string") {
    const m = /^(\d+(?:\.\d+)?)\s*([hdw]?)$/.exec(value2.trim());
    if (m && Number(m[1]) > 0) return Number(m[1]) * ({ h: 1 / 24, d: 1, w: 7, "": 1 }[m[2]] ?? 1);
  }
  return `expected a duration like 30d, 36h or 2w, got ${JSON.stringify(value2)}`;
}

// src/history/timeline.ts
function timeline(records, current) {
  const earlier = current.runId === void 0 ? [...records] : records.filter((r) => r.run?.id !== current.runId);
  return { records: earlier, current };
}
function metricSeries(t, name) {
  const points2 = t.records.map((r) => ({
    time: Date.parse(r.time),
    value: Object.prototype.hasOwnProperty.call(r.metrics, name) ? r.metrics[name] : void 0
  }));
  points2.push({ time: t.current.time, value: t.current.metrics.get(name) });
  return points2;
}
function lastRetrainingIndex(records) {
  for (let i = records.length - 1; i >= 0; i--) if (records[i]?.actions?.dispatched === true) return i;
  return -1;
}
function lastRetraining(records) {
  const i = lastRetrainingIndex(records);
  return i < 0 ? void 0 : records[i]?.time;
}
function sinceRetraining(t, name) {
  const start = lastRetrainingIndex(t.records) + 1;
  const values = t.records.slice(start).map((r) => r.metrics[name]);
  values.push(t.current.metrics.get(name));
  return values.filter((v) => typeof v === "number" && Number.isFinite(v));
}
function ruleOutcomes(t, ruleId, current) {
  const past = t.records.map((r) => {
    const outcome = r.rules.find((rule) => rule.id === ruleId)?.outcome;
    return outcome === "triggered" || outcome === "ok" ? outcome : "unknown";
  });
  return [...past, current];
}
function driftShares(t, current) {
  const points2 = t.records.filter((r) => r.drift !== void 0).map((r) => ({ time: Date.parse(r.time), value: r.drift?.share }));
  if (current !== void 0) points2.push({ time: t.current.time, value: current });
  return points2;
}

// src/history/standings.ts
var MODEL_AGE_RULE = "max-model-age";
function info2(s) {
  return { state: s.standing.state, counts: s.standing.triggered, text: describeStanding(s.standing) };
}
var asRunOutcome = (outcome) => outcome === "error" ? "unknown" : outcome;
function ruleStanding(t, ruleId, outcome, hysteresis = NO_HYSTERESIS) {
  return standingOf(ruleOutcomes(t, ruleId, asRunOutcome(outcome)), hysteresis);
}
function withStandings(results, hysteresis, t) {
  return results.map((r) => {
    const spec = hysteresis.get(r.id);
    return spec ? { ...r, standing: info2(ruleStanding(t, r.id, r.outcome, spec)) } : r;
  });
}
function driftStanding(t, detected, hysteresis) {
  const past = t.records.map(
    (r) => r.drift === void 0 ? "unknown" : r.drift.detected ? "triggered" : "ok"
  );
  const now = detected === void 0 ? "unknown" : detected ? "triggered" : "ok";
  return info2(standingOf([...past, now], hysteresis));
}
function modelFacts(age) {
  if (age === void 0) return null;
  return { ageDays: age.known ? { known: true, value: age.age.days } : { known: false, reason: age.reason } };
}
function modelAgeRule(age, maxDays) {
  const max = Number(maxDays.toFixed(3));
  const base = {
    id: MODEL_AGE_RULE,
    expression: `model.age_days > ${max}`,
    description: `the model may be at most ${max}d old`,
    metrics: [],
    usesDrift: false
  };
  if (age === void 0 || !age.known) {
    const reason = age === void 0 ? "the model's age was not looked up" : age.reason;
    return { ...base, outcome: "error", values: {}, error: reason };
  }
  const days = age.age.days;
  return {
    ...base,
    outcome: days > maxDays ? "triggered" : "ok",
    values: { "model.age_days": Number(days.toFixed(2)) },
    ...days > maxDays ? { reason: describeAge(age.age, maxDays) } : {}
  };
}

// src/verdict.ts
function driftedFeatures(drift) {
  return (drift?.features ?? []).filter((f) => f.drifted).map((f) => f.name);
}

// src/decide.ts
function decideVerdict(rules, evidence, onUnknown = "keep", memory) {
  const drift = evidence.drift;
  const driftUnknown = drift ? undecidedDrift(drift) : void 0;
  const sources = {
    ...factSources(evidence, driftUnknown),
    history: memory?.facts ?? null,
    model: modelFacts(memory?.age)
  };
  for (const rule of rules) checkRule(rule, sources);
  let results = rules.map((rule) => evaluateRule(rule, sources));
  if (memory) results = withStandings(results, hysteresisOf(rules), memory.timeline);
  if (memory?.maxModelAgeDays !== void 0) results.push(modelAgeRule(memory.age, memory.maxModelAgeDays));
  const reasons = results.flatMap((r) => counts(r) ? [reasonOf(r)] : []);
  const failedRules = results.filter(counts).map((r) => r.id);
  const undecided = results.flatMap(
    (r) => r.outcome === "error" ? [`rule '${r.id}' (${r.expression}) could not be evaluated: ${r.error}`] : []
  );
  let driftVerdict = null;
  if (drift !== null) {
    const decides = !results.some((r) => r.usesDrift);
    const status2 = driftUnknown !== void 0 ? "unknown" : drift.detected ? "due" : "healthy";
    const standing2 = memory?.driftHysteresis && driftStanding(
      memory.timeline,
      driftUnknown === void 0 ? drift.detected : void 0,
      memory.driftHysteresis
    );
    driftVerdict = { decides, status: status2, undecided: driftUnknown ?? null, ...standing2 ? { standing: standing2 } : {} };
    const due = standing2 ? standing2.counts : status2 === "due";
    if (decides && due) {
      reasons.push(
        status2 === "due" ? driftReason(drift) : `data drift has not cleared: ${standing2 ? standing2.text : ""}`
      );
    }
    if (decides && driftUnknown !== void 0)
      undecided.push(`data drift could not be decided: ${driftUnknown}`);
  }
  const driftDue = driftVerdict?.decides === true && (driftVerdict.standing ? driftVerdict.standing.counts : driftVerdict.status === "due");
  const assessed = failedRules.length > 0 || driftDue ? "due" : undecided.length > 0 ? "unknown" : "healthy";
  let status = assessed;
  if (assessed === "unknown" && (onUnknown === "healthy" || onUnknown === "due")) status = onUnknown;
  if (status === "due" && assessed === "unknown") {
    reasons.push(`could not decide, and on-unknown is 'due': ${undecided.join("; ")}`);
  }
  return {
    status,
    assessed,
    triggered: status === "due",
    reasons,
    undecided,
    onUnknown,
    failedRules,
    rules: results,
    drift: driftVerdict,
    evidence
  };
}
function factsOf(evidence) {
  return factSources(evidence, evidence.drift ? undecidedDrift(evidence.drift) : void 0);
}
function counts(r) {
  return r.standing ? r.standing.counts : r.outcome === "triggered";
}
function reasonOf(r) {
  if (r.outcome === "triggered" && r.reason) return r.reason;
  const where2 = `${r.id} (${r.expression})`;
  if (r.outcome === "error")
    return `${where2} still counts as triggered (not evaluable on this run, not cleared)`;
  return `${where2} has not cleared: ${r.standing?.text ?? "triggered"}`;
}
function hysteresisOf(rules) {
  const out = /* @__PURE__ */ new Map();
  for (const rule of rules) if (rule.spec.hysteresis) out.set(rule.spec.id, rule.spec.hysteresis);
  return out;
}
function factSources(evidence, driftUnknown) {
  const drift = evidence.drift;
  const driftFacts = drift ? {
    share: drift.share,
    count: drift.count,
    detected: drift.detected,
    ...driftUnknown !== void 0 ? { undecided: driftUnknown } : {}
  } : null;
  const quality = evidence.quality ? new Map(
    evidence.quality.features.map((f) => [
      f.name,
      {
        kind: f.kind,
        missingShare: f.missingShare.current,
        referenceMissingShare: f.missingShare.reference,
        newShare: f.newShare,
        outOfRangeShare: f.outOfRangeShare
      }
    ])
  ) : null;
  return { metrics: evidence.current, baseline: evidence.baseline, drift: driftFacts, quality };
}
function undecidedDrift(drift) {
  const insufficient = drift.features.filter((f) => f.status === "insufficient");
  const shown = insufficient.slice(0, 5).map((f) => `'${f.name}' (${f.referenceSize} reference / ${f.currentSize} current rows)`).join(", ");
  const more = insufficient.length > 5 ? ` and ${insufficient.length - 5} more` : "";
  if (drift.tested === 0) {
    return drift.features.length === 0 ? "there were no features to test" : `no feature could be tested: all ${insufficient.length} have too few rows: ${shown}${more}`;
  }
  if (drift.detected || insufficient.length === 0) return void 0;
  const total = drift.tested + insufficient.length;
  const worst = (drift.count + insufficient.length) / total;
  if (worst < drift.threshold) return void 0;
  return `${insufficient.length} of ${total} features have too few rows to test (${shown}${more}); counted as drifted they would make ${formatPercent(worst, 1)} \u2265 ${formatPercent(drift.threshold, 1)} and turn "no drift" (${drift.count} of ${drift.tested} tested) into drift`;
}
function driftReason(drift) {
  const names = driftedFeatures(drift);
  const shown = names.slice(0, 10).join(", ") + (names.length > 10 ? `, \u2026 and ${names.length - 10} more` : "");
  return `data drift: ${drift.count} of ${drift.tested} features drifted (${formatPercent(drift.share, 1)} \u2265 ${formatPercent(drift.threshold, 1)}): ${shown}`;
}

// src/load/metrics.ts
import * as path from "node:path";

// src/load/metrics-tree.ts
var MAX_DEPTH2 = 100;
function errorAt(file, at, message) {
  return new InputError(`${formatPosition({ file, ...at })}: ${message}`);
}
function positionFinder(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}
function quote(text, max = 80) {
  const shown = text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
  return `'${shown}'`;
}
function describeValue(value2) {
  if (value2 === null) return "null";
  if (Array.isArray(value2)) return "a list";
  if (typeof value2 === "string") {
    const shown = JSON.stringify(value2.length > 60 ? `${value2.slice(0, 59)}\u2026` : value2);
    return `string ${shown}`;
  }
  if (typeof value2 === "number") return String(value2);
  return typeof value2;
}
function metricValue(value2, name, file, at) {
  if (typeof value2 === "boolean") return { value: value2 ? 1 : 0 };
  if (typeof value2 === "number" && Number.isFinite(value2)) return { value: value2 };
  if (typeof value2 === "number") {
    throw errorAt(file, at, `metric ${quote(name)}: expected a finite number, got ${describeValue(value2)}`);
  }
  return { metadata: value2 ?? null };
}
function plain(node) {
  if (node.kind === "leaf") return node.value;
  if (node.kind === "list") return node.items.map(plain);
  return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.node)]));
}
function flattenMetrics(entries, file) {
  const values = /* @__PURE__ */ new Map();
  const metadata = /* @__PURE__ */ new Map();
  const definedAt = /* @__PURE__ */ new Map();
  const walk2 = (list, prefix, depth) => {
    for (const entry of list) {
      if (entry.key === "") throw errorAt(file, entry.at, "empty metric name (a key must not be empty)");
      const name = prefix === "" ? entry.key : `${prefix}.${entry.key}`;
      const { node } = entry;
      if (node.kind === "mapping") {
        if (depth >= MAX_DEPTH2) throw errorAt(file, node.at, `nested more than ${MAX_DEPTH2} levels deep`);
        walk2(node.entries, name, depth + 1);
        continue;
      }
      const first = definedAt.get(name);
      if (first) {
        throw errorAt(
          file,
          entry.at,
          `metric ${quote(name)} is defined twice (first at ${formatPosition(first)}); names must be unique after nested keys are joined with "."`
        );
      }
      const read = metricValue(node.kind === "list" ? plain(node) : node.value, name, file, node.at);
      if ("value" in read) values.set(name, read.value);
      else metadata.set(name, read.metadata);
      definedAt.set(name, entry.at);
    }
  };
  walk2(entries, "", 1);
  return { values, metadata };
}
function topLevelEntries(root, file, format) {
  if (root.kind === "mapping") return root.entries;
  const found = root.kind === "list" ? "a list" : describeValue(root.value);
  const hint = root.kind === "list" ? "; for a history of runs use a .jsonl file, one object per line, the last line being current" : "";
  const example = format === "JSON" ? '{"accuracy": 0.93}' : "accuracy: 0.93";
  throw errorAt(
    file,
    root.at,
    `the top level is ${found}, expected a mapping of metric names to numbers such as ${example}${hint}`
  );
}

// src/load/metrics-csv.ts
var isBlank = (ch) => ch === " " || ch === "	";
var isLineEnd = (ch) => ch === "\n" || ch === "\r";
function parseCsvRows(text, file) {
  const rows = [];
  let pos = 0;
  let line = 1;
  let lineStart = 0;
  const at = (offset) => ({ line, column: offset - lineStart + 1 });
  const newLine = () => {
    pos += text[pos] === "\r" && text[pos + 1] === "\n" ? 2 : 1;
    line++;
    lineStart = pos;
  };
  while (pos < text.length) {
    const row2 = { line, cells: [] };
    let quotedCell = false;
    for (; ; ) {
      while (isBlank(text[pos])) pos++;
      if (text[pos] === '"') {
        quotedCell = true;
        const open = at(pos);
        let cell2 = "";
        pos++;
        for (; ; ) {
          const ch = text[pos];
          if (ch === void 0) {
            throw errorAt(file, open, "unterminated quoted cell: the quote opened here is never closed");
          }
          if (ch === '"' && text[pos + 1] === '"') {
            cell2 += '"';
            pos += 2;
          } else if (ch === '"') {
            pos++;
            break;
          } else if (isLineEnd(ch)) {
            cell2 += text.slice(pos, ch === "\r" && text[pos + 1] === "\n" ? pos + 2 : pos + 1);
            newLine();
          } else {
            cell2 += ch;
            pos++;
          }
        }
        while (isBlank(text[pos])) pos++;
        const next = text[pos];
        if (next !== void 0 && next !== "," && !isLineEnd(next)) {
          throw errorAt(
            file,
            at(pos),
            `unexpected ${JSON.stringify(next)} after a closing quote; inside a quoted cell write "" for a quote`
          );
        }
        row2.cells.push(cell2);
      } else {
        const start = pos;
        while (pos < text.length && text[pos] !== "," && !isLineEnd(text[pos])) {
          if (text[pos] === '"') {
            throw errorAt(
              file,
              at(pos),
              'a quote inside an unquoted cell; put the whole cell in quotes and write "" for each quote in it'
            );
          }
          pos++;
        }
        row2.cells.push(text.slice(start, pos).replace(/[ \t]+$/, ""));
      }
      if (text[pos] !== ",") break;
      pos++;
    }
    if (pos < text.length) newLine();
    const blank = !quotedCell && row2.cells.length === 1 && row2.cells[0] === "";
    if (!blank) rows.push(row2);
  }
  return rows;
}
var DECIMAL = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
function cellValue(cell2) {
  const text = cell2.trim();
  if (text === "") return { metadata: null };
  const lower = text.toLowerCase();
  if (lower === "true" || lower === "false") return { value: lower === "true" ? 1 : 0 };
  const value2 = DECIMAL.test(text) ? Number(text) : NaN;
  return Number.isFinite(value2) ? { value: value2 } : { metadata: text };
}
function isLongHeader(cells2) {
  const [first, second] = cells2.map((cell2) => cell2.trim().toLowerCase());
  return cells2.length === 2 && (first === "metric" || first === "name") && second === "value";
}
function checkWidth(row2, width, file, expected) {
  if (row2.cells.length !== width) {
    throw new InputError(
      `${file}: line ${row2.line}: found ${row2.cells.length} cells, expected ${width} (${expected})`
    );
  }
}
function longForm(rows, file) {
  const current = /* @__PURE__ */ new Map();
  const metadata = /* @__PURE__ */ new Map();
  const lineOf = /* @__PURE__ */ new Map();
  for (const row2 of rows.slice(1)) {
    checkWidth(row2, 2, file, "a metric name and a value, like the header");
    const [name = "", cell2 = ""] = row2.cells;
    if (name === "") throw new InputError(`${file}: line ${row2.line}: empty metric name in the first column`);
    const first = lineOf.get(name);
    if (first !== void 0) {
      throw new InputError(
        `${file}: line ${row2.line}: metric ${quote(name)} is listed twice (also line ${first})`
      );
    }
    const read = cellValue(cell2);
    if ("value" in read) current.set(name, read.value);
    else metadata.set(name, read.metadata);
    lineOf.set(name, row2.line);
  }
  if (lineOf.size === 0) {
    throw new InputError(`${file}: no metrics: the metric,value header has no rows under it`);
  }
  return { current, metadata, history: [] };
}
function wideForm(rows, file) {
  const [header, ...data] = rows;
  const names = header.cells;
  const columnOf = /* @__PURE__ */ new Map();
  names.forEach((name, index) => {
    const where2 = `${file}: line ${header.line}, column ${index + 1} of the header`;
    if (name === "") throw new InputError(`${where2}: empty metric name`);
    const first = columnOf.get(name);
    if (first !== void 0) {
      throw new InputError(`${where2}: metric ${quote(name)} appears twice (also column ${first + 1})`);
    }
    columnOf.set(name, index);
  });
  if (data.length === 0) {
    throw new InputError(
      `${file}: line ${header.line}: only a header, expected a row of values under it (or use the long form: a metric,value header and one metric per row)`
    );
  }
  const last = data.length - 1;
  const metadata = /* @__PURE__ */ new Map();
  const maps = data.map((row2, rowIndex) => {
    checkWidth(row2, names.length, file, `one per metric, like the header on line ${header.line}`);
    const values = /* @__PURE__ */ new Map();
    row2.cells.forEach((cell2, index) => {
      const name = names[index] ?? "";
      const read = cellValue(cell2);
      if ("value" in read) values.set(name, read.value);
      else if (rowIndex === last) metadata.set(name, read.metadata);
    });
    return values;
  });
  const current = maps.pop() ?? /* @__PURE__ */ new Map();
  return { current, metadata, history: maps };
}
function parseCsvMetrics(text, file) {
  const rows = parseCsvRows(text, file);
  const header = rows[0];
  if (!header) return { current: /* @__PURE__ */ new Map(), metadata: /* @__PURE__ */ new Map(), history: [] };
  return isLongHeader(header.cells) ? longForm(rows, file) : wideForm(rows, file);
}

// src/load/metrics-json.ts
var NUMBER2 = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var HEX4 = /[0-9a-fA-F]{4}/y;
var WORD = /[A-Za-z0-9_$.+-]+/y;
var ESCAPES = '"\\/bfnrt';
function describeAt(text, offset) {
  const code = text.codePointAt(offset);
  return code === void 0 ? "end of input" : JSON.stringify(String.fromCodePoint(code));
}
var JsonReader = class {
  constructor(text, file, locate2, secondValueHint) {
    this.text = text;
    this.file = file;
    this.locate = locate2;
    this.secondValueHint = secondValueHint;
  }
  text;
  file;
  locate;
  secondValueHint;
  pos = 0;
  /** The whole text as one JSON value. */
  document() {
    this.skipSpace();
    const node = this.value(1);
    this.skipSpace();
    if (this.pos < this.text.length) {
      const hint = this.text[this.pos] === "{" ? this.secondValueHint : "";
      this.fail(`unexpected ${describeAt(this.text, this.pos)} after the end of the JSON value${hint}`);
    }
    return node;
  }
  fail(message, offset = this.pos) {
    throw errorAt(this.file, this.locate(offset), `invalid JSON: ${message}`);
  }
  skipSpace() {
    for (; ; ) {
      const ch = this.text[this.pos];
      if (ch !== " " && ch !== "	" && ch !== "\n" && ch !== "\r") return;
      this.pos++;
    }
  }
  value(depth) {
    if (depth > MAX_DEPTH2) this.fail(`nested more than ${MAX_DEPTH2} levels deep`);
    const start = this.pos;
    const at = this.locate(start);
    const ch = this.text[start];
    if (ch === "{") return { kind: "mapping", entries: this.object(depth), at };
    if (ch === "[") return { kind: "list", items: this.array(depth), at };
    if (ch === '"') return { kind: "leaf", value: this.string(), at };
    if (ch === "-" || ch !== void 0 && ch >= "0" && ch <= "9") {
      NUMBER2.lastIndex = start;
      const match = NUMBER2.exec(this.text);
      if (!match) this.fail(`invalid number, expected a digit after "-"`);
      this.pos += match[0].length;
      return { kind: "leaf", value: Number(match[0]), at };
    }
    for (const [word, value2] of [
      ["true", true],
      ["false", false],
      ["null", null]
    ]) {
      if (this.text.startsWith(word, start)) {
        this.pos += word.length;
        return { kind: "leaf", value: value2, at };
      }
    }
    WORD.lastIndex = start;
    const token = WORD.exec(this.text)?.[0];
    const found = token === void 0 ? describeAt(this.text, start) : JSON.stringify(token);
    const hint = token === void 0 ? "" : " (strings need double quotes)";
    this.fail(
      `unexpected ${found}, expected a value: object, array, string, number, true, false or null${hint}`
    );
  }
  object(depth) {
    const entries = [];
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return entries;
    }
    for (; ; ) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') {
        const after = this.text[this.pos] === "}" ? " (no comma after the last property)" : "";
        this.fail(
          `expected a property name in double quotes, found ${describeAt(this.text, this.pos)}${after}`
        );
      }
      const at = this.locate(this.pos);
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ":") {
        this.fail(`expected ':' after property name, found ${describeAt(this.text, this.pos)}`);
      }
      this.pos++;
      this.skipSpace();
      entries.push({ key, at, node: this.value(depth + 1) });
      this.skipSpace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === "}") return entries;
      if (next !== ",") {
        this.fail(
          `expected ',' or '}' after a property value, found ${describeAt(this.text, this.pos - 1)}`,
          this.pos - 1
        );
      }
    }
  }
  array(depth) {
    const items = [];
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return items;
    }
    for (; ; ) {
      this.skipSpace();
      items.push(this.value(depth + 1));
      this.skipSpace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === "]") return items;
      if (next !== ",") {
        this.fail(
          `expected ',' or ']' after an array element, found ${describeAt(this.text, this.pos - 1)}`,
          this.pos - 1
        );
      }
    }
  }
  /** A string literal; validated here, then decoded by JSON.parse (which cannot fail on it any more). */
  string() {
    const start = this.pos;
    this.pos++;
    for (; ; ) {
      const ch = this.text[this.pos];
      if (ch === void 0) this.fail('unterminated string (missing closing ")', start);
      if (ch === '"') break;
      if (ch === "\\") {
        const escape = this.text[this.pos + 1];
        if (escape === "u") {
          HEX4.lastIndex = this.pos + 2;
          if (!HEX4.test(this.text)) this.fail("invalid \\u escape, expected 4 hex digits");
          this.pos += 6;
        } else if (escape !== void 0 && ESCAPES.includes(escape)) {
          this.pos += 2;
        } else {
          this.fail(`invalid escape "\\${escape ?? ""}" in string`);
        }
      } else if (ch < " ") {
        this.fail("control character in string (a line break inside a string must be written \\n)");
      } else {
        this.pos++;
      }
    }
    this.pos++;
    return JSON.parse(this.text.slice(start, this.pos));
  }
};
function readJsonTree(text, file, locate2 = positionFinder(text), secondValueHint = "") {
  return new JsonReader(text, file, locate2, secondValueHint).document();
}
function parseJsonMetrics(text, file) {
  if (/^[ \t\n\r]*$/.test(text)) return { current: /* @__PURE__ */ new Map(), metadata: /* @__PURE__ */ new Map(), history: [] };
  const root = readJsonTree(text, file, void 0, " (for one object per line use a .jsonl file)");
  const flat = flattenMetrics(topLevelEntries(root, file, "JSON"), file);
  return { current: flat.values, metadata: flat.metadata, history: [] };
}
function parseJsonLinesMetrics(text, file) {
  const rows = [];
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (/^[ \t\r]*$/.test(line)) return;
    const lineNumber = index + 1;
    const root = readJsonTree(line, file, (offset) => ({ line: lineNumber, column: offset + 1 }));
    if (root.kind !== "mapping") {
      const found = root.kind === "list" ? "an array" : `a ${root.value === null ? "null" : typeof root.value}`;
      throw errorAt(file, root.at, `expected a JSON object of metrics on each line, found ${found}`);
    }
    rows.push(flattenMetrics(root.entries, file));
  });
  const current = rows.pop();
  return {
    current: current?.values ?? /* @__PURE__ */ new Map(),
    metadata: current?.metadata ?? /* @__PURE__ */ new Map(),
    history: rows.map((row2) => row2.values)
  };
}

// src/load/metrics-yaml.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/load/yaml.ts
var import_yaml2 = __toESM(require_dist(), 1);
function parseYamlDocument(text, lineCounter) {
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  let problem = null;
  const consider = (candidate) => {
    if (problem === null || candidate.offset < problem.offset) problem = candidate;
  };
  const [error] = doc.errors;
  if (error) consider({ offset: error.pos[0], code: error.code, message: error.message });
  (0, import_yaml2.visit)(doc, {
    Map: (_key, map) => {
      if (!(0, import_yaml2.isMap)(map)) return;
      const seen = /* @__PURE__ */ new Map();
      for (const pair of map.items) {
        const key = (0, import_yaml2.isScalar)(pair.key) ? pair.key.value : pair.key;
        if (!seen.has(key)) {
          seen.set(key, true);
          continue;
        }
        const range2 = pair.key?.range;
        consider({ offset: range2?.[0] ?? 0, code: "DUPLICATE_KEY", message: "Map keys must be unique" });
        break;
      }
    }
  });
  return { doc, problem };
}

// src/load/metrics-yaml.ts
var REWORDED = {
  MULTIPLE_DOCS: "the file holds several YAML documents (---); a metrics file holds one mapping of metrics"
};
function aliasTargets(doc) {
  const latest = /* @__PURE__ */ new Map();
  const targets = /* @__PURE__ */ new Map();
  (0, import_yaml3.visit)(doc, {
    Node: (_key, node) => {
      if ((0, import_yaml3.isAlias)(node)) targets.set(node, latest.get(node.source));
      else if (node.anchor) latest.set(node.anchor, node);
    }
  });
  return targets;
}
var YamlTreeBuilder = class {
  constructor(doc, file, lines) {
    this.file = file;
    this.lines = lines;
    this.targets = aliasTargets(doc);
  }
  file;
  lines;
  targets;
  position(node, fallback) {
    const range2 = node?.range;
    if (!range2) return fallback;
    const { line, col } = this.lines.linePos(range2[0]);
    return { line, column: col };
  }
  node(node, fallback, depth) {
    const at = this.position(node, fallback);
    if (depth > MAX_DEPTH2) throw errorAt(this.file, at, `nested more than ${MAX_DEPTH2} levels deep`);
    if ((0, import_yaml3.isAlias)(node)) {
      const target = this.targets.get(node);
      if (target === void 0)
        throw errorAt(this.file, at, `alias *${node.source} has no anchor &${node.source} before it`);
      if ((0, import_yaml3.isScalar)(target)) return { kind: "leaf", value: target.value, at };
      throw errorAt(
        this.file,
        at,
        `alias *${node.source} must refer to a plain value, not a mapping or list`
      );
    }
    if ((0, import_yaml3.isMap)(node)) {
      const entries = node.items.map((pair) => {
        const keyAt = this.position(pair.key, at);
        return {
          key: this.keyName(pair.key, keyAt),
          at: keyAt,
          node: this.node(pair.value, keyAt, depth + 1)
        };
      });
      return { kind: "mapping", entries, at };
    }
    if ((0, import_yaml3.isSeq)(node)) {
      return { kind: "list", items: node.items.map((item) => this.node(item, at, depth + 1)), at };
    }
    if ((0, import_yaml3.isScalar)(node)) return { kind: "leaf", value: node.value, at };
    return { kind: "leaf", value: null, at };
  }
  /** Keys are names as written: `1.0: …` is the metric "1.0", not 1; quoted keys are their decoded text. */
  keyName(key, at) {
    if ((0, import_yaml3.isScalar)(key)) {
      if (typeof key.value === "string") return key.value;
      return key.source ?? String(key.value ?? "");
    }
    if (key === null || key === void 0) return "";
    throw errorAt(this.file, at, "a metric name must be a plain key, not a list, mapping or alias");
  }
};
function parseYamlMetrics(text, file) {
  const lines = new import_yaml3.LineCounter();
  let doc;
  let problem;
  try {
    ({ doc, problem } = parseYamlDocument(text, lines));
  } catch (error) {
    throw errorAt(file, { line: 1, column: 1 }, `cannot read YAML: ${messageOf(error)}`);
  }
  if (problem) {
    const { line, col } = lines.linePos(problem.offset);
    const message = REWORDED[problem.code] ?? problem.message;
    throw errorAt(file, { line, column: col }, `invalid YAML: ${message}`);
  }
  if (doc.contents === null) return { current: /* @__PURE__ */ new Map(), metadata: /* @__PURE__ */ new Map(), history: [] };
  const builder = new YamlTreeBuilder(doc, file, lines);
  const root = builder.node(doc.contents, { line: 1, column: 1 }, 1);
  const flat = flattenMetrics(topLevelEntries(root, file, "YAML"), file);
  return { current: flat.values, metadata: flat.metadata, history: [] };
}

// src/load/metrics.ts
var JSON_LINES = {
  parse: parseJsonLinesMetrics,
  example: 'one JSON object per line such as {"accuracy": 0.93}, the last line being current'
};
var YAML = { parse: parseYamlMetrics, example: 'a mapping such as "accuracy: 0.93"' };
var FORMATS = {
  ".json": { parse: parseJsonMetrics, example: 'an object such as {"accuracy": 0.93}' },
  ".yaml": YAML,
  ".yml": YAML,
  ".jsonl": JSON_LINES,
  ".ndjson": JSON_LINES,
  ".csv": {
    parse: parseCsvMetrics,
    example: "a header of metric names and a row of values, or a metric,value header and one metric per row"
  }
};
function parseMetricsText(text, file) {
  const extension = path.extname(file).toLowerCase();
  const format = FORMATS[extension];
  if (!format) {
    const found = extension === "" ? "no extension" : `extension '${extension}'`;
    throw new InputError(
      `${file}: unsupported metrics file (${found}); supported: ${Object.keys(FORMATS).join(", ")}`
    );
  }
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const { current, metadata, history } = format.parse(body, file);
  if (current.size === 0 && metadata.size === 0) {
    throw new InputError(`${file}: no metrics found, expected ${format.example}`);
  }
  return { file, current, metadata, history };
}
async function loadMetrics(patterns, what, cwd) {
  const loaded = {
    values: /* @__PURE__ */ new Map(),
    metadata: /* @__PURE__ */ new Map(),
    sources: /* @__PURE__ */ new Map(),
    history: [],
    files: []
  };
  for (const absolute of await resolveFiles(patterns, what, cwd)) {
    const shown = displayPath(absolute, cwd);
    const parsed = parseMetricsText(await readText(absolute, shown), shown);
    const entries = [...parsed.current, ...parsed.metadata];
    for (const [name, value2] of entries) {
      const numeric = typeof value2 === "number" && parsed.current.has(name);
      const earlier = loaded.values.has(name) ? loaded.values.get(name) : loaded.metadata.get(name);
      const defined = loaded.sources.has(name);
      if (!defined) {
        if (numeric) loaded.values.set(name, value2);
        else loaded.metadata.set(name, value2);
        loaded.sources.set(name, shown);
      } else if (JSON.stringify(earlier) !== JSON.stringify(value2) || loaded.values.has(name) !== numeric) {
        throw new InputError(
          `${what}: metric ${quote(name)} has two different values: ${show(earlier)} in ${loaded.sources.get(name)} and ${show(value2)} in ${shown}; a metric may appear in several files only with the same value`
        );
      }
    }
    for (const row2 of parsed.history) loaded.history.push(row2);
    loaded.files.push(shown);
  }
  return loaded;
}
function show(value2) {
  return typeof value2 === "number" ? String(value2) : JSON.stringify(value2);
}

// src/evidence.ts
async function gatherEvidence(config, output = {}) {
  const cwd = config.workingDirectory;
  const current = config.metrics.length > 0 ? await loadMetrics(config.metrics, "metrics", cwd) : null;
  const baseline = config.baseline.length > 0 ? await loadMetrics(config.baseline, "baseline", cwd) : null;
  let drift = null;
  let quality = null;
  if (config.drift) {
    const settings = config.drift;
    const work = () => compareData(settings, cwd, output.log);
    const title = `Drift: ${settings.reference.join(", ")} vs ${settings.current.join(", ")}`;
    ({ drift, quality } = output.section ? await output.section(title, work) : await work());
  }
  return {
    current: current ? side(current) : { values: /* @__PURE__ */ new Map(), metadata: /* @__PURE__ */ new Map(), sources: /* @__PURE__ */ new Map(), files: [] },
    baseline: baseline ? side(baseline) : null,
    drift,
    quality
  };
}
async function compareData(settings, cwd, log) {
  const [{ openDriftSource }, { evaluateDriftFrom }, { assessFeature, summarizeQuality }] = await Promise.all(
    [import("./table-QBX5NBRW.js"), import("./engine-XVZYXSIH.js"), import("./assess-ZZXWKE63.js")]
  );
  const exclude = settings.exclude ?? [];
  const options = {
    ...settings.table ? { format: settings.table } : {},
    wanted: (name) => (settings.features === void 0 || settings.features.includes(name)) && !exclude.some((pattern) => matchesName(name, pattern)),
    ...log ? { log } : {}
  };
  const reference = await openDriftSource(settings.reference, "reference-data", cwd, options);
  const current = await openDriftSource(settings.current, "current-data", cwd, options);
  const assessed = [];
  const drift = await evaluateDriftFrom(
    reference,
    current,
    settings,
    (name, kind, ref, cur) => assessed.push(assessFeature(name, kind, ref, cur))
  );
  const quality = reference.type === "columns" && current.type === "columns" ? summarizeQuality(
    { reference: reference.columns.rowCount, current: current.columns.rowCount },
    assessed
  ) : null;
  return { drift, quality };
}
function side(loaded) {
  return {
    values: loaded.values,
    metadata: loaded.metadata,
    sources: loaded.sources,
    files: loaded.files,
    history: loaded.history
  };
}

// src/gates/threshold.ts
var ZERO_BASELINE_MARGIN = 1e-10;
function describeThresholdGate(gate) {
  const op = gate.greaterIsBetter ? "\u2265" : "\u2264";
  const sign = gate.greaterIsBetter ? "+" : "\u2212";
  const parts = [];
  if (gate.threshold !== void 0) parts.push(`${op} ${formatNumber(gate.threshold)}`);
  if (gate.minAbsoluteChange !== void 0) {
    parts.push(`${op} champion ${sign} ${formatNumber(gate.minAbsoluteChange)}`);
  }
  if (gate.minRelativeChange !== void 0) {
    parts.push(`${op} champion ${sign} ${formatPercent(gate.minRelativeChange, 2)}`);
  }
  return `${gate.metric} ${parts.join(", ")}`;
}
function gateMetric(name, evidence) {
  const challenger = evidence.challenger.values.get(name) ?? null;
  const champion = evidence.champion?.values.get(name) ?? null;
  const both = challenger !== null && champion !== null;
  return {
    name,
    challenger,
    champion,
    change: both ? challenger - champion : null,
    relativeChange: both && champion !== 0 ? (challenger - champion) / Math.abs(champion) : null
  };
}
function result(gate, metric, outcome, reason, checks) {
  return {
    id: gate.id,
    kind: "threshold",
    gate: describeThresholdGate(gate),
    outcome,
    reason,
    metrics: [metric],
    checks
  };
}
function evaluateThresholdGate(gate, evidence) {
  const metric = gateMetric(gate.metric, evidence);
  const name = gate.metric;
  const c = metric.challenger;
  if (c === null) return result(gate, metric, "error", `the challenger has no metric '${name}'`, []);
  if (Number.isNaN(c)) return result(gate, metric, "error", `the challenger's '${name}' is not a number`, []);
  const better = (value2, bound) => gate.greaterIsBetter ? value2 >= bound : value2 <= bound;
  const shift = (base, by) => gate.greaterIsBetter ? base + by : base - by;
  const op = gate.greaterIsBetter ? "\u2265" : "\u2264";
  const checks = [];
  const failures = [];
  if (gate.threshold !== void 0) {
    const passed = better(c, gate.threshold);
    checks.push({ check: "threshold", bound: gate.threshold, passed });
    if (!passed) failures.push(`${name} = ${formatNumber(c)}, needs ${op} ${formatNumber(gate.threshold)}`);
  }
  const comparesChampion = gate.minAbsoluteChange !== void 0 || gate.minRelativeChange !== void 0;
  const b = metric.champion;
  if (comparesChampion && b === null) {
    const why = evidence.champion === null ? `'${name}' is compared with the champion, but no champion (baseline) metrics were given` : `the champion has no metric '${name}'`;
    return result(gate, metric, "error", why, checks);
  }
  if (comparesChampion && b !== null && Number.isNaN(b)) {
    return result(gate, metric, "error", `the champion's '${name}' is not a number`, checks);
  }
  if (gate.minAbsoluteChange !== void 0 && b !== null) {
    const bound = shift(b, gate.minAbsoluteChange);
    const passed = better(c, bound);
    checks.push({ check: "min-absolute-change", bound, passed });
    if (!passed) {
      failures.push(
        `${name} = ${formatNumber(c)}, needs ${op} ${formatNumber(bound)} (champion ${formatNumber(b)} ${gate.greaterIsBetter ? "+" : "\u2212"} ${formatNumber(gate.minAbsoluteChange)})`
      );
    }
  }
  if (gate.minRelativeChange !== void 0 && b !== null) {
    let check;
    if (b === 0) {
      const bound = shift(b, ZERO_BASELINE_MARGIN);
      check = { check: "min-relative-change", bound, passed: better(c, bound), improvement: null };
    } else {
      const improvement = (gate.greaterIsBetter ? c - b : b - c) / Math.abs(b);
      const bound = shift(b, gate.minRelativeChange * Math.abs(b));
      check = {
        check: "min-relative-change",
        bound,
        passed: improvement >= gate.minRelativeChange,
        improvement
      };
    }
    checks.push(check);
    if (!check.passed) {
      const needed = b === 0 ? "to be better than a champion of 0" : `an improvement of ${formatPercent(gate.minRelativeChange, 2)} over champion ${formatNumber(b)}`;
      const seen = check.improvement == null ? "" : ` (improvement ${formatPercent(check.improvement, 2)})`;
      failures.push(`${name} = ${formatNumber(c)}${seen}, needs ${needed}`);
    }
  }
  if (failures.length > 0) return result(gate, metric, "failed", failures.join("; "), checks);
  const bounds = checks.map((k) => `${op} ${formatNumber(k.bound)}`).join(", ");
  return result(gate, metric, "passed", `${name} = ${formatNumber(c)} ${bounds}`, checks);
}

// src/gates/expression.ts
var SIDE = {
  metrics: "challenger",
  challenger: "challenger",
  baseline: "champion",
  champion: "champion"
};
function compileExpressionGate(spec) {
  const rule = parseRule(spec.rule, GATE_FACTS);
  const not = { kind: "not", operand: rule.ast, start: rule.ast.start, end: rule.ast.end };
  return { spec, rule, negated: { ...rule, ast: not } };
}
function gateSources(evidence) {
  return {
    metrics: evidence.challenger,
    baseline: evidence.champion,
    drift: evidence.drift,
    quality: evidence.quality ?? null
  };
}
function metricsRead(refs, evidence) {
  const rows = [];
  const seen = /* @__PURE__ */ new Set();
  for (const ref of refs) {
    const side2 = SIDE[ref.namespace];
    const key = side2 ? ref.name : `${ref.namespace}.${ref.name}`;
    if (seen.has(key)) continue;
    if (side2) {
      seen.add(key);
      rows.push(gateMetric(ref.name, evidence));
    } else if (ref.namespace === "drift") {
      seen.add(key);
      const drift = evidence.drift;
      const known = drift !== null && drift.undecided === void 0;
      const value2 = !known ? null : ref.name === "detected" ? Number(drift.detected) : ref.name === "count" ? drift.count : drift.share;
      rows.push({ name: key, challenger: value2, champion: null, change: null, relativeChange: null });
    }
  }
  return rows;
}
function evaluateExpressionGate(gate, evidence) {
  const { rule } = gate;
  const base = {
    id: rule.spec.id,
    kind: "expression",
    gate: rule.spec.expression,
    metrics: metricsRead(references(rule.ast, rule.facts), evidence)
  };
  const sources = gateSources(evidence);
  const problem = firstProblem(rule, sources);
  if (problem !== void 0) return { ...base, outcome: "error", reason: problem.message };
  const held = evaluateRule(rule, sources);
  if (held.outcome === "error")
    return { ...base, outcome: "error", reason: held.error ?? "could not be evaluated" };
  if (held.outcome === "triggered")
    return { ...base, outcome: "passed", reason: held.reason ?? "the condition holds" };
  const failed = evaluateRule(gate.negated, sources);
  return { ...base, outcome: "failed", reason: failed.reason ?? "the condition does not hold" };
}

// src/gates/evaluate.ts
function compileGates(specs) {
  return specs.map((spec) => spec.kind === "threshold" ? spec : compileExpressionGate(spec));
}
function evaluateGates(gates, evidence) {
  const results = gates.map(
    (gate) => "kind" in gate ? evaluateThresholdGate(gate, evidence) : evaluateExpressionGate(gate, evidence)
  );
  const rejectedBy = results.filter((r) => r.outcome !== "passed").map((r) => r.id);
  return { promote: results.length > 0 && rejectedBy.length === 0, gates: results, rejectedBy };
}

// src/gates/markdown.ts
var OUTCOME_LABEL = {
  passed: "\u2705 passed",
  failed: "\u274C failed",
  error: "\u26A0\uFE0F could not evaluate (rejects)"
};
var value = (x) => x === null ? "\u2014" : formatNumber(x);
function signed(x) {
  const text = formatNumber(x);
  return x > 0 ? `+${text}` : text.replace(/^-/, "\u2212");
}
function change(metric) {
  if (metric.change === null) return "\u2014";
  const percent2 = metric.relativeChange === null ? null : Number((metric.relativeChange * 100).toFixed(2));
  const relative = percent2 === null ? "" : ` (${signed(percent2)}%)`;
  return `${signed(metric.change)}${relative}`;
}
function cells(metrics, cell2) {
  return metrics.length === 0 ? "\u2014" : metrics.map(cell2).join("<br>");
}
function row(result2) {
  return [
    `${escapeMarkdown(result2.id)}: ${codeSpan(result2.gate)}`,
    cells(result2.metrics, (m) => escapeMarkdown(m.name)),
    cells(result2.metrics, (m) => value(m.challenger)),
    cells(result2.metrics, (m) => value(m.champion)),
    cells(result2.metrics, change),
    OUTCOME_LABEL[result2.outcome]
  ];
}
function renderGateHeadline(verdict) {
  const n = verdict.gates.length;
  if (verdict.promote)
    return `### \u2705 Promote the candidate: ${n === 1 ? "the gate" : `all ${n} gates`} passed`;
  if (n === 0) return "### \u274C Candidate rejected: no gates were given";
  const k = verdict.rejectedBy.length;
  return `### \u274C Candidate rejected: ${k} of ${n} gate${n === 1 ? "" : "s"} did not pass`;
}
function renderGateTable(verdict) {
  if (verdict.gates.length === 0) return "";
  const header = ["Gate", "Metric", "Challenger", "Champion", "Change", "Outcome"];
  const lines = [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...verdict.gates.map((r) => `| ${row(r).join(" | ")} |`)
  ];
  return `${lines.join("\n")}
`;
}
function renderGateReasons(verdict) {
  const rejected = verdict.gates.filter((g) => g.outcome !== "passed");
  return rejected.map((g) => `- ${escapeMarkdown(g.id)}: ${escapeMarkdown(g.reason)}
`).join("");
}
function renderGateMarkdown(verdict) {
  const reasons = renderGateReasons(verdict);
  const parts = [renderGateHeadline(verdict), renderGateTable(verdict), reasons];
  return `${parts.map((p) => p.trimEnd()).filter((p) => p !== "").join("\n\n")}
`;
}

// src/github/gate-effects.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// src/github/gate-comment.ts
import { randomUUID } from "node:crypto";

// src/github/body.ts
import { createHash } from "node:crypto";
var MAX_BODY_CHARS = 65e3;
var MAX_TITLE_CHARS = 256;
function monitorMarker(monitorKey) {
  return `<!-- retrain-trigger:monitor=${encodeURIComponent(monitorKey)} -->`;
}
function hasMonitorMarker(body, monitorKey) {
  return readMarkers(body).get("monitor") === encodeURIComponent(monitorKey);
}
var MARKER_LINE = /^<!-- retrain-trigger:(\w+)=([^\s<>]*) -->$/;
function readMarkers(body) {
  const markers = /* @__PURE__ */ new Map();
  const lines = (body ?? "").split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (line === "" && markers.size === 0) continue;
    const match = MARKER_LINE.exec(line);
    if (!match) break;
    if (!markers.has(match[1])) markers.set(match[1], match[2]);
  }
  return markers;
}
function nonceMarker(nonce) {
  return `<!-- retrain-trigger:nonce=${encodeURIComponent(nonce)} -->`;
}
function verdictFingerprint(verdict) {
  const parts = {
    triggered: verdict.triggered,
    rules: [...verdict.failedRules].sort(),
    drifted: driftedFeatures(verdict.evidence.drift).sort()
  };
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 16);
}
function fingerprintMarker(fingerprint) {
  return `<!-- retrain-trigger:fingerprint=${fingerprint} -->`;
}
function readFingerprint(body) {
  return readMarkers(body).get("fingerprint");
}
function alertTitle(template, monitorTitle) {
  const raw = template.split("{monitor}").join(monitorTitle);
  const spaced = raw.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").replace(/\s+/g, " ").trim();
  const clean = breakReferences(spaced);
  return truncate(clean === "" ? "Model alert" : clean, MAX_TITLE_CHARS);
}
function safeLink(label, url) {
  if (!url || !/^https?:\/\/[^\s()<>"'`]+$/.test(url)) return void 0;
  return `[${label}](${url})`;
}
var TRUNCATION_NOTE = "\n\n> [!NOTE]\n> The verdict above was cut to fit GitHub's 65,536-character limit; the full report is in the job summary and the report file of the run.";
function alertBody(parts) {
  const { verdict, monitorKey } = parts;
  const run3 = safeLink("monitor run", parts.runUrl);
  const reasons = verdict.reasons.map((r) => `- ${escapeMarkdown(r)}`);
  const head = [
    `## Retraining is due for ${escapeMarkdown(monitorKey)}`,
    "",
    verdict.reasons.length > 0 ? "**Why:**" : "",
    ...reasons,
    ""
  ].join("\n");
  const tail = [
    "",
    "---",
    `Last checked ${parts.now.toISOString()}${run3 ? ` by ${run3}` : ""}.`,
    ...parts.dispatchLine ? [`Retraining: ${parts.dispatchLine}`] : [],
    "",
    monitorMarker(monitorKey),
    fingerprintMarker(verdictFingerprint(verdict))
  ].join("\n");
  const room = MAX_BODY_CHARS - head.length - tail.length - 2;
  return `${head}
${fitMarkdown(parts.verdictMarkdown, room)}
${tail}`;
}
function fitMarkdown(markdown, max) {
  if (markdown.length <= max) return markdown;
  const room = Math.max(0, max - TRUNCATION_NOTE.length - 8);
  let cut = truncate(markdown, room, "");
  const lastBreak = cut.lastIndexOf("\n");
  if (lastBreak > room / 2) cut = cut.slice(0, lastBreak);
  const fences = cut.match(/^\s*(```|~~~)/gm)?.length ?? 0;
  if (fences % 2 === 1) cut += "\n```";
  return cut + TRUNCATION_NOTE;
}
function changedComment(verdict, runUrl, nonce) {
  const run3 = safeLink("this run", runUrl);
  const rules = verdict.failedRules.map(escapeMarkdown).join(", ") || "none";
  const drifted = driftedFeatures(verdict.evidence.drift).map(escapeMarkdown).join(", ") || "none";
  const lines = [
    `The verdict changed${run3 ? ` (${run3})` : ""}: failed rules: ${rules}; drifted features: ${drifted}.`,
    ...verdict.reasons.slice(0, 20).map((r) => `- ${escapeMarkdown(r)}`)
  ];
  const marker = `

${nonceMarker(nonce)}`;
  return truncate(lines.join("\n"), MAX_BODY_CHARS - marker.length) + marker;
}
function recoveryComment(runUrl, nonce) {
  const run3 = safeLink("this run", runUrl);
  return `The model is back within its rules and no retraining is due${run3 ? ` (${run3})` : ""}; closing this alert. A relapse opens a new issue.

${nonceMarker(nonce)}`;
}
function duplicateComment(keptNumber, nonce) {
  return `Duplicate of #${keptNumber}

Two monitor runs opened an alert at the same time; the oldest one is kept.

${nonceMarker(nonce)}`;
}
var NOTE_START = "<!-- retrain-trigger:undecided -->";
var NOTE_END = "<!-- /retrain-trigger:undecided -->";
function undecidedNote(causes, runUrl, now) {
  const run3 = safeLink("monitor run", runUrl);
  const lines = [
    "> [!WARNING]",
    `> \u26AA **Could not decide** on ${now.toISOString()}${run3 ? ` (${run3})` : ""}. This alert stays open; nothing was dispatched or closed.`,
    ...causes.slice(0, 20).map((c) => `> - ${escapeMarkdown(c)}`)
  ];
  return truncate(lines.join("\n"), 8e3);
}
function withUndecidedNote(body, note) {
  const block = `${NOTE_START}
${note}
${NOTE_END}`;
  const start = body.indexOf(NOTE_START);
  const end = body.indexOf(NOTE_END);
  if (start >= 0 && end > start) return body.slice(0, start) + block + body.slice(end + NOTE_END.length);
  const headingEnd = body.startsWith("## ") ? body.indexOf("\n") : -1;
  const cut = headingEnd >= 0 ? headingEnd + 1 : 0;
  const joined = `${body.slice(0, cut)}
${block}

${body.slice(cut)}`;
  if (joined.length <= MAX_BODY_CHARS) return joined;
  const short = `${NOTE_START}
> \u26AA **Could not decide** on a later run; see its job summary.
${NOTE_END}`;
  return `${body.slice(0, cut)}
${short}

${body.slice(cut)}`;
}

// src/github/gate-comment.ts
function gateMarker(monitorKey, candidate) {
  return `<!-- retrain-trigger:gate=${encodeURIComponent(monitorKey)}:${encodeURIComponent(candidate)} -->`;
}
var DEPLOY_STATE = /^<!-- retrain-trigger:deploy=(claimed|dispatched|failed|skipped|none) -->$/m;
function readDeployState(body) {
  return DEPLOY_STATE.exec(body)?.[1];
}
function gateComment(verdict, marker, runUrl, deploy) {
  const run3 = safeLink("retraining run", runUrl);
  const lead = verdict.promote ? `The candidate of this ${run3 ?? "retraining run"} passed its gates.` : `The candidate of this ${run3 ?? "retraining run"} was **not** promoted.`;
  return [
    marker,
    renderGateMarkdown(verdict).trimEnd(),
    lead,
    deploy.line,
    `<!-- retrain-trigger:deploy=${deploy.state} -->
${nonceMarker(randomUUID())}`
  ].filter((part) => part !== "").join("\n\n");
}
function deployLine(result2, promote) {
  const workflow = escapeMarkdown(promote.workflow ?? "");
  if (result2.dispatched) {
    const run3 = safeLink(result2.runId !== void 0 ? `run ${result2.runId}` : "its run", result2.runUrl);
    return { state: "dispatched", line: `\u{1F680} Deployment dispatched: ${workflow}${run3 ? `, ${run3}` : ""}.` };
  }
  const last = result2.records[result2.records.length - 1];
  const detail = escapeMarkdown(last?.detail ?? "not dispatched");
  if (result2.failures.length > 0) {
    const lost = /may or may not have started/.test(last?.detail ?? "");
    return {
      state: lost ? "claimed" : "failed",
      line: `\u26A0\uFE0F Deployment of ${workflow} ${lost ? "uncertain" : "failed"}: ${detail}`
    };
  }
  return { state: "skipped", line: `Deployment of ${workflow} not dispatched: ${detail}` };
}

// node_modules/@actions/github/lib/context.js
import { readFileSync, existsSync } from "fs";
import { EOL } from "os";
var Context = class {
  /**
   * Hydrate the context from the environment
   */
  constructor() {
    var _a, _b, _c;
    this.payload = {};
    if (process.env.GITHUB_EVENT_PATH) {
      if (existsSync(process.env.GITHUB_EVENT_PATH)) {
        this.payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, { encoding: "utf8" }));
      } else {
        const path11 = process.env.GITHUB_EVENT_PATH;
        process.stdout.write(`GITHUB_EVENT_PATH ${path11} does not exist${EOL}`);
      }
    }
    this.eventName = process.env.GITHUB_EVENT_NAME;
    this.sha = process.env.GITHUB_SHA;
    this.ref = process.env.GITHUB_REF;
    this.workflow = process.env.GITHUB_WORKFLOW;
    this.action = process.env.GITHUB_ACTION;
    this.actor = process.env.GITHUB_ACTOR;
    this.job = process.env.GITHUB_JOB;
    this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
    this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
    this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
    this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
    this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
    this.graphqlUrl = (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
  }
  get issue() {
    const payload = this.payload;
    return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
  }
  get repo() {
    if (process.env.GITHUB_REPOSITORY) {
      const [owner, repo] = process.env.GITHUB_REPOSITORY.split("/");
      return { owner, repo };
    }
    if (this.payload.repository) {
      return {
        owner: this.payload.repository.owner.login,
        repo: this.payload.repository.name
      };
    }
    throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
  }
};

// node_modules/@actions/github/lib/internal/utils.js
var httpClient = __toESM(require_lib(), 1);
var import_undici = __toESM(require_undici(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value2) {
    return value2 instanceof P ? value2 : new P(function(resolve5) {
      resolve5(value2);
    });
  }
  return new (P || (P = Promise))(function(resolve5, reject) {
    function fulfilled(value2) {
      try {
        step(generator.next(value2));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value2) {
      try {
        step(generator["throw"](value2));
      } catch (e) {
        reject(e);
      }
    }
    function step(result2) {
      result2.done ? resolve5(result2.value) : adopt(result2.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function getAuthString(token, options) {
  if (!token && !options.auth) {
    throw new Error("Parameter token or opts.auth is required");
  } else if (token && options.auth) {
    throw new Error("Parameters token and opts.auth may not both be specified");
  }
  return typeof options.auth === "string" ? options.auth : `token ${token}`;
}
function getProxyAgent(destinationUrl) {
  const hc = new httpClient.HttpClient();
  return hc.getAgent(destinationUrl);
}
function getProxyAgentDispatcher(destinationUrl) {
  const hc = new httpClient.HttpClient();
  return hc.getAgentDispatcher(destinationUrl);
}
function getProxyFetch(destinationUrl) {
  const httpDispatcher = getProxyAgentDispatcher(destinationUrl);
  const proxyFetch = (url, opts) => __awaiter(this, void 0, void 0, function* () {
    return (0, import_undici.fetch)(url, Object.assign(Object.assign({}, opts), { dispatcher: httpDispatcher }));
  });
  return proxyFetch;
}
function getApiBaseUrl() {
  return process.env["GITHUB_API_URL"] || "https://api.github.com";
}
function getUserAgentWithOrchestrationId(baseUserAgent) {
  var _a;
  const orchId = (_a = process.env["ACTIONS_ORCHESTRATION_ID"]) === null || _a === void 0 ? void 0 : _a.trim();
  if (orchId) {
    const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
    const tag = `actions_orchestration_id/${sanitizedId}`;
    if (baseUserAgent === null || baseUserAgent === void 0 ? void 0 : baseUserAgent.includes(tag))
      return baseUserAgent;
    const ua = baseUserAgent ? `${baseUserAgent} ` : "";
    return `${ua}${tag}`;
  }
  return baseUserAgent;
}

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result2;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result2 = result_;
        return orig(result2, options);
      }).then(() => {
        return result2;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value2) {
  if (typeof value2 !== "object" || value2 === null) return false;
  if (Object.prototype.toString.call(value2) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value2);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value2);
}
function mergeDeep(defaults2, options) {
  const result2 = Object.assign({}, defaults2);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults2)) Object.assign(result2, { [key]: options[key] });
      else result2[key] = mergeDeep(defaults2[key], options[key]);
    } else {
      Object.assign(result2, { [key]: options[key] });
    }
  });
  return result2;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults2, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults2 || {}, options);
  if (options.url === "/graphql") {
    if (defaults2 && defaults2.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults2.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result2 = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result2[key] = object[key];
    }
  }
  return result2;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value2, key) {
  value2 = operator === "+" || operator === "#" ? encodeReserved(value2) : encodeUnreserved(value2);
  if (key) {
    return encodeUnreserved(key) + "=" + value2;
  } else {
    return value2;
  }
}
function isDefined(value2) {
  return value2 !== void 0 && value2 !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context3, operator, key, modifier) {
  var value2 = context3[key], result2 = [];
  if (isDefined(value2) && value2 !== "") {
    if (typeof value2 === "string" || typeof value2 === "number" || typeof value2 === "bigint" || typeof value2 === "boolean") {
      value2 = value2.toString();
      if (modifier && modifier !== "*") {
        value2 = value2.substring(0, parseInt(modifier, 10));
      }
      result2.push(
        encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value2)) {
          value2.filter(isDefined).forEach(function(value22) {
            result2.push(
              encodeValue(operator, value22, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value2).forEach(function(k) {
            if (isDefined(value2[k])) {
              result2.push(encodeValue(operator, value2[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value2)) {
          value2.filter(isDefined).forEach(function(value22) {
            tmp.push(encodeValue(operator, value22));
          });
        } else {
          Object.keys(value2).forEach(function(k) {
            if (isDefined(value2[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value2[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result2.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result2.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value2)) {
        result2.push(encodeUnreserved(key));
      }
    } else if (value2 === "" && (operator === "&" || operator === "?")) {
      result2.push(encodeUnreserved(key) + "=");
    } else if (value2 === "") {
      result2.push("");
    }
  }
  return result2;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context3) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context3, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults2, route, options) {
  return parse(merge(defaults2, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS22 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS22);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS22,
    defaults: withDefaults.bind(null, DEFAULTS22),
    merge: merge.bind(null, DEFAULTS22),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 128; code <= 255; code++) {
  CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 48; code <= 57; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 65; code <= 90; code++) {
  CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 97; code <= 122; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse2(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code = header.charCodeAt(index);
    const flags = CHAR_MAP[code];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value2 = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value2 : value2.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code = header.charCodeAt(index);
      const flags = CHAR_MAP[code];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value2 = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value2 : value2.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code2 = header.charCodeAt(index);
            if (code2 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code3 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code3];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code2 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code2 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code2];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str, start, end) {
  let result2 = "";
  for (let index = start; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result2 += str.slice(start, index);
      start = ++index;
    }
  }
  return result2 + str.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject7 = val !== null && typeof val === "object";
    const hasToJSON = isObject7 && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value2, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value2,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value2) return originalStringify(value2, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value2,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value2, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result2 = JSON.parse(
      "1",
      (_, __, context3) => !!context3?.source && context3.source === "1"
    );
    featureCache.set(parseFingerprint, result2);
    return result2;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value2, context3, userReviver) => {
  const isCustomFormatBigInt = typeof value2 === "string" && customFormat.test(value2);
  if (isCustomFormatBigInt) return BigInt(value2.slice(0, -1));
  const isNoiseValue = typeof value2 === "string" && noiseValue.test(value2);
  if (isNoiseValue) return value2.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value2;
  return userReviver(key, value2, context3);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value2, context3) => {
    const isNumber = typeof value2 === "number";
    const isOutOfBounds = value2 > Number.MAX_SAFE_INTEGER || value2 < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context3 && intRegex.test(context3.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context3.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value2;
    return reviver(key, value2, context3);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value2 = node.parent[node.key];
      const isComplexObject = value2 !== null && typeof value2 === "object";
      if (isComplexObject) {
        const keys = Object.keys(value2);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value2, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value2 = parent[key];
      if (typeof value2 === "string") {
        const isCustomFormatBigInt = customFormat.test(value2);
        if (isCustomFormatBigInt) {
          value2 = BigInt(value2.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value2);
          if (isNoise) value2 = value2.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value2 = userReviver.call(parent, key, value2);
      }
      const isDeleted = value2 === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value2;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value2, context3) => convertMarkedBigIntsReviver(key, value2, context3, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject2(value2) {
  if (typeof value2 !== "object" || value2 === null) return false;
  if (Object.prototype.toString.call(value2) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value2);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value2);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch3 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch3) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value2]) => [
      name,
      String(value2)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch3(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value2] of fetchResponse.headers) {
    responseHeaders[key] = value2;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result2, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result2[key] = parsedOptions[key];
      return result2;
    }
    if (!result2.variables) {
      result2.variables = {};
    }
    result2.variables[key] = parsedOptions[key];
    return result2;
  }, {});
  const baseUrl2 = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl2)) {
    requestOptions.url = baseUrl2.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults2) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults2 === "function") {
          super(defaults2(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults2,
            options,
            options.userAgent && defaults2.userAgent ? {
              userAgent: `${options.userAgent} ${defaults2.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION5 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults2, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults2
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value2) {
    return target.cache[methodName] = value2;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults2, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults2);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION5;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION5;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION6 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result2) => {
    if (result2.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result2.value, done) : result2.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION6;

// node_modules/@actions/github/lib/utils.js
var context = new Context();
var baseUrl = getApiBaseUrl();
var defaults = {
  baseUrl,
  request: {
    agent: getProxyAgent(baseUrl),
    fetch: getProxyFetch(baseUrl)
  }
};
var GitHub = Octokit.plugin(restEndpointMethods, paginateRest).defaults(defaults);
function getOctokitOptions(token, options) {
  const opts = Object.assign({}, options || {});
  const auth2 = getAuthString(token, opts);
  if (auth2) {
    opts.auth = auth2;
  }
  const userAgent2 = getUserAgentWithOrchestrationId(opts.userAgent);
  if (userAgent2) {
    opts.userAgent = userAgent2;
  }
  return opts;
}

// node_modules/@actions/github/lib/github.js
var context2 = new Context();
function getOctokit(token, options, ...additionalPlugins) {
  const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins(getOctokitOptions(token, options));
}

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION7 = "0.0.0-development";
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest(state, octokit, request2, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error, info3) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info3.retryCount + 1;
    if (maxRetries > info3.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION7;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION8 = "0.0.0-development";
var noop3 = () => Promise.resolve();
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop3);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop3);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop3);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path11) => path11.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck3, common) {
  groups.global = new Bottleneck3.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck3.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck3.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck3.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck3.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck3 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck3, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck3();
    const events = {};
    const emitter = new Bottleneck3.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info3) {
      const [state2, request2, options] = info3.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options);
  });
  return {};
}
throttling.VERSION = VERSION8;
throttling.triggersNotification = triggersNotification;

// src/github/client.ts
var import_light3 = __toESM(require_light(), 1);

// src/github/answers.ts
var BadAnswerError = class extends Error {
  constructor(message, request2, response) {
    super(message);
    this.request = request2;
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
async function readAnswer(response, endpoint2, request2, check) {
  const bad = (problem2, data2 = void 0) => new BadAnswerError(`${endpoint2} answered ${response.status} but ${problem2}`, request2, {
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
      const { done, value: value2 } = await reader.read();
      if (done) break;
      chunks.push(value2);
      received += value2.byteLength;
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

// src/github/client.ts
var BudgetExhaustedError = class extends Error {
  name = "BudgetExhaustedError";
};
var DEFAULT_BUDGET_MS = 5 * 6e4;
var MAX_RATE_LIMIT_WAITS = 4;
function createClient(token, repo, options = {}) {
  if (process.env["GITHUB_ACTIONS"] === "true" && token) setSecret(token);
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const deadline = Date.now() + budgetMs;
  const remainingMs = () => deadline - Date.now();
  const log = options.log ?? (() => {
  });
  const unit = options.rateLimitUnitMs ?? 1e3;
  const spacing = options.writeSpacingMs ?? 1e3;
  const waitFits = (kind, retryAfterSeconds, method, url, count) => {
    const waitMs = retryAfterSeconds * unit;
    const fits = count < MAX_RATE_LIMIT_WAITS && waitMs < remainingMs();
    log(
      fits ? `GitHub ${kind} rate limit on ${method} ${url}: waiting ${retryAfterSeconds}s before retrying` : `GitHub ${kind} rate limit on ${method} ${url}: a ${retryAfterSeconds}s wait does not fit the time budget; giving up`
    );
    return fits;
  };
  const octokit = getOctokit(
    token,
    {
      baseUrl: repo.apiUrl.replace(/\/+$/, ""),
      retry: {
        retryAfterBaseValue: options.retryBaseMs ?? 1e3,
        retries: options.retries ?? 3,
        // 429 is left to the throttling plugin, so it is not waited out twice.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
      },
      throttle: {
        id: `retrain-trigger-${Math.random().toString(36).slice(2)}`,
        retryAfterBaseValue: unit,
        // Own limiters so the pacing is configurable (the plugin's defaults are process-wide, 1 s and 3 s).
        write: new import_light3.default.Group({ maxConcurrent: 1, minTime: spacing }),
        notifications: new import_light3.default.Group({ maxConcurrent: 1, minTime: spacing }),
        onRateLimit: (after, opts, _o, count) => waitFits("primary", after, opts.method, opts.url, count),
        onSecondaryRateLimit: (after, opts, _o, count) => waitFits("secondary", after, opts.method, opts.url, count)
      }
    },
    budgetPlugin(remainingMs, budgetMs, log),
    retry,
    throttling
  );
  return { octokit, budgetMs, remainingMs };
}
function budgetPlugin(remainingMs, budgetMs, log) {
  return (octokit) => {
    octokit.hook.wrap("request", async (request2, options) => {
      const left = remainingMs();
      const spent = (during) => new BudgetExhaustedError(
        `the time budget for GitHub API calls (${formatDuration(budgetMs)}) is used up (retries, rate-limit waits and slow answers included)${during}`
      );
      if (left <= 0) throw spent("");
      const endpoint2 = `${options.method} ${options.url}`;
      const write = options.method !== "GET" && options.method !== "HEAD";
      const answer = options.request?.answer;
      const signal = AbortSignal.timeout(left);
      options.request = {
        ...options.request,
        signal,
        parseSuccessResponseBody: false,
        ...write ? { redirect: "manual" } : {}
      };
      try {
        const response = await request2(options);
        if (response.status >= 300 && response.status < 400) {
          const to = response.headers.location;
          throw new RedirectedWriteError(
            `${endpoint2} was answered with a redirect (${response.status}${to ? ` to ${to}` : ""}); a write is never followed (fetch would turn it into a GET), so nothing was written \u2014 was the repository renamed or moved?`,
            response.status,
            { status: response.status, headers: response.headers, data: "" }
          );
        }
        return await readAnswer(response, endpoint2, options, answer);
      } catch (error) {
        if (signal.aborted && !(error instanceof BadAnswerError))
          throw spent(` while waiting for ${endpoint2}`);
        const status = error.status;
        if (status !== void 0 && status >= 500) log(`GitHub answered ${status} to ${endpoint2}`);
        throw error;
      }
    });
  };
}
var createOptions = { request: { retries: 0 } };
function formatDuration(ms) {
  if (ms >= 6e4 && ms % 6e4 === 0) return `${ms / 6e4} min`;
  if (ms >= 1e3) return `${Math.round(ms / 100) / 10} s`;
  return `${ms} ms`;
}

// src/config/dispatch-checks.ts
var MAX_WORKFLOW_INPUTS = 25;
var MAX_PAYLOAD_PROPERTIES = 10;
var PAYLOAD_OWN_PROPERTIES = ["reasons", "monitor"];
var DISPATCH_TEMPLATES = [
  "reasons",
  "triggered",
  "status",
  "failed_rules",
  "drifted_features",
  "monitor",
  "run_url",
  "issue_number",
  // The monitor keys a dispatch retrains, comma-separated (batch-dispatch: every model due; else the monitor).
  "models"
];
var TEMPLATE_PATTERN = /\{(\w+)\}/g;
var OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var REPO = /^[A-Za-z0-9._-]{1,100}$/;
function parseRepository(text) {
  const where2 = `dispatch-repository: '${text}'`;
  const parts = text.trim().split("/");
  if (parts.length !== 2)
    throw new InputError(`${where2} is not of the form owner/name (e.g. ml-org/training)`);
  const [owner, repo] = parts;
  if (!OWNER.test(owner)) {
    throw new InputError(
      `${where2}: the owner '${owner}' is not a GitHub user or organisation name (1\u201339 letters, digits and single hyphens, not at the start or end; no '_' or '.')`
    );
  }
  if (!REPO.test(repo) || repo === "." || repo === "..") {
    throw new InputError(
      `${where2}: the repository name '${repo}' is not valid on GitHub (1\u2013100 letters, digits, '-', '_' and '.')`
    );
  }
  return { owner, repo };
}
function buildDispatchInputs(raw, input = "dispatch-inputs", templates = DISPATCH_TEMPLATES) {
  const inputs = /* @__PURE__ */ Object.create(null);
  for (const [name, value2] of Object.entries(raw)) {
    const text = String(value2);
    for (const match of text.matchAll(TEMPLATE_PATTERN)) {
      const key = match[1];
      if (!templates.includes(key)) {
        throw new InputError(
          `${input}: input '${name}' uses the unknown template '{${key}}' (known: ${templates.map((t) => `{${t}}`).join(", ")})`
        );
      }
    }
    inputs[name] = text;
  }
  return inputs;
}
function checkDispatchLimits(kind, inputs) {
  const names = Object.keys(inputs);
  if (kind === "workflow") {
    if (names.length > MAX_WORKFLOW_INPUTS) {
      throw new InputError(
        `dispatch-inputs: ${names.length} inputs given; workflow_dispatch accepts at most ${MAX_WORKFLOW_INPUTS}`
      );
    }
    return;
  }
  const taken = names.filter((n) => PAYLOAD_OWN_PROPERTIES.includes(n));
  if (taken.length > 0) {
    throw new InputError(
      `dispatch-inputs: ${taken.map((n) => `'${n}'`).join(" and ")} ${taken.length > 1 ? "are" : "is"} set by retrain-trigger in the repository_dispatch client_payload; give your input another name`
    );
  }
  const total = names.length + PAYLOAD_OWN_PROPERTIES.length;
  if (total > MAX_PAYLOAD_PROPERTIES) {
    throw new InputError(
      `dispatch-inputs: repository_dispatch allows at most ${MAX_PAYLOAD_PROPERTIES} client_payload properties, and ${names.length} inputs + ${PAYLOAD_OWN_PROPERTIES.join(" + ")} make ${total}: give at most ${MAX_PAYLOAD_PROPERTIES - PAYLOAD_OWN_PROPERTIES.length} inputs`
    );
  }
}

// src/github/failures.ts
function statusOf(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function isAmbiguous(error) {
  if (error instanceof BudgetExhaustedError || error instanceof ListTooLongError) return false;
  const err = error;
  const status = statusOf(error);
  return err.response === void 0 || status === void 0 || status >= 500;
}
function oneLine2(text) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 400 ? `${flat.slice(0, 399)}\u2026` : flat;
}
function githubMessage(error) {
  const err = error;
  const data = err.response?.data;
  const raw = typeof data?.message === "string" ? data.message : err.message ?? String(error);
  const flat = raw.replace(/\s+/g, " ").trim();
  return flat.length > 300 ? `${flat.slice(0, 299)}\u2026` : flat;
}
function explainFailure(error, action, permission) {
  if (error instanceof BudgetExhaustedError) return `${action} failed: ${error.message}.`;
  if (error instanceof BadAnswerError || error instanceof RedirectedWriteError || error instanceof ListTooLongError) {
    return `${action} failed: ${oneLine2(error.message)}.`;
  }
  const status = statusOf(error);
  const message = githubMessage(error);
  const headers = error.response?.headers ?? {};
  if (status === 401) {
    return `${action} failed: GitHub rejected the token (401 ${message}); check the github-token input.`;
  }
  if ((status === 403 || status === 429) && headers["x-ratelimit-remaining"] === "0") {
    const reset = Number(headers["x-ratelimit-reset"]);
    const when = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1e3).toISOString() : "later";
    return `${action} failed: the GitHub API rate limit is exhausted until ${when} and waiting would exceed the time budget (${status} ${message}).`;
  }
  if ((status === 403 || status === 429) && /secondary rate/i.test(message)) {
    return `${action} failed: GitHub's secondary rate limit did not clear within the time budget (${status} ${message}).`;
  }
  if (status === 403 && /not accessible by integration|resource not accessible/i.test(message)) {
    return `${action} failed: the token is not allowed to do this (403 ${message}). Add \`${permission}\` under \`permissions:\` for the job (or pass a token that has it).`;
  }
  if (status === void 0 || error.response === void 0) {
    return `${action} failed: no answer from GitHub (${message}).`;
  }
  return `${action} failed: GitHub answered ${status} (${message}).`;
}

// src/github/dispatch-errors.ts
function explainRead(error, what, target, dispatch, ref) {
  const action = `Checking runs of ${what} before dispatching`;
  if (statusOf(error) === 404) return notFound(target, dispatch, action, ref);
  return explainFailure(error, action, "actions: read");
}
function explainWrite(error, what, target, dispatch, ref, runsPage) {
  const action = `Dispatching ${what}`;
  const status = statusOf(error);
  if (isAmbiguous(error)) {
    return `${action}: GitHub's answer was lost (${githubMessage(error)}); the run may or may not have started \u2014 check ${runsPage}. Not retried, to avoid starting retraining twice; the next monitor run's cooldown check sees a run that did start.`;
  }
  if (status === 404) return notFound(target, dispatch, action, ref);
  if (status === 422) return `${action} failed: GitHub refused it (422 ${githubMessage(error)}).`;
  return explainFailure(error, action, dispatch.workflow ? "actions: write" : "contents: write");
}
function notFound(target, dispatch, action, ref) {
  const repo = `${target.owner}/${target.repo}`;
  if (dispatch.workflow) {
    const file = /^\d+$/.test(dispatch.workflow) ? `The workflow with id ${dispatch.workflow}` : `The workflow file .github/workflows/${dispatch.workflow}`;
    return `${action} failed: GitHub answered 404 for workflow '${dispatch.workflow}' in ${repo}. ${file} must exist on ${ref ? `'${ref}'` : "the default branch"} and declare \`on: workflow_dispatch\` (and the token must be able to see ${repo}).`;
  }
  return `${action} failed: GitHub answered 404 for repository ${repo}: it does not exist or the token cannot see it (another repository needs a PAT or GitHub App token with \`contents: write\` there).`;
}

// src/github/race.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/github/shapes.ts
var isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var isCount = (v) => Number.isSafeInteger(v) && v > 0;
var isText = (v) => typeof v === "string";
var isTextOrNull = (v) => v === void 0 || v === null || typeof v === "string";
function hasNext(headers) {
  return /rel="next"/.test(String(headers["link"] ?? ""));
}
function issueProblem(v) {
  if (!isObject(v)) return "is not an object";
  if (!isCount(v["number"])) return "has no issue number";
  if (!isText(v["html_url"])) return "has no html_url";
  if (!isText(v["title"])) return "has no title";
  if (!isText(v["state"])) return "has no state";
  if (!Array.isArray(v["labels"])) return "has no labels list";
  if (!isTextOrNull(v["body"])) return "has a body that is not text";
  return void 0;
}
function listOf(what, item) {
  return (data, headers) => {
    if (!Array.isArray(data)) return `the body is not a list of ${what}`;
    if (data.length === 0 && hasNext(headers)) {
      return "the page is empty although the link header announces a next page (inconsistent pagination)";
    }
    for (let i = 0; i < data.length; i++) {
      const problem = item(data[i]);
      if (problem) return `item ${i + 1} of the list ${problem}`;
    }
    return void 0;
  };
}
var anIssue = (data) => {
  const problem = issueProblem(data);
  return problem ? `the body is not an issue: it ${problem}` : void 0;
};
var issueList = listOf("issues", issueProblem);
function commentProblem(v) {
  if (!isObject(v)) return "is not an object";
  if (!isCount(v["id"])) return "has no comment id";
  if (!isTextOrNull(v["body"])) return "has a body that is not text";
  return void 0;
}
var aComment = (data) => {
  const problem = commentProblem(data);
  return problem ? `the body is not a comment: it ${problem}` : void 0;
};
var commentList = listOf("comments", commentProblem);
function runProblem(v) {
  if (!isObject(v)) return "is not an object";
  if (!isCount(v["id"])) return "has no run id";
  if (!isTextOrNull(v["status"])) return "has a status that is not text";
  if (!isText(v["created_at"]) || Number.isNaN(Date.parse(v["created_at"]))) {
    return "has no valid created_at";
  }
  if (!isText(v["html_url"])) return "has no html_url";
  return void 0;
}
var runList = (data, headers) => {
  if (!isObject(data) || !Array.isArray(data["workflow_runs"])) {
    return "the body is not a list of workflow runs ({ workflow_runs: [...] })";
  }
  return listOf("workflow runs", runProblem)(data["workflow_runs"], headers);
};
var aRepository = (data) => isObject(data) && isText(data["default_branch"]) && data["default_branch"] !== "" ? void 0 : "the body is not a repository with a default_branch";
var dispatchDetails = (data) => {
  if (data === "") return void 0;
  return isObject(data) && isCount(data["workflow_run_id"]) ? void 0 : "the body has no workflow_run_id";
};

// src/github/race.ts
var DEFAULT_RACE_TIMING = { settleMs: 1e4, pollMs: 2e3 };
var ACTIVE_STATUSES = /* @__PURE__ */ new Set(["queued", "in_progress", "waiting", "requested", "pending"]);
async function listRetrainingRuns(client, target, dispatch) {
  const { data } = dispatch.workflow ? await client.octokit.request("GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs", {
    ...target,
    workflow_id: dispatch.workflow,
    per_page: 50,
    request: { answer: runList }
  }) : await client.octokit.request("GET /repos/{owner}/{repo}/actions/runs", {
    ...target,
    event: "repository_dispatch",
    per_page: 50,
    request: { answer: runList }
  });
  return data.workflow_runs;
}
var order = (a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id;
async function settleRace(input) {
  const outcome = { cancelledOwn: false, cancelled: [], failures: [] };
  const runs = await caughtUpList(input);
  const own = runs.find((r) => r.id === input.ownRunId);
  const byMonitor = own?.display_title ? titleNames(own.display_title, input.monitorKey) : false;
  const shared = input.dispatch.sharedWith;
  const since = input.checkedAt.getTime() - input.dispatch.cooldownMs;
  const racing = runs.filter(
    (r) => (
      // Our own run counts even when another monitor run already cancelled it (we then report that).
      (r.id === input.ownRunId || r.conclusion !== "cancelled" && (r.status !== null && ACTIVE_STATUSES.has(r.status) || Date.parse(r.created_at) >= since)) && (shared ? runCounts(r, input.monitorKey, shared) : !byMonitor || titleNames(r.display_title ?? "", input.monitorKey))
    )
  );
  if (input.ownRunId !== void 0 && !own) {
    racing.push({
      id: input.ownRunId,
      status: "queued",
      created_at: (/* @__PURE__ */ new Date()).toISOString(),
      html_url: ""
    });
  }
  const groups2 = /* @__PURE__ */ new Map();
  for (const run3 of racing) {
    const key = run3.workflow_id ?? 0;
    groups2.set(key, [...groups2.get(key) ?? [], run3]);
  }
  for (const group2 of groups2.values()) {
    if (group2.length < 2) continue;
    const [kept, ...newer] = group2.sort(order);
    outcome.kept ??= kept;
    for (const run3 of newer) await cancel(input, run3, outcome);
  }
  if (outcome.kept) {
    const others = outcome.cancelled.filter((id) => id !== input.ownRunId);
    outcome.note = outcome.cancelledOwn ? `another monitor run dispatched retraining at the same moment: run ${outcome.kept.id} (the older one) is kept and ours, run ${input.ownRunId}, was cancelled` : `monitor runs raced: run ${outcome.kept.id} (the oldest) is kept${others.length ? `; cancelled the newer run(s) ${others.join(", ")}` : ""}`;
  }
  return outcome;
}
async function caughtUpList(input) {
  const { timing } = input;
  if (input.ownRunId === void 0) {
    await sleep(timing.settleMs);
    return listRetrainingRuns(input.client, input.target, input.dispatch);
  }
  const until = Date.now() + timing.settleMs;
  for (; ; ) {
    const runs = await listRetrainingRuns(input.client, input.target, input.dispatch);
    if (runs.some((r) => r.id === input.ownRunId) || Date.now() >= until) return runs;
    await sleep(Math.min(timing.pollMs, Math.max(0, until - Date.now())));
  }
}
async function cancel(input, run3, outcome) {
  try {
    await input.client.octokit.request("POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel", {
      ...input.target,
      run_id: run3.id,
      ...createOptions
    });
  } catch (error) {
    if (statusOf(error) !== 409) {
      outcome.failures.push(
        explainFailure(error, `Cancelling the duplicate retraining run ${run3.id}`, "actions: write")
      );
      return;
    }
  }
  outcome.cancelled.push(run3.id);
  if (run3.id === input.ownRunId) outcome.cancelledOwn = true;
  input.log(`cancelled retraining run ${run3.id}: a concurrent monitor run's older run is kept`);
}
function runCounts(run3, monitorKey, sharedWith) {
  const title = run3.display_title ?? "";
  if (titleNames(title, monitorKey)) return true;
  return !sharedWith.some((key) => key !== monitorKey && titleNames(title, key));
}
function titleNames(title, monitorKey) {
  let at = title.indexOf(monitorKey);
  while (at >= 0) {
    const before = title[at - 1];
    const after = title[at + monitorKey.length];
    if ((before === void 0 || /\s|[([:"']/.test(before)) && (after === void 0 || /\s|[)\]:"',.]/.test(after))) {
      return true;
    }
    at = title.indexOf(monitorKey, at + 1);
  }
  return false;
}

// src/github/dispatch.ts
var MAX_INPUT_CHARS = 1024;
function expandInputs(inputs, verdict, monitorKey, runUrl, issueNumber, models = [monitorKey]) {
  return expandTemplates(
    inputs,
    /* @__PURE__ */ new Map([
      ["reasons", verdict.reasons.join("; ")],
      ["triggered", String(verdict.triggered)],
      ["status", verdict.status],
      ["failed_rules", verdict.failedRules.join(",")],
      ["drifted_features", driftedFeatures(verdict.evidence.drift).join(",")],
      ["monitor", monitorKey],
      ["run_url", runUrl ?? ""],
      ["issue_number", issueNumber !== void 0 ? String(issueNumber) : ""],
      ["models", models.join(",")]
    ])
  );
}
function expandTemplates(inputs, values) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const [name, template] of Object.entries(inputs)) {
    const expanded = template.replace(TEMPLATE_PATTERN, (whole, key) => values.get(key) ?? whole);
    out[name] = truncate(expanded, MAX_INPUT_CHARS);
  }
  return out;
}
async function dispatchRetraining(input) {
  const { dispatch, verdict, config } = input;
  return dispatchRun({
    client: input.client,
    repo: input.repo,
    dispatch,
    inputs: expandInputs(
      dispatch.inputs,
      verdict,
      config.monitorKey,
      input.repo.runUrl,
      input.issueNumber,
      input.models
    ),
    payload: { reasons: verdict.reasons, monitor: config.monitorKey },
    notDue: verdict.triggered ? null : verdict.status === "unknown" ? "Could not decide: nothing dispatched." : "No retraining due: nothing dispatched.",
    dryRun: config.dryRun,
    now: input.now,
    log: input.log,
    monitorKey: config.monitorKey,
    ...input.race ? { race: input.race } : {},
    ...input.claim ? { claim: input.claim } : {},
    ...input.reads ? { reads: input.reads } : {}
  });
}
async function dispatchRun(input) {
  const { dispatch, inputs } = input;
  const result2 = { dispatched: false, records: [], failures: [] };
  const record = (outcome, detail, url) => result2.records.push({ kind: "dispatch", outcome, detail, ...url ? { url } : {} });
  const fail = (message, url) => {
    result2.failures.push(message);
    record("failed", message, url);
    input.log(message);
  };
  if (input.notDue !== null) {
    record("skipped", input.notDue);
    return result2;
  }
  const target = dispatch.repository ?? { owner: input.repo.owner, repo: input.repo.repo };
  const base = `${input.repo.serverUrl.replace(/\/+$/, "")}/${target.owner}/${target.repo}/actions`;
  const what = dispatch.workflow ?? `repository_dispatch '${dispatch.eventType ?? ""}'`;
  const runsPage = dispatch.workflow ? `${base}/workflows/${encodeURIComponent(dispatch.workflow)}` : base;
  let ref = dispatch.ref;
  const payload = dispatch.workflow ? {} : Object.assign(/* @__PURE__ */ Object.create(null), inputs, input.payload);
  try {
    if (dispatch.workflow && !ref) {
      if (input.reads) ref = await input.reads.defaultBranch(target);
      else {
        const { data } = await input.client.octokit.request("GET /repos/{owner}/{repo}", {
          ...target,
          request: { answer: aRepository }
        });
        ref = data.default_branch;
      }
    }
    const blocker = await cooldownBlocker(input, target, dispatch, input.now);
    if (blocker) {
      record("skipped", blocker, runsPage);
      return result2;
    }
  } catch (error) {
    fail(explainRead(error, what, target, dispatch, ref), runsPage);
    return result2;
  }
  if (input.dryRun) {
    record(
      "would-dispatch",
      dispatch.workflow ? `would dispatch ${dispatch.workflow} on ${ref} with inputs ${JSON.stringify(inputs)}` : `would send repository_dispatch '${dispatch.eventType}' to ${target.owner}/${target.repo} with client_payload ${JSON.stringify(payload)}`,
      runsPage
    );
    return result2;
  }
  if (input.claim) {
    const claim = await input.claim({ monitorKey: input.monitorKey, target, now: input.now });
    if (!claim.granted) {
      record("skipped", `Not dispatched: ${claim.reason}`, runsPage);
      return result2;
    }
  }
  const checkedAt = input.now;
  try {
    if (dispatch.workflow) {
      const run3 = await dispatchWorkflow(
        input.client,
        target,
        dispatch.workflow,
        ref ?? "",
        inputs,
        input.log
      );
      Object.assign(result2, { dispatched: true, runId: run3.runId, runUrl: run3.runUrl });
      record(
        "dispatched",
        run3.runId ? `Dispatched ${dispatch.workflow} on ${ref}: run ${run3.runId}.` : `Dispatched ${dispatch.workflow} on ${ref} (this GitHub does not return the run id).`,
        run3.runUrl ?? runsPage
      );
    } else {
      await input.client.octokit.request("POST /repos/{owner}/{repo}/dispatches", {
        ...target,
        event_type: dispatch.eventType ?? "",
        client_payload: payload,
        ...createOptions
      });
      result2.dispatched = true;
      record(
        "dispatched",
        `Sent repository_dispatch '${dispatch.eventType}' to ${target.owner}/${target.repo}.`,
        runsPage
      );
    }
  } catch (error) {
    fail(explainWrite(error, what, target, dispatch, ref, runsPage), runsPage);
    return result2;
  }
  await convergeAfterDispatch(input, target, checkedAt, result2, record);
  return result2;
}
async function convergeAfterDispatch(input, target, checkedAt, result2, record) {
  try {
    const race = await settleRace({
      client: input.client,
      target,
      dispatch: input.dispatch,
      monitorKey: input.monitorKey,
      ...result2.runId !== void 0 ? { ownRunId: result2.runId } : {},
      checkedAt,
      timing: input.race ?? DEFAULT_RACE_TIMING,
      log: input.log
    });
    for (const message of race.failures) {
      result2.failures.push(message);
      record("failed", message);
    }
    if (!race.note) return;
    if (race.cancelledOwn) {
      Object.assign(result2, { dispatched: false, runId: race.kept?.id, runUrl: race.kept?.html_url });
      record("cancelled", `Cancelled our duplicate: ${race.note}.`, race.kept?.html_url);
    } else {
      record("deduplicated", `Concurrent dispatch: ${race.note}.`, race.kept?.html_url);
    }
  } catch (error) {
    input.log(
      `could not check for a concurrent dispatch after dispatching: ${explainFailure(error, "listing runs", "actions: read")}`
    );
  }
}
async function cooldownBlocker(input, target, dispatch, now) {
  const runs = input.reads && dispatch.sharedWith ? await input.reads.runs(target, dispatch) : await listRetrainingRuns(input.client, target, dispatch);
  const cooldown = formatDuration(dispatch.cooldownMs);
  const shared = dispatch.sharedWith;
  for (const run3 of runs) {
    if (shared && !runCounts(run3, input.monitorKey, shared)) continue;
    if (run3.status && ACTIVE_STATUSES.has(run3.status)) {
      return `Not dispatched: run ${run3.id} is still ${run3.status} (${run3.html_url}).`;
    }
    const age = now.getTime() - Date.parse(run3.created_at);
    if (age < dispatch.cooldownMs) {
      return `Not dispatched: run ${run3.id} was created at ${run3.created_at}, within the cooldown of ${cooldown}.`;
    }
  }
  return void 0;
}
async function dispatchWorkflow(client, target, workflow, ref, inputs, log) {
  const params = { ...target, workflow_id: workflow, ref, inputs, ...createOptions };
  try {
    const response = await client.octokit.request(
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches",
      {
        ...params,
        return_run_details: true,
        request: { ...params.request, answer: dispatchDetails }
      }
    );
    const data = response.status === 200 ? response.data : {};
    return { runId: data.workflow_run_id, runUrl: data.html_url };
  } catch (error) {
    const status = statusOf(error);
    if ((status === 400 || status === 422) && /return_run_details/.test(githubMessage(error))) {
      log("this GitHub does not know return_run_details; dispatching without it");
      await client.octokit.request(
        "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches",
        params
      );
      return {};
    }
    throw error;
  }
}

// src/github/issues.ts
import { setTimeout as sleep2 } from "node:timers/promises";
var MAX_PAGES = 50;
var MAX_CREATE_ATTEMPTS = 3;
async function readPages(client, route, params, check, tooMany) {
  const items = [];
  for (let page = 1; ; page++) {
    const response = await client.octokit.request(route, {
      ...params,
      per_page: 100,
      page,
      request: { answer: check }
    });
    items.push(...response.data);
    if (!/rel="next"/.test(String(response.headers.link ?? ""))) return items;
    if (page >= MAX_PAGES) throw new ListTooLongError(tooMany());
  }
}
async function listOpenAlerts(client, where2, label, monitorKey, title) {
  return matchAlerts(
    await listOpenIssues(client, where2, label, `the alert of monitor '${monitorKey}'`),
    monitorKey,
    title
  );
}
async function listOpenIssues(client, where2, label, lookingFor) {
  return readPages(
    client,
    "GET /repos/{owner}/{repo}/issues",
    { ...where2, state: "open", ...label ? { labels: label } : {} },
    issueList,
    () => `more than ${MAX_PAGES * 100} open issues carry the label '${label ?? "(none)"}', so ${lookingFor} cannot be looked up reliably; nothing was created, to avoid a duplicate. Make the first of issue-labels a label of its own (e.g. model-alert)`
  );
}
function matchAlerts(issues, monitorKey, title) {
  const found = [];
  for (const issue of issues) {
    if (issue.pull_request) continue;
    const marked = readMarkers(issue.body).get("monitor");
    if (marked === void 0 ? title !== void 0 && issue.title === title : hasMonitorMarker(issue.body, monitorKey)) {
      found.push(marked === void 0 ? { ...issue, markerMissing: true } : issue);
    }
  }
  return found.sort((a, b) => a.number - b.number);
}
function labelNames(issue) {
  return issue.labels.map((l) => typeof l === "string" ? l : l.name ?? "");
}
async function createAlertIssue(client, where2, fields, lookup, log) {
  let lastError;
  for (let attempt = 1; attempt <= MAX_CREATE_ATTEMPTS; attempt++) {
    try {
      const { data } = await client.octokit.request("POST /repos/{owner}/{repo}/issues", {
        ...where2,
        ...fields,
        request: { ...createOptions.request, answer: anIssue }
      });
      return { issue: data, recovered: false };
    } catch (error) {
      lastError = error;
      if (!isAmbiguous(error)) throw error;
      log(`creating the alert issue: answer lost (attempt ${attempt}); looking for it before trying again`);
      const existing = await lookupAfterLoss(lookup);
      if (existing) return { issue: existing, recovered: true };
    }
  }
  throw lastError;
}
async function lookupAfterLoss(lookup) {
  for (let look = 0; look < 2; look++) {
    const found = await lookup();
    if (found.length > 0) return found[0];
    if (look === 0) await sleep2(200);
  }
  return void 0;
}
async function postComment(client, where2, issueNumber, body, nonce, log) {
  const since = new Date(Date.now() - 10 * 6e4).toISOString();
  let lastError;
  for (let attempt = 1; attempt <= MAX_CREATE_ATTEMPTS; attempt++) {
    try {
      await client.octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...where2,
        issue_number: issueNumber,
        body,
        request: { ...createOptions.request, answer: aComment }
      });
      return;
    } catch (error) {
      lastError = error;
      if (!isAmbiguous(error)) throw error;
      log(`commenting on #${issueNumber}: answer lost (attempt ${attempt}); checking whether it was posted`);
      const comments = await readPages(
        client,
        "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
        { ...where2, issue_number: issueNumber, since },
        commentList,
        () => `more than ${MAX_PAGES * 100} comments on #${issueNumber} in ten minutes`
      );
      if (comments.some((c) => readMarkers(c.body).get("nonce") === encodeURIComponent(nonce))) return;
    }
  }
  throw lastError;
}
async function listComments(client, where2, issueNumber, since) {
  return readPages(
    client,
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { ...where2, issue_number: issueNumber, ...since ? { since } : {} },
    commentList,
    () => `more than ${MAX_PAGES * 100} comments on #${issueNumber}`
  );
}
async function closeIssue(client, where2, issueNumber, reason) {
  await client.octokit.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
    ...where2,
    issue_number: issueNumber,
    state: "closed",
    state_reason: reason,
    request: { answer: anIssue }
  });
}
async function ensureLabel(client, where2, name, log) {
  try {
    await client.octokit.request("GET /repos/{owner}/{repo}/labels/{name}", { ...where2, name });
    return;
  } catch (error) {
    if (error.status !== 404) return;
  }
  try {
    await client.octokit.request("POST /repos/{owner}/{repo}/labels", {
      ...where2,
      name,
      color: "d93f0b",
      description: "Opened by retrain-trigger: the model needs attention",
      ...createOptions
    });
  } catch {
    log(`could not create label '${name}'; continuing`);
  }
}

// src/github/gate-effects.ts
function candidateOf(repo) {
  return repo.runId ?? repo.sha ?? "local";
}
async function findGateComment(client, where2, issue, marker) {
  for (const c of await listComments(client, where2, issue)) {
    if (typeof c.body === "string" && c.body.startsWith(`${marker}
`)) {
      return { id: c.id, body: c.body, ...typeof c.html_url === "string" ? { html_url: c.html_url } : {} };
    }
  }
  return void 0;
}
async function applyGateEffects(input, log) {
  const outcome = { dispatched: false, records: [], failures: [] };
  const { config, repo, verdict } = input;
  const gate = config.gate;
  if (!gate || gate.issueNumber === null && !gate.promote) return outcome;
  const redact = redactor(config.secrets);
  const safeLog = (line) => log(escapeLog(redact(line)));
  const fail = (kind, message) => {
    outcome.failures.push(message);
    outcome.records.push({ kind, outcome: "failed", detail: message });
  };
  if (!config.githubToken || !repo.owner || !repo.repo) {
    fail(
      gate.promote ? "dispatch" : "alert-issue",
      !config.githubToken ? "github-token is empty; reporting to the alert issue and the deployment dispatch need a token." : "The repository is unknown (GITHUB_REPOSITORY not set)."
    );
    return outcome;
  }
  const where2 = { owner: repo.owner, repo: repo.repo };
  const now = input.now ?? /* @__PURE__ */ new Date();
  try {
    const client = createClient(config.githubToken, repo, { log: safeLog, ...input.client });
    const issue = gate.issueNumber;
    const marker = gateMarker(config.monitorKey, candidateOf(repo));
    let existing;
    if (issue !== null) {
      try {
        existing = await findGateComment(client, where2, issue, marker);
      } catch (error) {
        fail(
          "alert-issue",
          explainFailure(error, `Reading the comments of alert #${issue}`, "issues: write")
        );
        return outcome;
      }
      if (existing) outcome.issueNumber = issue;
    }
    const before = existing ? readDeployState(existing.body) : void 0;
    const write = (deploy) => issue === null ? Promise.resolve() : writeComment(
      client,
      where2,
      issue,
      existing,
      redact(gateComment(verdict, marker, repo.runUrl, deploy)),
      outcome,
      config.dryRun,
      safeLog
    ).then((written) => {
      existing = written ?? existing;
    });
    if (!verdict.promote || !gate.promote) {
      const line = verdict.promote ? "" : `Rejected by: ${verdict.rejectedBy.map(escapeMarkdown).join(", ")}.`;
      if (gate.promote) {
        outcome.records.push({
          kind: "dispatch",
          outcome: "skipped",
          detail: "Candidate rejected: no deployment."
        });
      }
      const kept = before === "claimed" || before === "dispatched" ? before : "none";
      const note = kept === "none" ? "" : ` An earlier attempt of this run already ${kept} the deployment; it stays recorded.`;
      await write({ state: kept, line: `${line}${note}`.trim() });
    } else if (before === "claimed" || before === "dispatched") {
      outcome.records.push({
        kind: "dispatch",
        outcome: "unchanged",
        detail: before === "dispatched" ? `This candidate's deployment was already dispatched (recorded on #${issue}); not dispatched again.` : `This candidate's deployment was claimed earlier but its answer was lost: it may have started \u2014 check the runs of ${gate.promote.workflow}. Not dispatched again.`,
        ...existing?.html_url ? { url: existing.html_url } : {}
      });
    } else {
      if (issue !== null && !config.dryRun) {
        await write({
          state: "claimed",
          line: `\u{1F680} Deployment: dispatching ${escapeMarkdown(gate.promote.workflow ?? "")}\u2026`
        });
        if (outcome.failures.length > 0) return outcome;
      }
      const result2 = await dispatchRun({
        client,
        repo,
        dispatch: gate.promote,
        monitorKey: config.monitorKey,
        inputs: promoteInputs(gate.promote, config, repo, verdict),
        payload: {},
        notDue: null,
        dryRun: config.dryRun,
        now,
        log: safeLog
      });
      Object.assign(outcome, {
        dispatched: result2.dispatched,
        ...result2.runId !== void 0 ? { runId: result2.runId } : {},
        ...result2.runUrl !== void 0 ? { runUrl: result2.runUrl } : {}
      });
      outcome.records.push(...result2.records);
      outcome.failures.push(...result2.failures);
      if (issue !== null && !config.dryRun) await write(deployLine(result2, gate.promote));
    }
  } catch (error) {
    outcome.failures.push(`Acting on GitHub stopped unexpectedly: ${messageOf(error)}`);
  }
  for (const record of outcome.records) safeLog(`${record.kind}: ${record.outcome} \u2014 ${record.detail}`);
  return outcome;
}
function promoteInputs(promote, config, repo, verdict) {
  return expandTemplates(
    promote.inputs,
    /* @__PURE__ */ new Map([
      ["monitor", config.monitorKey],
      ["run_url", repo.runUrl ?? ""],
      ["run_id", repo.runId ?? ""],
      ["issue_number", config.gate?.issueNumber != null ? String(config.gate.issueNumber) : ""],
      [
        "passed_gates",
        verdict.gates.filter((g) => g.outcome === "passed").map((g) => g.id).join(",")
      ]
    ])
  );
}
async function writeComment(client, where2, issue, existing, body, outcome, dryRun, log) {
  if (dryRun) {
    outcome.records.push({
      kind: "alert-issue",
      outcome: existing ? "would-update" : "would-comment",
      detail: `would ${existing ? "update the gate comment on" : "comment the gate outcome on"} #${issue}`
    });
    return void 0;
  }
  try {
    if (existing) {
      const { data } = await client.octokit.request(
        "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
        {
          ...where2,
          comment_id: existing.id,
          body,
          request: { answer: aComment }
        }
      );
      outcome.issueNumber = issue;
      outcome.records.push({
        kind: "alert-issue",
        outcome: "updated",
        detail: `Updated the gate comment on #${issue}.`
      });
      return {
        id: existing.id,
        body,
        ...typeof data.html_url === "string" ? { html_url: data.html_url } : {}
      };
    }
    const nonce = /<!-- retrain-trigger:nonce=([^ ]+) -->/.exec(body)?.[1] ?? randomUUID2();
    await postComment(client, where2, issue, body, nonce, log);
    const found = await findGateComment(client, where2, issue, body.split("\n")[0] ?? "");
    outcome.issueNumber = issue;
    outcome.records.push({
      kind: "alert-issue",
      outcome: "commented",
      detail: `Commented the gate outcome on #${issue}.`
    });
    return found;
  } catch (error) {
    const message = explainFailure(error, `Commenting the gate outcome on alert #${issue}`, "issues: write");
    outcome.failures.push(message);
    outcome.records.push({ kind: "alert-issue", outcome: "failed", detail: message });
    return void 0;
  }
}

// src/report/json.ts
import { promises as fs } from "node:fs";
import * as path2 from "node:path";
var REPORT_SCHEMA_VERSION = 2;
function buildReport(verdict, effects, context3) {
  const { evidence } = verdict;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: (context3.now ?? /* @__PURE__ */ new Date()).toISOString(),
    monitor: context3.monitor,
    status: verdict.status,
    assessed: verdict.assessed,
    onUnknown: verdict.onUnknown,
    triggered: verdict.triggered,
    reasons: [...verdict.reasons],
    undecided: [...verdict.undecided],
    failedRules: [...verdict.failedRules],
    run: { ...context3.run },
    rules: verdict.rules.map((r) => ({
      id: r.id,
      ...r.name !== void 0 ? { name: r.name } : {},
      ...r.description !== void 0 ? { description: r.description } : {},
      expression: r.expression,
      outcome: r.outcome,
      values: { ...r.values },
      ...r.reason !== void 0 ? { reason: r.reason } : {},
      ...r.error !== void 0 ? { error: r.error } : {},
      ...r.standing !== void 0 ? { standing: { ...r.standing } } : {}
    })),
    metrics: metricsRecord(evidence.current),
    baseline: evidence.baseline ? metricsRecord(evidence.baseline) : null,
    drift: driftRecord(verdict),
    quality: evidence.quality ?? null,
    actions: effects.records.map((a) => ({ ...a })),
    failures: [...effects.failures]
  };
}
function metricsRecord(side2) {
  return {
    values: Object.fromEntries(side2.values),
    metadata: Object.fromEntries(side2.metadata),
    sources: Object.fromEntries(side2.sources),
    files: [...side2.files]
  };
}
var finite = (x) => x === null || !Number.isFinite(x) ? null : x;
function driftRecord(verdict) {
  const drift = verdict.evidence.drift;
  if (!drift || !verdict.drift) return null;
  return {
    status: verdict.drift.status,
    decides: verdict.drift.decides,
    detected: drift.detected,
    share: drift.share,
    count: drift.count,
    tested: drift.tested,
    threshold: drift.threshold,
    correction: drift.correction,
    undecided: verdict.drift.undecided,
    ...verdict.drift.standing ? { standing: { ...verdict.drift.standing } } : {},
    features: drift.features.map((f) => ({
      name: f.name,
      kind: f.kind,
      method: f.method,
      status: f.status,
      drifted: f.drifted,
      statistic: f.status === "insufficient" ? null : finite(f.statistic),
      pValue: finite(f.pValue),
      adjustedPValue: finite(f.adjustedPValue),
      threshold: f.threshold,
      effectSize: finite(f.effectSize),
      ...f.bound !== void 0 ? { bound: f.bound } : {},
      rows: { reference: f.referenceSize, current: f.currentSize },
      dropped: { reference: f.referenceDropped, current: f.currentDropped }
    })),
    warnings: [...drift.warnings]
  };
}
async function writeReport(file, report) {
  try {
    await fs.mkdir(path2.dirname(file), { recursive: true });
    await fs.writeFile(file, `${JSON.stringify(report, null, 2)}
`, "utf8");
  } catch (error) {
    const code = error.code ?? "error";
    throw new InputError(`report-path: cannot write the report to ${file} (${code})`);
  }
}

// src/gate-pipeline.ts
var GATE_REPORT_KIND = "gate";
function buildGateReport(config, verdict, evidence, effects) {
  const drift = evidence.drift;
  return {
    schemaVersion: 1,
    kind: GATE_REPORT_KIND,
    generatedAt: (/* @__PURE__ */ new Date()).toISOString(),
    monitor: config.monitorKey,
    promote: verdict.promote,
    rejectedBy: verdict.rejectedBy,
    gates: verdict.gates,
    challenger: Object.fromEntries(evidence.current.values),
    champion: evidence.baseline ? Object.fromEntries(evidence.baseline.values) : null,
    drift: drift ? { share: drift.share, count: drift.count, detected: drift.detected } : null,
    actions: effects.records,
    failures: effects.failures
  };
}
function describeOffline(config, verdict) {
  const records = [];
  const gate = config.gate;
  const offline = "not connected to a GitHub repository";
  if (gate?.issueNumber != null) {
    records.push({
      kind: "alert-issue",
      outcome: "planned",
      detail: `would comment the outcome on #${gate.issueNumber} (${offline})`
    });
  }
  if (gate?.promote) {
    records.push({
      kind: "dispatch",
      outcome: "planned",
      detail: verdict.promote ? `would dispatch ${gate.promote.workflow} once for this candidate (${offline})` : "no deployment: the candidate was rejected"
    });
  }
  return { dispatched: false, records, failures: [] };
}
function renderGateSummary(verdict, effects) {
  const actions = effects.records.map(
    (r) => `- ${escapeMarkdown(r.kind)}: ${escapeMarkdown(r.outcome)} \u2014 ${escapeMarkdown(r.detail)}`
  );
  const failures = effects.failures.map((f) => `- \u26A0\uFE0F ${escapeMarkdown(f)}`);
  return [
    renderGateMarkdown(verdict).trimEnd(),
    actions.length ? `#### Actions

${actions.join("\n")}` : "",
    failures.length ? `#### Problems

${failures.join("\n")}` : ""
  ].filter((p) => p !== "").join("\n\n").concat("\n");
}
function renderGateTerminal(verdict) {
  const mark = { passed: "\u2705", failed: "\u274C", error: "\u26A0\uFE0F" };
  const head = verdict.promote ? "Promote: every gate passed." : `Rejected by: ${verdict.rejectedBy.join(", ") || "no gates"}.`;
  return [head, ...verdict.gates.map((g) => `${mark[g.outcome]} ${g.id} ${g.outcome}: ${g.reason}`)].join(
    "\n"
  );
}
async function runGatePipeline(config, options) {
  const gates = compileGates(config.gate?.gates ?? []);
  const evidence = await gatherEvidence(config);
  const facts = factsOf(evidence);
  const verdict = evaluateGates(gates, {
    challenger: facts.metrics,
    champion: facts.baseline,
    drift: facts.drift,
    quality: facts.quality ?? null
  });
  const redact = redactor(config.secrets);
  const log = options.log ? (line) => options.log?.(redact(line)) : () => {
  };
  let effects = { dispatched: false, records: [], failures: [] };
  await writeReport(
    config.reportPath,
    redactDeep(buildGateReport(config, verdict, evidence, effects), redact)
  );
  if (options.repo) {
    const acted = await applyGateEffects({ verdict, config, repo: options.repo }, log);
    effects = {
      ...acted,
      records: acted.records.map((r) => ({ ...r, outcome: redact(r.outcome), detail: redact(r.detail) })),
      failures: acted.failures.map(redact)
    };
  } else {
    effects = describeOffline(config, verdict);
  }
  const report = redactDeep(buildGateReport(config, verdict, evidence, effects), redact);
  await writeReport(config.reportPath, report);
  return { verdict, evidence, effects, report, summary: redact(renderGateSummary(verdict, effects)) };
}

// src/history/claim.ts
var CLAIM_TTL_MS = 6 * 36e5;
function claimGuard(runId, now, cooldownMs) {
  return (history) => {
    for (let i = history.records.length - 1; i >= 0; i--) {
      const r = history.records[i];
      if (!r) continue;
      const at = Date.parse(r.time);
      if (r.run?.id === runId) {
        if (r.actions?.dispatched) {
          return `an earlier attempt of this workflow run (${runId}) dispatched retraining already`;
        }
        continue;
      }
      const who = r.run ? `run ${r.run.id}` : "another run";
      if (r.actions?.dispatched && at >= now - cooldownMs) {
        return `${who} of this monitor dispatched retraining at ${r.time}, within the cooldown (history)`;
      }
      const claimed = r.actions?.claimedAt;
      if (claimed !== void 0 && Date.parse(claimed) >= now - Math.max(cooldownMs, CLAIM_TTL_MS)) {
        return `${who} of this monitor claimed the retraining dispatch first (at ${claimed}, history)`;
      }
    }
    return void 0;
  };
}
function storeClaim(store, record, options) {
  return async ({ now }) => {
    const early = record(now);
    const result2 = await store.append(
      { ...early, actions: { ...early.actions, claimedAt: now.toISOString() } },
      options.maxRuns,
      claimGuard(options.runId, now.getTime(), options.cooldownMs)
    );
    return result2.refused !== void 0 ? { granted: false, reason: result2.refused } : { granted: true };
  };
}

// src/history/detectors.ts
var DETECTOR_DEFAULTS = {
  page_hinkley: { minInstances: 30, delta: 5e-3, threshold: 50, alpha: 1 - 1e-4, mode: "both" },
  cusum: { minInstances: 30, slack: 0.5, threshold: 5, mode: "both" },
  ewma: { minInstances: 30, alpha: 0.1, threshold: 4, mode: "both" }
};
function exceeds(mode, up, down, limit) {
  if (mode === "up") return up > limit;
  if (mode === "down") return down > limit;
  return up > limit || down > limit;
}
var RunningMean = class {
  n = 0;
  value = 0;
  add(x) {
    this.n += 1;
    this.value += (x - this.value) / this.n;
  }
};
var RunningVariance = class {
  mean = new RunningMean();
  value = 0;
  add(x) {
    const before = this.mean.value;
    this.mean.add(x);
    if (this.mean.n > 1)
      this.value += ((x - before) * (x - this.mean.value) - this.value) / (this.mean.n - 1);
  }
};
var FadingMean = class {
  constructor(alpha) {
    this.alpha = alpha;
  }
  alpha;
  value = 0;
  add(x) {
    this.value = this.value === 0 ? x : this.alpha * x + (1 - this.alpha) * this.value;
  }
};
function pageHinkley(p) {
  const mean2 = new RunningMean();
  let up = 0;
  let down = 0;
  let lowest2 = Infinity;
  let highest2 = -1;
  return (x) => {
    mean2.add(x);
    const deviation = x - mean2.value;
    up = p.alpha * up + deviation - p.delta;
    down = p.alpha * down + deviation + p.delta;
    if (up < lowest2) lowest2 = up;
    if (down > highest2) highest2 = down;
    return mean2.n >= p.minInstances && exceeds(p.mode, up - lowest2, highest2 - down, p.threshold);
  };
}
function cusum(p) {
  const warmUp = new RunningVariance();
  let reference;
  let sigma = 0;
  let up = 0;
  let down = 0;
  return (x) => {
    warmUp.add(x);
    if (warmUp.mean.n < p.minInstances) return false;
    if (reference === void 0) {
      reference = warmUp.mean.value;
      sigma = Math.sqrt(Math.max(warmUp.value, 0));
    }
    const deviation = x - reference;
    up = Math.max(0, up + deviation - p.slack * sigma);
    down = Math.max(0, down - deviation - p.slack * sigma);
    return exceeds(p.mode, up, down, p.threshold * sigma);
  };
}
function ewma(p) {
  const mean2 = new RunningMean();
  const first = new FadingMean(p.alpha);
  const second = new FadingMean(p.alpha);
  let z = 0;
  return (x) => {
    mean2.add(x);
    z = mean2.n === 1 ? x : p.alpha * x + (1 - p.alpha) * z;
    first.add(x);
    second.add(x * x);
    if (mean2.n < p.minInstances) return false;
    const sigma = Math.sqrt(Math.max(second.value - first.value ** 2, 0));
    const factor = p.alpha / (2 - p.alpha) * (1 - (1 - p.alpha) ** (2 * mean2.n));
    const bound = p.threshold * sigma * Math.sqrt(factor);
    return exceeds(p.mode, z - mean2.value, mean2.value - z, bound);
  };
}
var FACTORIES = {
  page_hinkley: pageHinkley,
  cusum,
  ewma
};
function alarmPoints(name, series, params = DETECTOR_DEFAULTS[name]) {
  const make = FACTORIES[name];
  const alarms = [];
  let step = make(params);
  series.forEach((x, i) => {
    if (step(x)) {
      alarms.push(i);
      step = make(params);
    }
  });
  return alarms;
}
function detectChange(name, series, params = DETECTOR_DEFAULTS[name]) {
  const alarms = alarmPoints(name, series, params);
  if (alarms.length > 0) return { outcome: "detected", index: alarms[0], alarms };
  if (series.length < params.minInstances) {
    return {
      outcome: "unknown",
      reason: `${name} needs ${params.minInstances} runs since the last retraining, has ${series.length}`
    };
  }
  return { outcome: "not-detected", alarms: [] };
}

// src/history/series.ts
var DAY_MS2 = 864e5;
var UNITS = { h: 1 / 24, d: 1, w: 7 };
function describeWindow(w) {
  return "runs" in w ? `${w.runs} runs` : `${Number(w.days.toFixed(3))}d`;
}
function withValue(points2) {
  return points2.filter((p) => p.value !== void 0 && Number.isFinite(p.value));
}
function selectWindow(series, w, name) {
  const now = series.at(-1);
  if (now === void 0) return { known: false, reason: `${name} has no runs` };
  if ("runs" in w) {
    const points3 = withValue(series).slice(-w.runs);
    if (points3.length < w.runs) {
      return { known: false, reason: `${name} has ${points3.length} of the ${w.runs} runs the window needs` };
    }
    return { known: true, points: points3 };
  }
  const start = now.time - w.days * DAY_MS2;
  const oldest = series[0];
  if (oldest.time > start) {
    const covered = (now.time - oldest.time) / DAY_MS2;
    return {
      known: false,
      reason: `${name}'s history covers ${Number(covered.toFixed(1))} of the ${describeWindow(w)} the window needs`
    };
  }
  const points2 = withValue(series.filter((p) => p.time >= start));
  if (points2.length === 0)
    return { known: false, reason: `${name} has no value in the last ${describeWindow(w)}` };
  return { known: true, points: points2 };
}
function over(reduce) {
  return (series, w, name) => {
    const selected = selectWindow(series, w, name);
    if (!selected.known) return selected;
    return { known: true, value: reduce(selected.points.map((p) => p.value)) };
  };
}
var meanOver = over(mean);
var medianOver = over(median);
var minOver = over((values) => Math.min(...values));
var maxOver = over((values) => Math.max(...values));
function previous(series, name) {
  const before = series.at(-2);
  if (before === void 0) return { known: false, reason: `${name} has no earlier run` };
  if (before.value === void 0 || !Number.isFinite(before.value)) {
    return { known: false, reason: `${name} has no value on the previous run` };
  }
  return { known: true, value: before.value };
}
function extreme(pick, what) {
  return (series, name) => {
    const points2 = withValue(series);
    if (points2.length < 2) return { known: false, reason: `${what}(${name}) needs at least one earlier run` };
    return { known: true, value: pick(points2.map((p) => p.value)) };
  };
}
var highest = extreme((values) => Math.max(...values), "highest");
var lowest = extreme((values) => Math.min(...values), "lowest");
function slope(series, w, name) {
  const selected = selectWindow(series, w, name);
  if (!selected.known) return selected;
  const points2 = selected.points;
  const first = points2[0];
  if (points2.length < 2 || points2.every((p) => p.time === first.time)) {
    return { known: false, reason: `slope(${name}) needs runs at two different times in the window` };
  }
  const fit = linearRegression(points2.map((p) => [(p.time - first.time) / DAY_MS2, p.value]));
  return { known: true, value: fit.m };
}

// src/history/functions.ts
var HISTORY_FUNCTIONS = {
  previous: ["metric"],
  mean_over: ["metric", "window"],
  median_over: ["metric", "window"],
  min_over: ["metric", "window"],
  max_over: ["metric", "window"],
  highest: ["metric"],
  lowest: ["metric"],
  slope: ["metric", "window"],
  page_hinkley: ["metric"],
  cusum: ["metric"],
  ewma: ["metric"]
};
function isHistoryFunction(name) {
  return Object.prototype.hasOwnProperty.call(HISTORY_FUNCTIONS, name);
}
var WINDOWED = {
  mean_over: meanOver,
  median_over: medianOver,
  min_over: minOver,
  max_over: maxOver,
  slope
};
function evaluateHistoryCall(call, t, detectors) {
  const { fn, metric } = call;
  if (fn === "page_hinkley" || fn === "cusum" || fn === "ewma") {
    const name = fn;
    const result2 = detectChange(name, sinceRetraining(t, metric), detectors[name]);
    if (result2.outcome === "unknown") return { known: false, reason: `${fn}(${metric}): ${result2.reason}` };
    return { known: true, value: result2.outcome === "detected" ? 1 : 0 };
  }
  const series = metricSeries(t, metric);
  if (fn === "previous") return previous(series, metric);
  if (fn === "highest") return highest(series, metric);
  if (fn === "lowest") return lowest(series, metric);
  if (call.window === void 0) return { known: false, reason: `${fn}(${metric}, \u2026) needs a window` };
  return WINDOWED[fn](series, call.window, metric);
}

// src/history/facts.ts
var DAY_MS3 = 864e5;
function historyFacts(t, options) {
  return {
    evaluate(fn, metric, written) {
      if (!isHistoryFunction(fn))
        return { known: false, reason: `${fn}() is not a function over the history` };
      if (options.timeless && t.records.length > 0 && (fn === "slope" || written?.ms !== void 0)) {
        return { known: false, reason: options.timeless };
      }
      let window2;
      if (written?.runs !== void 0) window2 = { runs: written.runs };
      else if (written?.ms !== void 0) window2 = { days: written.ms / DAY_MS3 };
      const answer = evaluateHistoryCall({ fn, metric, ...window2 ? { window: window2 } : {} }, t, options.detectors);
      if (answer.known || !options.hint) return answer;
      return { known: false, reason: `${answer.reason} (${options.hint})` };
    }
  };
}

// src/history/record.ts
var HISTORY_RECORD_VERSION = 2;
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function readRecord(value2) {
  if (!isObject2(value2)) return { ok: false, problem: "expected a JSON object (one run per line)" };
  const time = typeof value2["time"] === "string" ? value2["time"] : value2["generatedAt"];
  if (typeof time !== "string" || Number.isNaN(Date.parse(time))) {
    return { ok: false, problem: "expected 'time' as an ISO 8601 date-time string" };
  }
  const version = value2["schemaVersion"] ?? 1;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: "expected 'schemaVersion' as a whole number \u2265 1" };
  }
  const metrics = {};
  const rawMetrics = value2["metrics"] ?? {};
  if (!isObject2(rawMetrics))
    return { ok: false, problem: "expected 'metrics' as an object of name \u2192 number" };
  for (const [name, v] of Object.entries(rawMetrics)) {
    if (typeof v === "number" && Number.isFinite(v)) define2(metrics, name, v);
  }
  const rules = readRules(value2["rules"]);
  if (typeof rules === "string") return { ok: false, problem: rules };
  const status = readStatus(value2);
  if (status === void 0) return { ok: false, problem: "expected 'status' as due, healthy or unknown" };
  const record = { schemaVersion: version, time, status, metrics, rules };
  if (typeof value2["monitor"] === "string") record.monitor = value2["monitor"];
  const run3 = value2["run"];
  if (isObject2(run3) && (typeof run3["id"] === "string" || typeof run3["id"] === "number")) {
    record.run = {
      id: String(run3["id"]),
      attempt: typeof run3["attempt"] === "number" ? run3["attempt"] : 1,
      ...typeof run3["url"] === "string" ? { url: run3["url"] } : {}
    };
  }
  if (typeof value2["sha"] === "string") record.sha = value2["sha"];
  const drift = readDrift(value2["drift"]);
  if (drift) record.drift = drift;
  if (value2["quality"] !== void 0) record.quality = value2["quality"];
  const actions = value2["actions"];
  if (isObject2(actions)) {
    record.actions = {
      ...typeof actions["issue"] === "number" ? { issue: actions["issue"] } : {},
      ...typeof actions["dispatched"] === "boolean" ? { dispatched: actions["dispatched"] } : {},
      ...typeof actions["runId"] === "number" ? { runId: actions["runId"] } : {},
      ...typeof actions["claimedAt"] === "string" ? { claimedAt: actions["claimedAt"] } : {}
    };
  } else if (Array.isArray(actions)) {
    const dispatched = actions.some(
      (a) => isObject2(a) && a["kind"] === "dispatch" && a["outcome"] === "dispatched"
    );
    record.actions = { dispatched };
  }
  return { ok: true, record };
}
function define2(target, name, value2) {
  Object.defineProperty(target, name, { value: value2, enumerable: true, writable: true, configurable: true });
}
function readStatus(value2) {
  const status = value2["status"];
  if (status === "due" || status === "healthy" || status === "unknown") return status;
  if (status !== void 0) return void 0;
  if (typeof value2["triggered"] === "boolean") return value2["triggered"] ? "due" : "healthy";
  return "unknown";
}
function readRules(raw) {
  if (raw === void 0) return [];
  if (!Array.isArray(raw)) return "expected 'rules' as a list";
  const out = [];
  for (const rule of raw) {
    if (!isObject2(rule) || typeof rule["id"] !== "string")
      return "expected every entry of 'rules' to have an 'id'";
    const outcome = rule["outcome"];
    if (outcome === "triggered" || outcome === "ok" || outcome === "error")
      out.push({ id: rule["id"], outcome });
    else if (typeof rule["triggered"] === "boolean") {
      out.push({ id: rule["id"], outcome: rule["triggered"] ? "triggered" : "ok" });
    } else return `expected rule '${rule["id"]}' to have an outcome (triggered, ok or error)`;
  }
  return out;
}
function readDrift(raw) {
  if (!isObject2(raw) || typeof raw["share"] !== "number") return void 0;
  const features = Array.isArray(raw["features"]) ? raw["features"] : [];
  return {
    share: raw["share"],
    detected: raw["detected"] === true,
    features: features.filter(isObject2).filter((f) => typeof f["name"] === "string" && typeof f["statistic"] === "number").map((f) => ({
      name: f["name"],
      statistic: f["statistic"],
      drifted: f["drifted"] === true
    }))
  };
}

// src/history/jsonl.ts
var HistoryError = class extends InputError {
};
var EMPTY_HISTORY = { lines: [], records: [] };
var DEFAULT_MAX_RUNS = 2e3;
function parseHistory(text, where2) {
  const lines = [];
  const records = [];
  const raw = text.replace(/^\uFEFF/, "").split("\n");
  raw.forEach((line, index) => {
    const trimmed = line.replace(/\r$/, "");
    if (trimmed.trim() === "") return;
    let value2;
    try {
      value2 = JSON.parse(trimmed);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new HistoryError(
        `history: ${where2}, line ${index + 1}: not valid JSON (${detail}); nothing was written`
      );
    }
    const parsed = readRecord(value2);
    if (!parsed.ok)
      throw new HistoryError(`history: ${where2}, line ${index + 1}: ${parsed.problem}; nothing was written`);
    lines.push(trimmed);
    records.push(parsed.record);
  });
  return { lines, records };
}
function withRecord(history, record, maxRuns) {
  const line = JSON.stringify(record);
  const lines = [...history.lines];
  const records = [...history.records];
  const runId = record.run?.id;
  const same = runId === void 0 ? -1 : records.findIndex((r) => r.run?.id === runId);
  if (same >= 0) {
    lines[same] = line;
    records[same] = record;
  } else {
    lines.push(line);
    records.push(record);
  }
  const drop = Math.max(0, records.length - maxRuns);
  return { lines: lines.slice(drop), records: records.slice(drop) };
}
function historyText(history) {
  return history.lines.length === 0 ? "" : `${history.lines.join("\n")}
`;
}
function historyFileName(monitorKey, hash) {
  const safe = monitorKey.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|[-.]+$/g, "").slice(0, 80);
  const name = safe === monitorKey && safe !== "" ? safe : `${safe || "monitor"}-${hash(monitorKey).slice(0, 8)}`;
  return `${name}.jsonl`;
}

// src/history/memory.ts
import { createHash as createHash2 } from "node:crypto";
import * as path4 from "node:path";

// src/history/store.ts
function describeAppend(history, record, maxRuns, where2) {
  const replaces = record.run !== void 0 && history.records.some((r) => r.run?.id === record.run?.id);
  const total = history.records.length + (replaces ? 0 : 1);
  const dropped = Math.max(0, total - maxRuns);
  const what = replaces ? `replace the record of run ${record.run?.id}` : "append 1 record";
  const drop = dropped > 0 ? `, dropping the ${dropped} oldest (history-max-runs ${maxRuns})` : "";
  return `would ${what} ${replaces ? "in" : "to"} ${where2} (${history.records.length} stored${drop})`;
}

// src/history/store-branch.ts
var DEFAULT_HISTORY_BRANCH = "retrain-trigger-history";
var MAX_ATTEMPTS = 5;
function unexpected(endpoint2, what) {
  return new InputError(
    `history: GitHub's answer to ${endpoint2} is not what the Git data API returns (${what})`
  );
}
var isObject3 = (v) => typeof v === "object" && v !== null;
function shaAt(data, key, endpoint2) {
  const holder = isObject3(data) ? data[key] : void 0;
  const sha = isObject3(holder) ? holder["sha"] : void 0;
  if (typeof sha !== "string" || !/^[0-9a-f]{40}$/.test(sha)) throw unexpected(endpoint2, `no ${key}.sha`);
  return sha;
}
function ownSha(data, endpoint2) {
  const sha = isObject3(data) ? data["sha"] : void 0;
  if (typeof sha !== "string" || !/^[0-9a-f]{40}$/.test(sha)) throw unexpected(endpoint2, "no sha");
  return sha;
}
function branchStore(options) {
  const { client, repo, branch, file } = options;
  const where2 = `branch '${branch}', file '${file}'`;
  const base = { owner: repo.owner, repo: repo.repo };
  const octokit = client.octokit;
  const backoff = options.backoffMs ?? ((n) => 250 * n * (0.5 + Math.random()));
  let last;
  async function call(action, permission, send2) {
    try {
      return await send2();
    } catch (error) {
      if (statusOf(error) === 409) {
        throw new InputError(
          `history: ${action} failed: GitHub answered 409 (the repository has no commits yet?); the branch store needs a repository with at least one commit`
        );
      }
      throw new InputError(`history: ${explainFailure(error, action, permission)}`);
    }
  }
  async function readTip() {
    const endpoint2 = `GET /repos/${repo.owner}/${repo.repo}/git/ref/heads/${branch}`;
    try {
      const { data } = await octokit.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
        ...base,
        ref: `heads/${branch}`
      });
      return shaAt(data, "object", endpoint2);
    } catch (error) {
      if (statusOf(error) === 404) return void 0;
      if (error instanceof InputError) throw error;
      return call(`reading the history branch '${branch}'`, "contents: read", () => Promise.reject(error));
    }
  }
  async function load() {
    const commit = await readTip();
    if (commit === void 0) return { content: EMPTY_HISTORY };
    const reading = `reading ${where2}`;
    const commitData = await call(
      reading,
      "contents: read",
      () => octokit.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", { ...base, commit_sha: commit })
    );
    const tree = shaAt(commitData.data, "tree", "GET \u2026/git/commits/{sha}");
    const treeData = await call(
      reading,
      "contents: read",
      () => octokit.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", { ...base, tree_sha: tree })
    );
    const entries = isObject3(treeData.data) ? treeData.data["tree"] : void 0;
    if (!Array.isArray(entries)) throw unexpected("GET \u2026/git/trees/{sha}", "no tree list");
    const entry = entries.find((e) => isObject3(e) && e["path"] === file && e["type"] === "blob");
    if (!entry) {
      if (isObject3(treeData.data) && treeData.data["truncated"] === true) {
        throw unexpected(
          "GET \u2026/git/trees/{sha}",
          `the tree listing is truncated and does not show '${file}'`
        );
      }
      return { commit, tree, content: EMPTY_HISTORY };
    }
    const blobSha = ownSha(entry, "GET \u2026/git/trees/{sha}");
    const blob = await call(
      reading,
      "contents: read",
      () => octokit.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { ...base, file_sha: blobSha })
    );
    return { commit, tree, content: parseHistory(decodeBlob(blob.data, entry["size"]), where2) };
  }
  async function writeCommit(snapshot, text) {
    const writing = `writing ${where2}`;
    const blob = await call(
      writing,
      "contents: write",
      () => octokit.request("POST /repos/{owner}/{repo}/git/blobs", {
        ...base,
        content: Buffer.from(text, "utf8").toString("base64"),
        encoding: "base64"
      })
    );
    const tree = await call(
      writing,
      "contents: write",
      () => octokit.request("POST /repos/{owner}/{repo}/git/trees", {
        ...base,
        ...snapshot.tree ? { base_tree: snapshot.tree } : {},
        tree: [{ path: file, mode: "100644", type: "blob", sha: ownSha(blob.data, "POST \u2026/git/blobs") }]
      })
    );
    const treeSha = ownSha(tree.data, "POST \u2026/git/trees");
    const commit = await call(
      writing,
      "contents: write",
      () => octokit.request("POST /repos/{owner}/{repo}/git/commits", {
        ...base,
        message: options.message,
        tree: treeSha,
        parents: snapshot.commit ? [snapshot.commit] : []
      })
    );
    return { commit: ownSha(commit.data, "POST \u2026/git/commits"), tree: treeSha };
  }
  async function moveBranch(snapshot, commit) {
    try {
      if (snapshot.commit) {
        await octokit.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
          ...base,
          ref: `heads/${branch}`,
          sha: commit,
          force: false,
          request: { retries: 0 }
        });
      } else {
        await octokit.request("POST /repos/{owner}/{repo}/git/refs", {
          ...base,
          ref: `refs/heads/${branch}`,
          sha: commit,
          request: { retries: 0 }
        });
      }
      return "moved";
    } catch (error) {
      const status = statusOf(error);
      if (status === 409 || status === 422 && /fast.forward|already exists|does not exist/i.test(githubMessage(error))) {
        return "conflict";
      }
      if (isAmbiguous(error)) return "lost";
      throw new InputError(
        `history: ${explainFailure(error, `updating the branch '${branch}'`, "contents: write")}`
      );
    }
  }
  return {
    where: where2,
    async read() {
      last = await load();
      return last.content;
    },
    async append(record, maxRuns, guard) {
      let snapshot = last ?? await load();
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        if (attempt > 1) await sleep3(backoff(attempt));
        const refused = guard?.(snapshot.content);
        if (refused !== void 0) {
          last = snapshot;
          return {
            where: where2,
            attempts: attempt,
            replaced: false,
            dropped: 0,
            runs: snapshot.content.records.length,
            refused
          };
        }
        const next = withRecord(snapshot.content, record, maxRuns);
        const replaced = record.run !== void 0 && snapshot.content.records.some((r) => r.run?.id === record.run?.id);
        const total = snapshot.content.records.length + (replaced ? 0 : 1);
        const result2 = {
          where: where2,
          attempts: attempt,
          replaced,
          dropped: total - next.records.length,
          runs: next.records.length
        };
        const { commit, tree } = await writeCommit(snapshot, historyText(next));
        const moved = await moveBranch(snapshot, commit);
        if (moved === "moved" || moved === "lost" && await readTip() === commit) {
          last = { commit, tree, content: next };
          return result2;
        }
        snapshot = await load();
      }
      throw new InputError(
        `history: ${where2} kept changing while this run wrote to it; gave up after ${MAX_ATTEMPTS} attempts (no record of this run was stored)`
      );
    }
  };
}
function decodeBlob(data, size) {
  const endpoint2 = "GET \u2026/git/blobs/{sha}";
  if (!isObject3(data) || typeof data["content"] !== "string") throw unexpected(endpoint2, "no content");
  if (data["encoding"] !== "base64") throw unexpected(endpoint2, `encoding ${String(data["encoding"])}`);
  const bytes = Buffer.from(data["content"].replace(/\s+/g, ""), "base64");
  const expected = typeof data["size"] === "number" ? data["size"] : size;
  if (typeof expected === "number" && bytes.length !== expected) {
    throw unexpected(endpoint2, `${bytes.length} of ${expected} bytes: the answer was cut short`);
  }
  return bytes.toString("utf8");
}
function sleep3(ms) {
  return ms > 0 ? new Promise((resolve5) => setTimeout(resolve5, ms)) : Promise.resolve();
}

// src/history/store-file.ts
import { promises as fs2 } from "node:fs";
import * as path3 from "node:path";
function fileStore(file) {
  const where2 = `file '${file}'`;
  const read = async () => {
    let text;
    try {
      text = await fs2.readFile(file, "utf8");
    } catch (error) {
      if (error.code === "ENOENT") return EMPTY_HISTORY;
      throw new InputError(
        `history: cannot read ${where2} (${error.code ?? "error"})`
      );
    }
    return parseHistory(text, where2);
  };
  return {
    where: where2,
    read,
    async append(record, maxRuns, guard) {
      const before = await read();
      const refused = guard?.(before);
      if (refused !== void 0) {
        return { where: where2, attempts: 1, replaced: false, dropped: 0, runs: before.records.length, refused };
      }
      const after = withRecord(before, record, maxRuns);
      const replaced = record.run !== void 0 && before.records.some((r) => r.run?.id === record.run?.id);
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await fs2.mkdir(path3.dirname(file), { recursive: true });
        await fs2.writeFile(temporary, historyText(after), "utf8");
        await fs2.rename(temporary, file);
      } catch (error) {
        await fs2.rm(temporary, { force: true });
        throw new InputError(
          `history: cannot write ${where2} (${error.code ?? "error"})`
        );
      }
      const total = before.records.length + (replaced ? 0 : 1);
      return {
        where: where2,
        attempts: 1,
        replaced,
        dropped: total - after.records.length,
        runs: after.records.length
      };
    }
  };
}

// src/history/memory.ts
var sha256 = (text) => createHash2("sha256").update(text).digest("hex");
function openStore(settings, context3) {
  const store = settings.store;
  if (store === null) return null;
  if (store.kind === "file") return fileStore(path4.resolve(context3.cwd, store.path));
  if (context3.repo === null) {
    throw new InputError(
      "history: branch needs a repository (GITHUB_REPOSITORY); offline, use a .jsonl path for 'history' instead"
    );
  }
  return branchStore({
    client: context3.client(),
    repo: context3.repo,
    branch: store.branch,
    file: historyFileName(context3.monitorKey, sha256),
    message: `retrain-trigger: record a run of ${context3.monitorKey}`
  });
}
function recordOf(run3) {
  const metrics = {};
  for (const [name, value2] of run3.metrics) {
    if (Number.isFinite(value2)) {
      Object.defineProperty(metrics, name, { value: value2, enumerable: true, writable: true, configurable: true });
    }
  }
  return {
    schemaVersion: HISTORY_RECORD_VERSION,
    time: run3.time.toISOString(),
    monitor: run3.monitor,
    ...run3.run ? { run: run3.run } : {},
    ...run3.sha ? { sha: run3.sha } : {},
    status: run3.status,
    metrics,
    rules: run3.rules,
    ...run3.drift ? { drift: run3.drift } : {},
    ...run3.quality !== void 0 ? { quality: run3.quality } : {},
    ...run3.actions ? { actions: run3.actions } : {}
  };
}
async function remember(store, read, record, maxRuns, dryRun) {
  if (dryRun) return { written: false, plan: describeAppend(read, record, maxRuns, store.where) };
  return { written: true, result: await store.append(record, maxRuns) };
}

// src/history/model-age-github.ts
var isObject4 = (v) => typeof v === "object" && v !== null;
async function latestSuccessfulRun(client, repo, workflow, branch) {
  const base = { owner: repo.owner, repo: repo.repo };
  const action = `looking up the latest successful ${workflow} run (for the model's age)`;
  try {
    let ref = branch;
    if (ref === void 0) {
      const { data: data2 } = await client.octokit.request("GET /repos/{owner}/{repo}", base);
      const name = isObject4(data2) ? data2["default_branch"] : void 0;
      if (typeof name !== "string") throw unexpected2("GET /repos/{owner}/{repo}", "no default_branch");
      ref = name;
    }
    const endpoint2 = `GET /repos/${repo.owner}/${repo.repo}/actions/workflows/${workflow}/runs`;
    const { data } = await client.octokit.request(
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
      {
        ...base,
        workflow_id: workflow,
        status: "success",
        branch: ref,
        per_page: 10,
        exclude_pull_requests: true
      }
    );
    const runs = isObject4(data) ? data["workflow_runs"] : void 0;
    if (!Array.isArray(runs)) throw unexpected2(endpoint2, "no workflow_runs list");
    const ok = runs.filter(
      (r) => isObject4(r) && r["conclusion"] === "success" && r["head_branch"] === ref && typeof r["created_at"] === "string"
    );
    const newest2 = ok.sort((a, b) => String(b["created_at"]).localeCompare(String(a["created_at"])))[0];
    if (!newest2) return void 0;
    return {
      workflow,
      createdAt: newest2["created_at"],
      ...typeof newest2["html_url"] === "string" ? { url: newest2["html_url"] } : {}
    };
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (statusOf(error) === 404) {
      throw new InputError(
        `${action} failed: GitHub knows no workflow '${workflow}' in ${repo.owner}/${repo.repo} (404)`
      );
    }
    throw new InputError(explainFailure(error, action, "actions: read"));
  }
}
function unexpected2(endpoint2, what) {
  return new InputError(`GitHub's answer to ${endpoint2} is not what the REST API returns (${what})`);
}

// src/report/charts.ts
var CHART_RUNS = 30;
var MAX_LABEL = 40;
var MAX_POINTS = 60;
function chartLabel(text) {
  const safe = text.replace(/[^\p{L}\p{N} _.:/()%+-]/gu, "_").trim();
  const short = safe.length > MAX_LABEL ? `${safe.slice(0, MAX_LABEL - 1)}\u2026` : safe;
  return short === "" ? "_" : short;
}
function chartNumber(value2) {
  if (!Number.isFinite(value2)) return "0";
  const rounded = Number(value2.toPrecision(6));
  if (rounded === 0) return "0";
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  if (Math.abs(rounded) >= 1) return BigInt(Math.round(rounded)).toString();
  const magnitude = Math.floor(Math.log10(Math.abs(rounded)));
  return rounded.toFixed(Math.min(20, Math.max(0, 5 - magnitude))).replace(/\.?0+$/, "");
}
function quoted(text) {
  return `"${chartLabel(text)}"`;
}
function range(spec) {
  const all = [...spec.lines.flat(), ...(spec.bars ?? []).flat(), ...spec.include ?? []].filter(
    Number.isFinite
  );
  let lo = spec.yMin ?? Math.min(...all);
  let hi = spec.yMax ?? Math.max(...all);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.05 || 1;
    lo -= pad;
    hi += pad;
  } else if (spec.yMin === void 0 || spec.yMax === void 0) {
    const pad = (hi - lo) * 0.1;
    if (spec.yMin === void 0) lo -= pad;
    if (spec.yMax === void 0) hi += pad;
  }
  return [lo, hi];
}
function render(spec) {
  const [lo, hi] = range(spec);
  const rows = [
    "xychart-beta",
    `  title ${quoted(spec.title)}`,
    `  x-axis [${spec.labels.map(quoted).join(", ")}]`,
    `  y-axis ${quoted(spec.yTitle)} ${chartNumber(lo)} --> ${chartNumber(hi)}`,
    ...(spec.bars ?? []).map((values) => `  bar [${values.map(chartNumber).join(", ")}]`),
    ...spec.lines.map((values) => `  line [${values.map(chartNumber).join(", ")}]`)
  ];
  return rows.join("\n");
}
function newest(points2, limit) {
  return points2.slice(-Math.min(limit, MAX_POINTS));
}
function metricTrendChart(name, points2, options = {}) {
  const shown = newest(
    points2.filter((p) => Number.isFinite(p.value)),
    options.runs ?? CHART_RUNS
  );
  if (shown.length === 0) return null;
  const lines = [shown.map((p) => p.value)];
  const threshold = options.threshold;
  if (threshold !== void 0 && Number.isFinite(threshold)) lines.push(shown.map(() => threshold));
  const title = threshold === void 0 ? name : `${name} (threshold ${chartNumber(threshold)})`;
  return render({ title, labels: shown.map((p) => p.label), yTitle: name, lines });
}
function driftShareChart(points2, options = {}) {
  const shown = newest(points2, options.runs ?? CHART_RUNS);
  if (shown.length === 0) return null;
  const lines = [shown.map((p) => p.value * 100)];
  if (options.share !== void 0) lines.push(shown.map(() => options.share * 100));
  return render({
    title: "share of drifted features (%)",
    labels: shown.map((p) => p.label),
    yTitle: "%",
    lines,
    yMin: 0,
    yMax: 100
  });
}
function distributionChart(feature, d) {
  const n = Math.min(d.labels.length, d.reference.length, d.current.length, MAX_POINTS);
  if (n === 0) return null;
  return render({
    title: `${feature}: reference (bars) vs current (line), % of rows`,
    labels: d.labels.slice(0, n),
    yTitle: "%",
    bars: [d.reference.slice(0, n).map((v) => v * 100)],
    lines: [d.current.slice(0, n).map((v) => v * 100)],
    yMin: 0
  });
}
function mermaidBlock(chart) {
  return ["```mermaid", chart, "```"].join("\n");
}
function collapsedCharts(charts, summary2 = "Trends") {
  const shown = charts.filter((c) => c !== null);
  if (shown.length === 0) return "";
  return [
    `<details><summary>${summary2}</summary>`,
    "",
    ...shown.map((c) => `${mermaidBlock(c)}
`),
    "</details>"
  ].join("\n");
}

// src/history/trends.ts
function runLabels(times) {
  const day = (t) => new Date(t).toISOString().slice(5, 10);
  const minute = (t) => new Date(t).toISOString().slice(5, 16).replace("T", " ");
  const days = times.map(day);
  const labels = times.map(
    (t, i) => days.indexOf(days[i]) !== days.lastIndexOf(days[i]) ? minute(t) : day(t)
  );
  const seen = /* @__PURE__ */ new Map();
  return labels.map((label) => {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label} #${n}`;
  });
}
function points(series, runs) {
  const shown = series.filter((p) => p.value !== void 0 && Number.isFinite(p.value)).slice(-runs);
  const labels = runLabels(shown.map((p) => p.time));
  return shown.map((p, i) => ({ label: labels[i], value: p.value }));
}
function trendCharts(t, requests, drift, runs = CHART_RUNS, maxCharts = Number.POSITIVE_INFINITY) {
  const seen = /* @__PURE__ */ new Set();
  const charts = [];
  for (const request2 of requests) {
    const key = `${request2.metric}\0${request2.threshold ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const series = points(metricSeries(t, request2.metric), runs);
    if (series.length < 2) continue;
    charts.push(metricTrendChart(request2.metric, series, { threshold: request2.threshold, runs }));
  }
  if (drift) {
    const shares = points(driftShares(t, drift.share), runs);
    if (shares.length >= 2) charts.push(driftShareChart(shares, { share: drift.threshold, runs }));
    for (const d of drift.distributions ?? []) charts.push(distributionChart(d.feature, d.distribution));
  }
  return collapsedCharts(charts.slice(0, maxCharts), `Trends over the last ${runs} runs`);
}

// src/history/rule-charts.ts
var MAX_CHARTS = 8;
function constant(node) {
  if (node.kind === "number") return node.percent ? node.value / 100 : node.value;
  if (node.kind === "negate" && node.operand.kind === "number") {
    const inner = constant(node.operand);
    return inner === void 0 ? void 0 : -inner;
  }
  return void 0;
}
function children(node) {
  switch (node.kind) {
    case "negate":
    case "not":
      return [node.operand];
    case "arith":
    case "compare":
    case "logical":
      return [node.left, node.right];
    case "call":
      return node.args;
    default:
      return [];
  }
}
function chartRequests(rules) {
  const out = [];
  for (const rule of rules) {
    const drawn = /* @__PURE__ */ new Set();
    const visit3 = (node) => {
      if (node.kind === "compare") {
        const sides = [node.left, node.right];
        const metric = sides.find(
          (s) => s.kind === "fact" && s.namespace === rule.facts.bare.name
        );
        const threshold = sides.map(constant).find((v) => v !== void 0);
        if (metric && threshold !== void 0) {
          out.push({ metric: metric.name, threshold });
          drawn.add(metric.name);
          return;
        }
      }
      for (const child of children(node)) visit3(child);
    };
    visit3(rule.ast);
    for (const metric of rule.metrics) if (!drawn.has(metric)) out.push({ metric });
  }
  return out;
}
function historyCharts(t, rules, verdict) {
  const drift = verdict.evidence.drift;
  return trendCharts(
    t,
    chartRequests(rules),
    drift ? { share: drift.share, threshold: drift.threshold } : void 0,
    void 0,
    MAX_CHARTS
  );
}

// src/history-stage.ts
function clientFactory(config, repo) {
  let client;
  return () => client ??= createClient(config.githubToken, repo);
}
async function recall(config, rules, evidence, repo, now) {
  const client = clientFactory(config, repo);
  const store = openStore(config.history, {
    monitorKey: config.monitorKey,
    cwd: config.workingDirectory,
    repo,
    client
  });
  const content = store ? await store.read() : EMPTY_HISTORY;
  const past = evidence.current.history ?? [];
  const records = store ? content.records : past.map(metricsLineRecord);
  const t = timeline(records, {
    time: now.getTime(),
    ...repo?.runId ? { runId: repo.runId } : {},
    metrics: evidence.current.values
  });
  const files = evidence.current.files.join(", ");
  const facts = historyFacts(t, {
    detectors: config.history.detectors,
    ...store === null && past.length > 0 ? {
      timeless: `the earlier lines of ${files} carry no run times, so durations and slopes cannot be measured on them; use a window of runs (e.g. 7), or set 'history' to keep a store`
    } : {},
    ...store === null ? { hint: "no history store is configured: set 'history' to keep one" } : {}
  });
  const readsModel = rules.some((r) => references(r.ast, r.facts).some((ref) => ref.namespace === "model"));
  const age = config.maxModelAgeDays !== void 0 || readsModel ? await lookUpAge(config, evidence, t, store !== null, repo, client, now) : void 0;
  return {
    now,
    rules,
    store,
    content,
    timeline: t,
    verdict: {
      timeline: t,
      facts,
      ...age ? { age } : {},
      ...config.maxModelAgeDays !== void 0 ? { maxModelAgeDays: config.maxModelAgeDays } : {},
      ...config.driftHysteresis ? { driftHysteresis: config.driftHysteresis } : {}
    }
  };
}
function trendsOf(memory, verdict) {
  return memory.store ? historyCharts(memory.timeline, memory.rules, verdict) : "";
}
function metricsLineRecord(values) {
  return {
    schemaVersion: HISTORY_RECORD_VERSION,
    time: (/* @__PURE__ */ new Date(0)).toISOString(),
    status: "unknown",
    metrics: Object.fromEntries(values),
    rules: []
  };
}
async function lookUpAge(config, evidence, t, hasStore, repo, client, now) {
  const key = config.modelTimestamp;
  const current = evidence.current;
  const value2 = key === void 0 ? void 0 : current.values.get(key) ?? current.metadata.get(key);
  const file = key === void 0 ? void 0 : current.sources.get(key);
  const workflow = config.dispatch?.repository ? void 0 : config.dispatch?.workflow;
  const run3 = value2 === void 0 && workflow && repo && config.githubToken ? await latestSuccessfulRun(client(), repo, workflow) : void 0;
  const retrained = lastRetraining(t.records);
  return modelAge({
    now: now.getTime(),
    ...key !== void 0 && value2 !== void 0 ? { timestamp: { key, value: value2, ...file ? { file } : {} } } : {},
    ...run3 ? { lastSuccessfulRun: run3 } : {},
    ...retrained ? { lastRetrainingInHistory: retrained } : {},
    looked: { ...key ? { modelTimestamp: key } : {}, ...workflow ? { workflow } : {}, history: hasStore }
  });
}
function runRecord(config, verdict, effects, repo, now) {
  const { drift, quality } = verdict.evidence;
  return recordOf({
    time: now,
    monitor: config.monitorKey,
    ...repo?.runId ? {
      run: {
        id: repo.runId,
        attempt: repo.runAttempt ?? 1,
        ...repo.runUrl ? { url: repo.runUrl } : {}
      }
    } : {},
    ...repo?.sha ? { sha: repo.sha } : {},
    status: verdict.status,
    metrics: verdict.evidence.current.values,
    rules: verdict.rules.map((r) => ({ id: r.id, outcome: r.outcome })),
    ...drift ? {
      drift: {
        share: drift.share,
        detected: drift.detected,
        features: drift.features.map((f) => ({
          name: f.name,
          statistic: f.statistic,
          drifted: f.drifted
        }))
      }
    } : {},
    ...quality ? {
      quality: quality.features.map((f) => ({
        name: f.name,
        missingShare: f.missingShare.current,
        newShare: f.newShare,
        outOfRangeShare: f.outOfRangeShare
      }))
    } : {},
    actions: {
      ...effects.issueNumber !== void 0 ? { issue: effects.issueNumber } : {},
      dispatched: effects.dispatched,
      ...effects.runId !== void 0 ? { runId: effects.runId } : {}
    }
  });
}
function claimOf(memory, config, verdict, repo) {
  const runId = repo?.runId;
  if (!memory.store || config.history.store?.kind !== "branch" || !config.dispatch || !runId) return {};
  const store = memory.store;
  const nothingYet = { dispatched: false, records: [], failures: [] };
  return {
    claim: storeClaim(store, () => runRecord(config, verdict, nothingYet, repo, memory.now), {
      runId,
      maxRuns: config.history.maxRuns,
      cooldownMs: config.dispatch.cooldownMs
    })
  };
}
async function rememberRun(memory, config, verdict, effects, repo) {
  if (memory.store === null) return effects;
  const record = runRecord(config, verdict, effects, repo, memory.now);
  let line;
  const failures = [];
  try {
    const done = await remember(memory.store, memory.content, record, config.history.maxRuns, config.dryRun);
    if (!done.written) {
      line = { kind: "history", outcome: "would-append", detail: `${done.plan} (dry-run)` };
    } else {
      const r = done.result;
      const dropped = r.dropped > 0 ? `, dropped the ${r.dropped} oldest` : "";
      const tries = r.attempts > 1 ? `, after ${r.attempts} attempts (other runs wrote first)` : "";
      line = {
        kind: "history",
        outcome: r.replaced ? "replaced" : "appended",
        detail: `${r.replaced ? "replaced the record of this run (an earlier attempt) in" : "appended this run to"} ${r.where} (${r.runs} runs stored${dropped}${tries})`
      };
    }
  } catch (error) {
    const message = messageOf(error);
    line = { kind: "history", outcome: "failed", detail: message };
    failures.push(message);
  }
  return {
    ...effects,
    records: [...effects.records, line],
    failures: [...effects.failures, ...failures]
  };
}

// src/github/effects.ts
import { randomUUID as randomUUID4 } from "node:crypto";

// src/github/alert.ts
import { randomUUID as randomUUID3 } from "node:crypto";

// src/github/types.ts
var ESCALATION_LABEL = "retraining-failed";

// src/github/alert.ts
async function syncAlertIssue(input) {
  const result2 = { records: [], failures: [] };
  const { client, where: where2, config, verdict, log } = input;
  const { alert, monitorKey, dryRun } = config;
  const record = (outcome, detail, url) => result2.records.push({ kind: "alert-issue", outcome, detail, ...url ? { url } : {} });
  const fail = (message) => {
    result2.failures.push(message);
    record("failed", message);
    log(escapeLog(message));
  };
  const title = alertTitle(alert.title, config.monitorTitle);
  const lookup = () => listOpenAlerts(client, where2, alert.labels[0], monitorKey, title);
  let open;
  try {
    open = input.shared ? matchAlerts(await input.shared.openIssues(alert.labels[0]), monitorKey, title) : await lookup();
  } catch (error) {
    fail(
      explainFailure(
        error,
        `Listing open issues to find the alert of monitor '${monitorKey}'`,
        "issues: write"
      )
    );
    return result2;
  }
  let current = open[0];
  if (open.length > 1) current = await closeDuplicates(input, open, result2);
  if (current) Object.assign(result2, { issueNumber: current.number, issueUrl: current.html_url });
  if (current && labelNames(current).some((l) => l.toLowerCase() === ESCALATION_LABEL)) {
    result2.escalated = `alert #${current.number} is labelled '${ESCALATION_LABEL}': retraining failed and a person is needed`;
  }
  if (current?.markerMissing) {
    log(
      `alert #${current.number} has lost its hidden marker (found by its title and label); the marker is restored`
    );
  }
  const body = () => alertBody({
    verdict,
    verdictMarkdown: input.verdictMarkdown,
    monitorKey,
    runUrl: input.runUrl,
    dispatchLine: input.dispatchLine,
    now: input.now
  });
  if (verdict.status === "unknown") {
    await keepAlert(input, current, record, fail);
    return result2;
  }
  if (!verdict.triggered) {
    if (!current) {
      record("unchanged", `No retraining due and no open alert for monitor '${monitorKey}': nothing to do.`);
    } else if (!alert.closeOnRecovery) {
      if (current.markerMissing && !dryRun) await restoreMarker(input, current, fail);
      record(
        "unchanged",
        `No retraining due; alert #${current.number} left open because close-on-recovery is false.`,
        current.html_url
      );
    } else if (dryRun) {
      record(
        "would-close",
        `would comment on and close #${current.number} (no retraining due any more)`,
        current.html_url
      );
    } else {
      await closeRecovered(input, current, record, fail);
    }
    return result2;
  }
  if (current) {
    await updateAlert(input, current, body(), record, fail);
    return result2;
  }
  const labels = alert.labels;
  const assignees = alert.assignees;
  if (dryRun) {
    record(
      "would-create",
      `would create issue "${title}" with labels ${JSON.stringify(labels)}` + (assignees.length ? ` and assignees ${JSON.stringify(assignees)}` : "")
    );
    return result2;
  }
  for (const label of labels) {
    await (input.shared ? input.shared.ensureLabel(label, log) : ensureLabel(client, where2, label, log));
  }
  let created;
  try {
    const outcome = await createAlertIssue(
      client,
      where2,
      { title, body: body(), labels, assignees },
      lookup,
      log
    );
    created = outcome.issue;
    record(
      "created",
      outcome.recovered ? `Created alert #${created.number} (GitHub's answer was lost; found it by its marker, no duplicate).` : `Created alert #${created.number}: ${verdict.reasons.length} reason(s) for retraining.`,
      created.html_url
    );
  } catch (error) {
    fail(explainFailure(error, `Creating the alert issue for monitor '${monitorKey}'`, "issues: write"));
    return result2;
  }
  Object.assign(result2, { issueNumber: created.number, issueUrl: created.html_url });
  checkDropped(created, labels, assignees, fail);
  try {
    const again = await lookup();
    const all = again.some((i) => i.number === created.number) ? again : [...again, created];
    if (all.length > 1) {
      const kept = await closeDuplicates(
        input,
        all.sort((a, b) => a.number - b.number),
        result2
      );
      Object.assign(result2, { issueNumber: kept.number, issueUrl: kept.html_url });
    }
  } catch (error) {
    log(
      escapeLog(
        `could not re-check for duplicate alerts: ${explainFailure(error, "listing", "issues: write")}`
      )
    );
  }
  return result2;
}
async function closeRecovered(input, current, record, fail) {
  const { client, where: where2, log } = input;
  let note = "";
  try {
    const nonce = randomUUID3();
    await postComment(client, where2, current.number, recoveryComment(input.runUrl, nonce), nonce, log);
  } catch (error) {
    if (isAmbiguous(error) || error instanceof BudgetExhaustedError) {
      fail(explainFailure(error, `Commenting on the recovered alert #${current.number}`, "issues: write"));
      return;
    }
    const locked = current.locked === true || statusOf(error) === 403;
    note = ` without the recovery comment: GitHub refused it (${statusOf(error) ?? "?"} ${githubMessage(error)})${locked ? "; the issue is probably locked" : ""}`;
  }
  try {
    await closeIssue(client, where2, current.number, "completed");
    record("closed", `No retraining due any more; closed alert #${current.number}${note}.`, current.html_url);
  } catch (error) {
    fail(explainFailure(error, `Closing the recovered alert #${current.number}`, "issues: write"));
  }
}
async function restoreMarker(input, current, fail) {
  try {
    await input.client.octokit.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...input.where,
      issue_number: current.number,
      body: `${current.body ?? ""}

${monitorMarker(input.config.monitorKey)}`,
      request: { answer: anIssue }
    });
  } catch (error) {
    fail(explainFailure(error, `Restoring the hidden marker of alert #${current.number}`, "issues: write"));
  }
}
async function keepAlert(input, current, record, fail) {
  const { config, verdict } = input;
  if (!current) {
    record(
      "unchanged",
      `Could not decide, and no alert is open for monitor '${config.monitorKey}': nothing to do.`
    );
    return;
  }
  const kept = `Could not decide; alert #${current.number} stays open (on-unknown: ${verdict.onUnknown}).`;
  if (config.dryRun) {
    record("would-update", `${kept} Would note this run in its body.`, current.html_url);
    return;
  }
  const note = undecidedNote(verdict.undecided, input.runUrl, input.now);
  try {
    await input.client.octokit.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...input.where,
      issue_number: current.number,
      // An alert found by its title gets its hidden marker back, as on every other path.
      body: withUndecidedNote(current.body ?? "", note) + (current.markerMissing ? `

${monitorMarker(config.monitorKey)}` : ""),
      request: { answer: anIssue }
    });
    record("kept", `${kept} Noted this run in its body.`, current.html_url);
  } catch (error) {
    fail(explainFailure(error, `Noting the undecided run on alert #${current.number}`, "issues: write"));
  }
}
async function updateAlert(input, current, body, record, fail) {
  const { client, where: where2, verdict, log } = input;
  const changed = !current.markerMissing && readFingerprint(current.body) !== verdictFingerprint(verdict);
  if (input.config.dryRun) {
    record(
      "would-update",
      `would update the body of #${current.number}` + (changed ? " and comment that the verdict changed" : ""),
      current.html_url
    );
    return;
  }
  try {
    await client.octokit.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...where2,
      issue_number: current.number,
      body,
      request: { answer: anIssue }
    });
    record(
      "updated",
      `Updated alert #${current.number} with this run's verdict${current.markerMissing ? " (and restored its hidden marker, which had been deleted)" : ""}.`,
      current.html_url
    );
  } catch (error) {
    fail(explainFailure(error, `Updating alert #${current.number}`, "issues: write"));
    return;
  }
  if (!changed) return;
  try {
    const nonce = randomUUID3();
    await postComment(
      client,
      where2,
      current.number,
      changedComment(verdict, input.runUrl, nonce),
      nonce,
      log
    );
    record("commented", `The verdict changed; commented on #${current.number}.`, current.html_url);
  } catch (error) {
    fail(explainFailure(error, `Commenting on alert #${current.number}`, "issues: write"));
  }
}
async function closeDuplicates(input, open, result2) {
  const [kept, ...duplicates] = open;
  for (const dup of duplicates) {
    if (input.config.dryRun) {
      result2.records.push({
        kind: "alert-issue",
        outcome: "would-close",
        detail: `would close #${dup.number} as a duplicate of #${kept.number}`,
        url: dup.html_url
      });
      continue;
    }
    try {
      const nonce = randomUUID3();
      await postComment(
        input.client,
        input.where,
        dup.number,
        duplicateComment(kept.number, nonce),
        nonce,
        input.log
      );
      await closeIssue(input.client, input.where, dup.number, "not_planned");
      result2.records.push({
        kind: "alert-issue",
        outcome: "closed",
        detail: `Closed #${dup.number} as a duplicate of #${kept.number} (two runs raced; the oldest alert is kept).`,
        url: dup.html_url
      });
    } catch (error) {
      const message = explainFailure(error, `Closing duplicate alert #${dup.number}`, "issues: write");
      result2.failures.push(message);
      result2.records.push({ kind: "alert-issue", outcome: "failed", detail: message, url: dup.html_url });
    }
  }
  return kept;
}
function checkDropped(issue, labels, assignees, fail) {
  const got = new Set(labelNames(issue).map((l) => l.toLowerCase()));
  const missingLabels = labels.filter((l) => !got.has(l.toLowerCase()));
  const gotAssignees = new Set((issue.assignees ?? []).map((a) => a.login.toLowerCase()));
  const missingAssignees = assignees.filter((a) => !gotAssignees.has(a.toLowerCase()));
  if (missingLabels.length > 0) {
    fail(
      `Alert #${issue.number} was created without the label(s) ${missingLabels.map(escapeMarkdown).join(", ")}: GitHub drops labels the token may not set (it needs push access or \`issues: write\`). Without its label the alert is not found next run and a duplicate would be opened.`
    );
  }
  if (missingAssignees.length > 0) {
    fail(
      `Alert #${issue.number} was created without the assignee(s) ${missingAssignees.map(escapeMarkdown).join(", ")}: GitHub drops assignees that are not collaborators or that the token may not set.`
    );
  }
}

// src/github/effects.ts
async function applyEffects(input, log = (line) => info(line)) {
  const outcome = { dispatched: false, records: [], failures: [] };
  const { config, repo } = input;
  const dispatch = config.dispatch && (config.dispatch.workflow || config.dispatch.eventType) ? config.dispatch : null;
  if (!config.alert.enabled && !dispatch) return outcome;
  const missing = !config.githubToken ? "github-token is empty; the alert issue and the dispatch need a token (the default is the workflow token, `${{ github.token }}`)." : !repo.owner || !repo.repo ? "The repository is unknown (GITHUB_REPOSITORY not set); the alert issue and the dispatch need it." : void 0;
  if (missing) {
    outcome.failures.push(missing);
    if (config.alert.enabled)
      outcome.records.push({ kind: "alert-issue", outcome: "failed", detail: missing });
    if (dispatch) outcome.records.push({ kind: "dispatch", outcome: "failed", detail: missing });
    return outcome;
  }
  const now = input.now ?? /* @__PURE__ */ new Date();
  const redact = redactor(config.secrets);
  const safeLog = (line) => log(escapeLog(redact(line)));
  try {
    const client = input.shared?.client ?? createClient(config.githubToken, repo, { log: safeLog, ...input.client });
    const alertFirst = config.alert.enabled && dispatch !== null && usesIssueNumber(dispatch.inputs);
    const syncAlert = async (dispatchLine2) => {
      const alert = await syncAlertIssue({
        client,
        where: { owner: repo.owner, repo: repo.repo },
        config,
        verdict: input.verdict,
        verdictMarkdown: input.verdictMarkdown,
        runUrl: repo.runUrl,
        dispatchLine: dispatchLine2,
        now,
        log: safeLog,
        ...input.shared ? { shared: input.shared } : {}
      });
      outcome.records.push(...alert.records.map((r) => redactRecord(r, redact)));
      outcome.failures.push(...alert.failures.map(redact));
      if (alert.escalated) outcome.escalated = alert.escalated;
      if (alert.issueNumber !== void 0) {
        outcome.issueNumber = alert.issueNumber;
        outcome.issueUrl = alert.issueUrl;
      }
    };
    if (alertFirst) await syncAlert(void 0);
    let dispatchLine = input.batchDispatch?.line;
    if (dispatch) {
      const dispatched = await dispatchRetraining({
        client,
        repo,
        config,
        dispatch,
        verdict: input.verdict,
        ...outcome.issueNumber !== void 0 ? { issueNumber: outcome.issueNumber } : {},
        now,
        log: safeLog,
        ...input.race ? { race: input.race } : {},
        ...input.claim ? { claim: input.claim } : {},
        ...input.shared ? { reads: input.shared.dispatchReads } : {}
      });
      const result2 = redactResult(dispatched, redact);
      merge2(outcome, result2);
      dispatchLine = summarizeDispatch(result2);
      if (alertFirst && result2.dispatched && outcome.issueNumber !== void 0) {
        await commentDispatch(client, repo, outcome, result2, safeLog, redact);
      }
    }
    if (config.alert.enabled && !alertFirst) await syncAlert(dispatchLine);
  } catch (error) {
    outcome.failures.push(redact(`Acting on GitHub stopped unexpectedly: ${messageOf(error)}`));
  }
  for (const record of outcome.records) safeLog(`${record.kind}: ${record.outcome} \u2014 ${record.detail}`);
  return outcome;
}
function redactRecord(record, redact) {
  return { ...record, outcome: redact(record.outcome), detail: redact(record.detail) };
}
function redactResult(result2, redact) {
  return {
    ...result2,
    records: result2.records.map((r) => redactRecord(r, redact)),
    failures: result2.failures.map(redact)
  };
}
function usesIssueNumber(inputs) {
  return Object.values(inputs).some((value2) => value2.includes("{issue_number}"));
}
async function commentDispatch(client, repo, outcome, result2, log, redact) {
  const issue = outcome.issueNumber;
  const nonce = randomUUID4();
  const run3 = safeLink(result2.runId !== void 0 ? `run ${result2.runId}` : "the runs page", result2.runUrl);
  const body = `\u{1F501} Retraining dispatched${run3 ? `: ${run3}` : ""}.

${nonceMarker(nonce)}`;
  try {
    await postComment(client, { owner: repo.owner, repo: repo.repo }, issue, body, nonce, log);
    outcome.records.push({
      kind: "alert-issue",
      outcome: "commented",
      detail: `Noted the dispatch on #${issue}.`
    });
  } catch (error) {
    const message = redact(
      explainFailure(error, `Commenting the dispatch on alert #${issue}`, "issues: write")
    );
    outcome.failures.push(message);
    outcome.records.push({ kind: "alert-issue", outcome: "failed", detail: message });
  }
}
function merge2(outcome, result2) {
  outcome.dispatched = result2.dispatched;
  if (result2.runId !== void 0) outcome.runId = result2.runId;
  if (result2.runUrl !== void 0) outcome.runUrl = result2.runUrl;
  outcome.records.push(...result2.records);
  outcome.failures.push(...result2.failures);
}
function summarizeDispatch(result2) {
  const last = result2.records[result2.records.length - 1];
  if (!last) return void 0;
  return `${escapeMarkdown(last.outcome)} \u2014 ${escapeMarkdown(last.detail)}`;
}

// src/command/env.ts
var COMMAND_ENV = {
  status: "RETRAIN_TRIGGER_STATUS",
  reasons: "RETRAIN_TRIGGER_REASONS",
  failedRules: "RETRAIN_TRIGGER_FAILED_RULES",
  driftedFeatures: "RETRAIN_TRIGGER_DRIFTED_FEATURES",
  report: "RETRAIN_TRIGGER_REPORT",
  monitor: "RETRAIN_TRIGGER_MONITOR"
};
function verdictEnv(verdict) {
  return {
    [COMMAND_ENV.status]: verdict.status,
    [COMMAND_ENV.reasons]: JSON.stringify(verdict.reasons),
    [COMMAND_ENV.failedRules]: JSON.stringify(verdict.failedRules),
    [COMMAND_ENV.driftedFeatures]: JSON.stringify(verdict.driftedFeatures),
    [COMMAND_ENV.report]: verdict.reportPath,
    [COMMAND_ENV.monitor]: verdict.monitor
  };
}
function commandEnv(base, verdict) {
  const env = /* @__PURE__ */ Object.create(null);
  for (const [name, value2] of Object.entries(base)) {
    if (value2 === void 0 || /^INPUT_/i.test(name)) continue;
    env[name] = value2;
  }
  return Object.assign(env, verdictEnv(verdict));
}

// src/command/plan.ts
function claims(entries, monitor) {
  const byClaim = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (entry.monitor !== monitor) continue;
    const key = `${entry.runId ?? ""}\0${entry.at}`;
    const seen = byClaim.get(key);
    if (!seen || seen.state === "claimed") byClaim.set(key, entry);
  }
  return [...byClaim.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
function planCommand(entries, input) {
  if (input.status === "unknown") {
    return { run: false, reason: "the verdict could not be decided; nothing is started on a guess" };
  }
  if (input.status !== "due") return { run: false, reason: "retraining is not due" };
  const history = claims(entries, input.monitor);
  if (input.runId !== void 0) {
    const same = history.find((c) => c.runId === input.runId);
    if (same) {
      return {
        run: false,
        reason: `already started by an earlier attempt of this workflow run (${same.at}, ${describe2(same)})`
      };
    }
  }
  let failures = 0;
  for (let i = history.length - 1; i >= 0 && history[i]?.state === "failed"; i--) failures++;
  if (failures >= input.maxFailures) {
    return {
      run: false,
      reason: `the command failed ${failures} times in a row; it is not started again until it succeeds by hand or the alert recovers \u2014 a person is needed`,
      gaveUp: true
    };
  }
  const last = history[history.length - 1];
  if (last && last.state !== "failed") {
    const age = input.now.getTime() - Date.parse(last.at);
    if (age < input.cooldownMs) {
      return {
        run: false,
        reason: `started ${formatAge(age)} ago (${last.at}, ${describe2(last)}), within the cooldown`
      };
    }
  }
  return {
    run: true,
    reason: failures > 0 ? `retraining is due; the last ${failures} attempt(s) failed` : "retraining is due"
  };
}
function describe2(entry) {
  if (entry.state === "claimed") return "no outcome recorded";
  if (entry.state === "succeeded") return "succeeded";
  return `failed${entry.exitCode !== void 0 ? ` with exit code ${entry.exitCode}` : ""}`;
}
function formatAge(ms) {
  const minutes = Math.max(0, Math.round(ms / 6e4));
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} d`;
}

// src/command/run.ts
import { randomBytes } from "node:crypto";
import { promises as fs4 } from "node:fs";
import * as path6 from "node:path";

// src/notify/text.ts
var UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
function plainLine(text) {
  return text.replace(/\r\n|\r|\n/g, " ").replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function slackText(text) {
  return plainLine(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[*_~`]/g, (ch) => SLACK_LOOKALIKE[ch]);
}
var SLACK_LOOKALIKE = {
  "*": "\u2217",
  // ∗ asterisk operator
  _: "\uFF3F",
  // ＿ fullwidth low line
  "~": "\u223C",
  // ∼ tilde operator
  "`": "\u02CB"
  // ˋ modifier letter grave accent
};
function clip(text, max) {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - 1);
  const code = text.charCodeAt(cut - 1);
  if (code >= 55296 && code <= 56319) cut -= 1;
  return `${text.slice(0, cut)}\u2026`;
}
function forms(secret) {
  const out = /* @__PURE__ */ new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]);
  if (URL.canParse(secret)) {
    const url = new URL(secret);
    const tail = `${url.pathname}${url.search}`;
    if (tail.length >= 8) out.add(tail);
  }
  return [...out].filter((s) => s.length > 0);
}
function maskSecrets(text, secrets) {
  const all = secrets.filter((s) => s.length >= 4).flatMap(forms).sort((a, b) => b.length - a.length);
  let out = text;
  for (const secret of all) out = out.split(secret).join("***");
  return out;
}

// src/command/watchdog.ts
import { promises as fs3 } from "node:fs";
import * as os from "node:os";
import * as path5 from "node:path";
var SOURCE = String.raw`'use strict';
const { spawn } = require('node:child_process');
const os = require('node:os');
const [nonce, ms, program, ...args] = process.argv.slice(2);
const group = process.platform !== 'win32';
const child = spawn(program, args, { stdio: 'inherit', detached: group });
let timedOut = false;
const stop = (signal) => {
  try {
    if (group) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {}
};
const timer = setTimeout(() => {
  timedOut = true;
  process.stderr.write(nonce + ' timeout\n');
  stop('SIGTERM');
  setTimeout(() => stop('SIGKILL'), 10000).unref();
}, Number(ms));
child.on('error', (error) => {
  clearTimeout(timer);
  process.stderr.write(nonce + ' cannot-start ' + (error.code || 'error') + '\n');
  process.exit(127);
});
child.on('exit', (code, signal) => {
  clearTimeout(timer);
  process.exit(timedOut ? 124 : code !== null ? code : 128 + (os.constants.signals[signal] || 0));
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
`;
async function writeWatchdog(tempDir = process.env.RUNNER_TEMP || os.tmpdir()) {
  const dir = await fs3.mkdtemp(path5.join(tempDir, "retrain-trigger-"));
  const file = path5.join(dir, "watchdog.cjs");
  await fs3.writeFile(file, SOURCE, { mode: 384 });
  return file;
}

// src/command/run.ts
var TAIL_LINES = 40;
var TAIL_LINE_MAX = 500;
async function runCommand(options) {
  const [program, ...args] = options.argv;
  if (!program) throw new Error("command: the argv is empty");
  const nonce = randomBytes(12).toString("hex");
  const watchdog = await writeWatchdog();
  const tail = [];
  let timedOut = false;
  let cannotStart;
  const keep = (raw) => {
    if (raw.startsWith(`${nonce} `)) {
      const what = raw.slice(nonce.length + 1);
      if (what === "timeout") timedOut = true;
      else if (what.startsWith("cannot-start")) cannotStart = what.slice("cannot-start ".length);
      return;
    }
    const line = maskSecrets(raw, options.secrets);
    options.log?.(line);
    tail.push(line.length > TAIL_LINE_MAX ? `${line.slice(0, TAIL_LINE_MAX)}\u2026` : line);
    if (tail.length > TAIL_LINES) tail.shift();
  };
  const started = Date.now();
  let exitCode;
  try {
    exitCode = await exec(process.execPath, [watchdog, nonce, String(options.timeoutMs), program, ...args], {
      env: options.env,
      ...options.cwd ? { cwd: options.cwd } : {},
      silent: true,
      ignoreReturnCode: true,
      listeners: { stdline: keep, errline: keep }
    });
  } finally {
    await fs4.rm(path6.dirname(watchdog), { recursive: true, force: true });
  }
  if (cannotStart) {
    tail.push(
      cannotStart === "ENOENT" ? `cannot start '${maskSecrets(program, options.secrets)}': not found on PATH` : `cannot start '${maskSecrets(program, options.secrets)}' (${cannotStart})`
    );
  }
  return { exitCode, timedOut, tail: tail.join("\n"), durationMs: Date.now() - started };
}

// src/notify/pagerduty.ts
import { createHash as createHash4 } from "node:crypto";

// src/notify/message.ts
import { createHash as createHash3 } from "node:crypto";
var TITLES = {
  opened: "Retraining is due",
  changed: "Retraining is still due, for other reasons",
  escalated: "Retraining needs a person",
  recovered: "Recovered: the model is back within its rules",
  repeat: "Retraining is still due"
};
function titleOf(message) {
  return `${TITLES[message.event]}: ${message.monitor}`;
}
var EVENT_EMOJI = {
  opened: "\u{1F534}",
  changed: "\u{1F7E0}",
  escalated: "\u{1F6A8}",
  recovered: "\u{1F7E2}",
  repeat: "\u{1F534}"
};
function deliveryKey(monitor, target, seq, event) {
  return createHash3("sha256").update(JSON.stringify([monitor, target, seq, event])).digest("hex").slice(0, 32);
}
function linksOf(message) {
  const links = [];
  if (message.issueUrl) links.push({ label: "Alert issue", url: message.issueUrl });
  if (message.retrainingUrl) links.push({ label: "Retraining run", url: message.retrainingUrl });
  if (message.runUrl) links.push({ label: "Monitor run", url: message.runUrl });
  return links;
}

// src/notify/pagerduty.ts
var SUMMARY_MAX = 1024;
var DEDUP_MAX = 255;
function pagerdutyDedupKey(monitor) {
  if (monitor.length <= DEDUP_MAX) return monitor;
  return `retrain-trigger:${createHash4("sha256").update(monitor).digest("hex")}`;
}
function buildPagerDutyEvent(message, routingKey, source) {
  const dedupKey = pagerdutyDedupKey(message.monitor);
  if (message.event === "recovered") {
    return { routing_key: routingKey, event_action: "resolve", dedup_key: dedupKey };
  }
  const reasons = message.reasons.map(plainLine);
  const summary2 = clip(plainLine(`${titleOf(message)} \u2014 ${reasons.join("; ")}`), SUMMARY_MAX);
  return {
    routing_key: routingKey,
    event_action: "trigger",
    dedup_key: dedupKey,
    payload: {
      summary: summary2,
      source: clip(plainLine(source), 255),
      severity: message.event === "escalated" ? "critical" : "error",
      timestamp: message.time,
      component: clip(plainLine(message.monitor), 255),
      group: "retrain-trigger",
      class: "model-retraining",
      custom_details: {
        event: message.event,
        status: message.status,
        reasons,
        failed_rules: message.failedRules,
        drifted_features: message.driftedFeatures
      }
    },
    client: "retrain-trigger",
    ...message.runUrl ? { client_url: message.runUrl } : {},
    links: linksOf(message).map((link2) => ({ href: link2.url, text: link2.label }))
  };
}

// src/notify/send.ts
var TARGET_NAMES = {
  slack: "Slack webhook",
  teams: "Teams workflow webhook",
  pagerduty: "PagerDuty Events API",
  webhook: "webhook"
};
var LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "[::1]", "localhost"]);
function checkTargetUrl(url, name) {
  if (!URL.canParse(url)) return `${name}: the URL does not parse (expected https://\u2026)`;
  const parsed = new URL(url);
  const loopback = LOOPBACK.has(parsed.hostname);
  if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && loopback)) {
    return `${name}: the URL must use https (plain http is allowed only for 127.0.0.1, ::1 or localhost), got ${parsed.protocol}//\u2026`;
  }
  return void 0;
}
async function exchange(delivery, timeoutMs) {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(delivery.url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "retrain-trigger", ...delivery.headers },
      body: delivery.body,
      redirect: "manual",
      signal
    });
    const text = await response.text();
    return { status: response.status, text };
  } catch (error) {
    const cause = error.cause?.code;
    const neverSent = cause === "ECONNREFUSED" || cause === "ENOTFOUND" || cause === "EAI_AGAIN";
    const what = signal.aborted ? `no complete answer within ${timeoutMs} ms` : cause ?? "network error";
    return { error: what, neverSent };
  }
}
function accepted(target, status, text) {
  switch (target) {
    case "slack":
      if (status !== 200) return false;
      return text.trim() === "ok" ? true : "an answer other than `ok`";
    case "teams":
      return status === 202 || status === 200 || (status >= 200 && status < 300 ? "an unexpected 2xx answer" : false);
    case "pagerduty": {
      if (status < 200 || status >= 300) return false;
      if (status !== 202) return "an answer other than 202";
      try {
        const parsed = JSON.parse(text);
        return parsed.status === "success" ? true : 'an answer without status "success"';
      } catch {
        return "an answer that is not JSON";
      }
    }
    case "webhook":
      return status >= 200 && status < 300;
  }
}
async function send(delivery, options) {
  const name = TARGET_NAMES[delivery.target];
  const mask = (text) => maskSecrets(text, options.secrets);
  const problem = checkTargetUrl(delivery.url, name);
  if (problem) return { state: "failed", detail: mask(problem), attempts: 0 };
  const attempts = Math.max(1, options.attempts ?? 3);
  let last = { state: "unknown", detail: `${name}: not sent`, attempts: 0 };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep4((options.backoffMs ?? 500) * 2 ** (attempt - 2));
    const answer = await exchange(delivery, options.timeoutMs ?? 1e4);
    let retry2;
    if ("error" in answer) {
      last = {
        state: answer.neverSent ? "failed" : "unknown",
        detail: mask(`${name}: ${answer.error}`),
        attempts: attempt
      };
      retry2 = answer.neverSent || delivery.idempotent;
    } else {
      const ok = accepted(delivery.target, answer.status, answer.text);
      if (ok === true)
        return { state: "sent", detail: `${name}: accepted (${answer.status})`, attempts: attempt };
      const quoted2 = clip(plainLine(mask(answer.text.trim())), 300);
      const why = typeof ok === "string" ? `${ok} (${answer.status})` : `HTTP ${answer.status}`;
      const mayHaveActed = typeof ok === "string" || answer.status >= 500;
      last = {
        state: mayHaveActed ? "unknown" : "failed",
        detail: mask(`${name}: ${why}${quoted2 ? `: ${quoted2}` : ""}`),
        attempts: attempt
      };
      retry2 = answer.status === 429 || mayHaveActed && delivery.idempotent;
    }
    if (!retry2) break;
  }
  return last;
}
var sleep4 = (ms) => new Promise((resolve5) => setTimeout(resolve5, ms));

// src/notify/slack.ts
var HEADER_MAX = 150;
var SECTION_MAX = 3e3;
var CONTEXT_MAX = 3e3;
var BUTTON_TEXT_MAX = 75;
var MAX_REASONS = 20;
function buildSlackPayload(message) {
  const title = `${EVENT_EMOJI[message.event]} ${titleOf(message)}`;
  const reasons = message.reasons.slice(0, MAX_REASONS).map((r) => `\u2022 ${slackText(r)}`);
  if (message.reasons.length > MAX_REASONS)
    reasons.push(`\u2026 and ${message.reasons.length - MAX_REASONS} more`);
  const body = message.event === "recovered" ? "Every rule holds again; the alert is closed." : reasons.join("\n") || "No reasons were given.";
  const facts = [
    `*Status:* ${message.status}`,
    message.failedRules.length ? `*Failed rules:* ${message.failedRules.map(slackText).join(", ")}` : "",
    message.driftedFeatures.length ? `*Drifted features:* ${message.driftedFeatures.map(slackText).join(", ")}` : ""
  ].filter((f) => f !== "");
  const blocks = [
    { type: "header", text: { type: "plain_text", text: clip(plainLine(title), HEADER_MAX), emoji: true } },
    { type: "section", text: { type: "mrkdwn", text: clip(body, SECTION_MAX), verbatim: true } },
    {
      type: "context",
      elements: [{ type: "mrkdwn", text: clip(facts.join("  \xB7  "), CONTEXT_MAX), verbatim: true }]
    }
  ];
  const links = linksOf(message);
  if (links.length > 0) {
    blocks.push({
      type: "actions",
      elements: links.map((link2) => ({
        type: "button",
        text: { type: "plain_text", text: clip(link2.label, BUTTON_TEXT_MAX) },
        url: link2.url
      }))
    });
  }
  return { text: clip(slackText(title), SECTION_MAX), blocks };
}

// src/notify/teams.ts
var MAX_REASONS2 = 20;
var TEXT_MAX = 2e3;
var run = (text, extra = {}) => ({
  type: "TextRun",
  text: clip(plainLine(text), TEXT_MAX),
  ...extra
});
function buildTeamsCard(message) {
  const title = `${EVENT_EMOJI[message.event]} ${titleOf(message)}`;
  const body = [
    {
      type: "RichTextBlock",
      inlines: [run(title, { weight: "Bolder", size: "Large" })]
    }
  ];
  const reasons = message.event === "recovered" ? ["Every rule holds again; the alert is closed."] : message.reasons.slice(0, MAX_REASONS2);
  if (message.reasons.length > MAX_REASONS2 && message.event !== "recovered") {
    reasons.push(`\u2026 and ${message.reasons.length - MAX_REASONS2} more`);
  }
  for (const reason of reasons) body.push({ type: "RichTextBlock", inlines: [run(`\u2022 ${reason}`)] });
  const facts = [
    { title: "Status", value: message.status },
    ...message.failedRules.length ? [{ title: "Failed rules", value: message.failedRules.join(", ") }] : [],
    ...message.driftedFeatures.length ? [{ title: "Drifted features", value: message.driftedFeatures.join(", ") }] : []
  ];
  for (const fact of facts) {
    body.push({
      type: "RichTextBlock",
      inlines: [run(`${fact.title}: `, { weight: "Bolder" }), run(fact.value)]
    });
  }
  const card = {
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    type: "AdaptiveCard",
    version: "1.4",
    body
  };
  const links = linksOf(message);
  if (links.length > 0) {
    card.actions = links.map((link2) => ({ type: "Action.OpenUrl", title: link2.label, url: link2.url }));
  }
  return card;
}
function buildTeamsPayload(message) {
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: buildTeamsCard(message)
      }
    ]
  };
}

// src/notify/types.ts
var PAGERDUTY_EVENTS_URL = "https://events.pagerduty.com/v2/enqueue";
function enabledTargets(config) {
  const targets = [];
  if (config.slackWebhookUrl) targets.push("slack");
  if (config.teamsWebhookUrl) targets.push("teams");
  if (config.pagerdutyRoutingKey) targets.push("pagerduty");
  if (config.webhookUrl) targets.push("webhook");
  return targets;
}
function notifySecrets(config) {
  return [
    config.slackWebhookUrl,
    config.teamsWebhookUrl,
    config.pagerdutyRoutingKey,
    config.webhookUrl,
    config.webhookSecret
  ].filter((s) => !!s);
}

// src/notify/webhook.ts
import { createHmac, timingSafeEqual } from "node:crypto";
var WEBHOOK_BODY_VERSION = 1;
var SIGNATURE_HEADER = "X-Retrain-Trigger-Signature-256";
function buildWebhookBody(message, report) {
  return JSON.stringify({
    version: WEBHOOK_BODY_VERSION,
    event: message.event,
    monitor: message.monitor,
    status: message.status,
    time: message.time,
    delivery: message.deliveryKey,
    reasons: message.reasons,
    failedRules: message.failedRules,
    driftedFeatures: message.driftedFeatures,
    links: {
      ...message.issueUrl ? { issue: message.issueUrl } : {},
      ...message.runUrl ? { run: message.runUrl } : {},
      ...message.retrainingUrl ? { retraining: message.retrainingUrl } : {}
    },
    report
  });
}
function signBody(body, secret) {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}
function webhookHeaders(message, body, secret) {
  return {
    "Idempotency-Key": message.deliveryKey,
    "X-Retrain-Trigger-Delivery": message.deliveryKey,
    "X-Retrain-Trigger-Event": message.event,
    ...secret ? { [SIGNATURE_HEADER]: signBody(body, secret) } : {}
  };
}

// src/notify/deliver.ts
function renderDelivery(d, config, context3) {
  switch (d.target) {
    case "slack":
      return {
        target: "slack",
        url: config.slackWebhookUrl ?? "",
        body: JSON.stringify(buildSlackPayload(d.message)),
        headers: {},
        idempotent: false
      };
    case "teams":
      return {
        target: "teams",
        url: config.teamsWebhookUrl ?? "",
        body: JSON.stringify(buildTeamsPayload(d.message)),
        headers: {},
        idempotent: false
      };
    case "pagerduty":
      return {
        target: "pagerduty",
        url: config.pagerdutyUrl,
        body: JSON.stringify(
          buildPagerDutyEvent(d.message, config.pagerdutyRoutingKey ?? "", context3.source)
        ),
        headers: {},
        idempotent: true
      };
    case "webhook": {
      const body = buildWebhookBody(d.message, context3.report);
      return {
        target: "webhook",
        url: config.webhookUrl ?? "",
        body,
        headers: webhookHeaders(d.message, body, config.webhookSecret),
        idempotent: true
      };
    }
  }
}
async function applyNotifications(plan, config, ledger, context3, options = {}) {
  const secrets = [...notifySecrets(config), ...options.secrets ?? []];
  const records = [];
  const failures = [];
  for (const d of plan.deliveries) {
    const entry = {
      monitor: d.message.monitor,
      target: d.target,
      event: d.event,
      fingerprint: d.fingerprint,
      escalated: d.escalated,
      seq: d.seq,
      deliveryKey: d.message.deliveryKey,
      at: d.message.time,
      state: "claimed"
    };
    try {
      if (!d.resend) await ledger.record(entry);
    } catch (error) {
      const why = maskSecrets(error instanceof Error ? error.message : String(error), secrets);
      failures.push(
        `${TARGET_NAMES[d.target]}: not sent, the delivery could not be recorded in ${ledger.where}: ${why}`
      );
      records.push({ target: d.target, event: d.event, outcome: "failed", detail: why });
      continue;
    }
    const result2 = await send(renderDelivery(d, config, context3), { ...options, secrets });
    records.push({ target: d.target, event: d.event, outcome: result2.state, detail: result2.detail });
    if (result2.state === "unknown") continue;
    if (result2.state === "failed")
      failures.push(`'${d.event}' notification not delivered \u2014 ${result2.detail}`);
    try {
      await ledger.record({ ...entry, state: result2.state });
    } catch (error) {
      const why = maskSecrets(error instanceof Error ? error.message : String(error), secrets);
      records.push({
        target: d.target,
        event: d.event,
        outcome: result2.state,
        detail: `outcome not recorded: ${why}`
      });
    }
  }
  return { records, failures };
}

// src/notify/lifecycle.ts
function isIdempotent(target) {
  return target === "pagerduty" || target === "webhook";
}
function lastDelivery(entries, monitor, target) {
  let last;
  for (const entry of entries) {
    if (entry.monitor !== monitor || entry.target !== target) continue;
    if (!last || entry.seq >= last.seq) last = entry;
  }
  return last;
}
function lastEffective(entries, monitor, target) {
  const bySeq = /* @__PURE__ */ new Map();
  for (const e of entries) {
    if (e.monitor !== monitor || e.target !== target) continue;
    const seen = bySeq.get(e.seq);
    if (!seen || rank(e.state) >= rank(seen.state)) bySeq.set(e.seq, e);
  }
  let best;
  for (const e of bySeq.values()) {
    if (e.state === "failed") continue;
    if (!best || e.seq > best.seq) best = e;
  }
  return best;
}
var rank = (state) => state === "sent" ? 2 : state === "failed" ? 1 : 0;
function decideEvent(last, current, now, repeatMs) {
  const open = last !== void 0 && last.event !== "recovered";
  if (current.status === "unknown") return null;
  if (current.status === "healthy") return open ? "recovered" : null;
  if (!open) return "opened";
  if (current.escalated && !last.escalated) return "escalated";
  if (current.fingerprint !== last.fingerprint) return "changed";
  if (repeatMs > 0 && now.getTime() - Date.parse(last.at) >= repeatMs) return "repeat";
  return null;
}
function planDeliveries(entries, monitor, targets, current, now, repeatMs) {
  const planned = [];
  const notes = [];
  for (const target of targets) {
    const latest = lastDelivery(entries, monitor, target);
    const pending = latest && latest.state === "claimed" ? latest : void 0;
    const effective = lastEffective(entries, monitor, target);
    const event = decideEvent(effective, current, now, repeatMs);
    const nextSeq = (latest?.seq ?? 0) + 1;
    if (pending) {
      if (isIdempotent(target)) {
        if (event === pending.event || event === null) {
          planned.push({ target, event: pending.event, seq: pending.seq, resend: true });
          continue;
        }
      } else {
        notes.push(
          `${target}: the answer to the '${pending.event}' message of ${pending.at} was lost; it is counted as delivered, not sent again (${target} has no idempotency key)`
        );
      }
      const next = decideEvent(pending, current, now, repeatMs);
      if (next) planned.push({ target, event: next, seq: nextSeq });
      continue;
    }
    if (event) planned.push({ target, event, seq: nextSeq });
  }
  return { planned, notes };
}

// src/notify/plan.ts
function fingerprintOf(failedRules, driftedFeatures2) {
  return JSON.stringify([[...failedRules].sort(), [...driftedFeatures2].sort()]);
}
function planNotifications(entries, config, base, state, now) {
  const { planned, notes } = planDeliveries(
    entries,
    base.monitor,
    enabledTargets(config),
    state,
    now,
    config.repeatMs
  );
  const deliveries = planned.map((p) => ({
    ...p,
    fingerprint: state.fingerprint,
    escalated: state.escalated,
    message: { ...base, event: p.event, deliveryKey: deliveryKey(base.monitor, p.target, p.seq, p.event) }
  }));
  return { deliveries, notes };
}
function describeNotifyPlan(plan) {
  const lines = plan.deliveries.map(
    (d) => `${d.resend ? "send again (same idempotency key, the earlier answer was lost)" : "send"} '${d.event}' to the ${TARGET_NAMES[d.target]}`
  );
  return [...lines, ...plan.notes];
}

// src/state/file.ts
import { promises as fs5 } from "node:fs";
import * as path7 from "node:path";
var isObject5 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
async function readState(file) {
  let text;
  try {
    text = await fs5.readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return { notify: [], command: [] };
    throw new InputError(`state-file: cannot read '${file}' (${code ?? "error"})`);
  }
  const state = { notify: [], command: [] };
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const where2 = `state-file '${file}', line ${index + 1}`;
    let value2;
    try {
      value2 = JSON.parse(line);
    } catch {
      if (index === lines.length - 1 || index === lines.length - 2 && lines[lines.length - 1] === "")
        return;
      throw new InputError(`${where2}: not JSON; fix or remove the line (nothing was sent)`);
    }
    if (!isObject5(value2)) throw new InputError(`${where2}: expected a JSON object`);
    const stateOf = value2["state"];
    if (typeof value2["monitor"] !== "string" || typeof value2["at"] !== "string" || typeof stateOf !== "string") {
      throw new InputError(`${where2}: expected 'monitor', 'at' and 'state'`);
    }
    if (value2["kind"] === "notify") state.notify.push(value2);
    else if (value2["kind"] === "command") state.command.push(value2);
    else throw new InputError(`${where2}: expected 'kind' notify or command`);
  });
  return state;
}
async function appendState(file, kind, entry) {
  try {
    await fs5.mkdir(path7.dirname(file), { recursive: true });
    await fs5.appendFile(file, `${JSON.stringify({ kind, ...entry })}
`, "utf8");
  } catch (error) {
    throw new InputError(
      `state-file: cannot write '${file}' (${error.code ?? "error"})`
    );
  }
}

// src/external.ts
var MAX_COMMAND_FAILURES = 3;
var DEFAULT_COOLDOWN_MS = 864e5;
async function readExternalState(config) {
  return config.stateFile ? readState(config.stateFile) : { notify: [], command: [] };
}
function wantsExternal(config) {
  return config.command !== null || enabledTargets(config.notify).length > 0;
}
function statusOf2(verdict) {
  const status = verdict.status;
  if (status === "due" || status === "healthy" || status === "unknown") return status;
  return verdict.triggered ? "due" : "healthy";
}
function externalSecrets(config) {
  return [...notifySecrets(config.notify), ...config.githubToken ? [config.githubToken] : []];
}
function planExternal(context3) {
  const { config, verdict, github, repo, env, now, state } = context3;
  const status = statusOf2(verdict);
  const drifted = driftedFeatures(verdict.evidence.drift);
  const command = config.command ? {
    argv: config.command.argv,
    ...planCommand(state.command, {
      monitor: config.monitorKey,
      status,
      ...env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {},
      now,
      // The dispatch's cooldown (input `cooldown`) when one is configured, else its default of one day.
      cooldownMs: config.dispatch?.cooldownMs ?? DEFAULT_COOLDOWN_MS,
      maxFailures: MAX_COMMAND_FAILURES
    })
  } : null;
  const escalated = escalationOf(github, command);
  const notify = enabledTargets(config.notify).length > 0 ? planNotifications(
    state.notify,
    config.notify,
    {
      monitor: config.monitorKey,
      status,
      reasons: escalated && status === "due" ? [escalated, ...verdict.reasons] : verdict.reasons,
      failedRules: verdict.failedRules,
      driftedFeatures: drifted,
      time: now.toISOString(),
      ...repo?.runUrl ? { runUrl: repo.runUrl } : {},
      ...github.issueUrl ? { issueUrl: github.issueUrl } : {},
      ...github.runUrl ? { retrainingUrl: github.runUrl } : {}
    },
    { status, fingerprint: fingerprintOf(verdict.failedRules, drifted), escalated: escalated !== null },
    now
  ) : null;
  return { command, notify };
}
function escalationOf(github, command) {
  if (github.escalated) return github.escalated;
  if (command?.gaveUp) return `the retraining command is not started any more: ${command.reason}`;
  return null;
}
function describeExternal(plan, why) {
  const records = [];
  if (plan.command) {
    records.push({
      kind: "command",
      outcome: plan.command.run ? "planned" : "skipped",
      detail: plan.command.run ? `would run ${JSON.stringify(plan.command.argv)} (${why})` : `not run: ${plan.command.reason}`
    });
  }
  if (plan.notify) {
    const lines = describeNotifyPlan(plan.notify);
    if (lines.length === 0) {
      records.push({ kind: "notification", outcome: "skipped", detail: "no change of state to notify" });
    }
    for (const line of lines)
      records.push({ kind: "notification", outcome: "planned", detail: `would ${line} (${why})` });
  }
  return records;
}
async function applyExternal(plan, context3) {
  const { config, verdict, env, now } = context3;
  const secrets = externalSecrets(config);
  const records = [];
  const failures = [];
  const stateFile = config.stateFile;
  if (plan.command) {
    if (!plan.command.run) {
      records.push({ kind: "command", outcome: "skipped", detail: `not run: ${plan.command.reason}` });
    } else {
      const claim = {
        monitor: config.monitorKey,
        ...env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {},
        at: now.toISOString(),
        state: "claimed"
      };
      await appendState(stateFile, "command", claim);
      const argv = plan.command.argv;
      context3.log(`command: running ${maskSecrets(JSON.stringify(argv), secrets)}`);
      const result2 = await runCommand({
        argv,
        env: commandEnv(env, {
          status: statusOf2(verdict),
          reasons: verdict.reasons,
          failedRules: verdict.failedRules,
          driftedFeatures: driftedFeatures(verdict.evidence.drift),
          reportPath: config.reportPath,
          monitor: config.monitorKey
        }),
        timeoutMs: config.command.timeoutMs,
        secrets,
        cwd: config.workingDirectory,
        log: (line) => context3.log(`  ${line}`)
      });
      const ok = result2.exitCode === 0 && !result2.timedOut;
      await appendState(stateFile, "command", {
        ...claim,
        state: ok ? "succeeded" : "failed",
        exitCode: result2.exitCode
      });
      const seconds = (result2.durationMs / 1e3).toFixed(1);
      const what = result2.timedOut ? `stopped after command-timeout (${seconds} s)` : `exited with code ${result2.exitCode} after ${seconds} s`;
      records.push({
        kind: "command",
        outcome: ok ? "succeeded" : "failed",
        detail: `${maskSecrets(argv[0] ?? "", secrets)} ${what}`,
        ...result2.tail ? { output: result2.tail } : {}
      });
      if (!ok) {
        const lastLines = result2.tail.split("\n").slice(-10).join("\n");
        failures.push(`The retraining command ${what}.${lastLines ? ` Last lines:
${lastLines}` : ""}`);
      }
    }
  }
  if (plan.notify) {
    if (plan.notify.deliveries.length === 0 && plan.notify.notes.length === 0) {
      records.push({ kind: "notification", outcome: "skipped", detail: "no change of state to notify" });
    }
    for (const note of plan.notify.notes)
      records.push({ kind: "notification", outcome: "skipped", detail: note });
    const ledger = {
      where: `state-file '${stateFile}'`,
      read: async () => (await readState(stateFile)).notify,
      record: (entry) => appendState(stateFile, "notify", entry)
    };
    const source = context3.repo ? `${new URL(context3.repo.serverUrl).host}/${context3.repo.owner}/${context3.repo.repo}` : "retrain-trigger";
    const sent = await applyNotifications(
      plan.notify,
      config.notify,
      ledger,
      { report: context3.report, source },
      { secrets }
    );
    for (const r of sent.records) {
      records.push({ kind: "notification", outcome: r.outcome, detail: `'${r.event}' \u2192 ${r.detail}` });
    }
    failures.push(...sent.failures);
  }
  return {
    records: records.map((r) => ({
      ...r,
      detail: maskSecrets(r.detail, secrets),
      ...r.output ? { output: maskSecrets(r.output, secrets) } : {}
    })),
    failures: failures.map((f) => maskSecrets(f, secrets))
  };
}

// src/plan.ts
function wantsEffects(config) {
  return config.alert.enabled || config.dispatch !== null;
}
function planEffects(verdict, config) {
  const records = [];
  const offline = "not connected to a GitHub repository";
  if (config.alert.enabled) {
    const title = config.alert.title.replace(/\{monitor\}/g, config.monitorTitle);
    records.push(
      verdict.status === "unknown" ? {
        kind: "alert-issue",
        outcome: "planned",
        detail: `could not decide: would keep an open alert issue open and note this run in it; nothing would be closed (${offline})`
      } : verdict.triggered ? {
        kind: "alert-issue",
        outcome: "planned",
        detail: `would open (or update) the alert issue "${title}" labelled ${config.alert.labels.join(", ") || "(none)"} (${offline})`
      } : {
        kind: "alert-issue",
        outcome: "planned",
        detail: config.alert.closeOnRecovery ? `would close the open alert issue for monitor "${config.monitorKey}", if there is one (${offline})` : `nothing to do: retraining is not due (${offline})`
      }
    );
  }
  const dispatch = config.dispatch;
  if (dispatch) {
    const target = dispatch.workflow ? `workflow ${dispatch.workflow} on ${dispatch.ref ?? "the default branch"}` : `repository_dispatch event '${dispatch.eventType}'${dispatch.repository ? ` to ${dispatch.repository.owner}/${dispatch.repository.repo}` : ""}`;
    const inputs = expandInputs(dispatch.inputs, verdict, config.monitorKey, void 0);
    records.push({
      kind: "dispatch",
      outcome: "planned",
      detail: verdict.triggered ? `would dispatch ${target}${Object.keys(inputs).length ? ` with inputs ${JSON.stringify(inputs)}` : ""}, unless a run is active or started within the cooldown (${offline})` : verdict.status === "unknown" ? "no dispatch: the verdict could not be decided" : "no dispatch: retraining is not due"
    });
  }
  return { dispatched: false, records, failures: [] };
}

// src/report/quality.ts
var percent = (share) => formatPercent(share, share > 0 && share < 0.01 ? 2 : 0);
function describeChange(change2, style) {
  const name = style.name(change2.feature);
  switch (change2.type) {
    case "new-categories": {
      if (change2.count === 1) {
        return `${name}: new category ${style.label(change2.categories[0].label)}, ${percent(change2.share)} of rows`;
      }
      const shown = change2.categories.map((c) => `${style.label(c.label)} ${percent(c.share)}`);
      const more = change2.count > shown.length ? `, ${change2.count - shown.length} more` : "";
      return `${name}: ${change2.count} new categories (${shown.join(", ")}${more}), ${percent(change2.share)} of rows`;
    }
    case "missing":
      return `${name} missing ${percent(change2.reference)} \u2192 ${percent(change2.current)}`;
    case "out-of-range":
      return `${name}: ${percent(change2.share)} of values outside the reference range [${formatNumber(change2.range[0])}, ${formatNumber(change2.range[1])}]`;
  }
}
var MAX_CHANGES = 10;
function describeChanges(quality, style) {
  if (!quality) return [];
  const lines = quality.changes.slice(0, MAX_CHANGES).map((change2) => describeChange(change2, style));
  if (quality.changes.length > MAX_CHANGES) {
    lines.push(`\u2026 ${quality.changes.length - MAX_CHANGES} more changes in the JSON report`);
  }
  return lines;
}
function qualityCells(quality) {
  return quality.features.map((f) => ({
    name: f.name,
    cells: [
      `${percent(f.missingShare.reference)} \u2192 ${percent(f.missingShare.current)}`,
      f.newShare === null ? "\u2014" : `${f.newCategoryCount} (${percent(f.newShare)} of rows)`,
      f.outOfRangeShare === null ? "\u2014" : percent(f.outOfRangeShare)
    ]
  }));
}

// src/report/markdown.ts
var SUMMARY_LIMIT = 1e6;
var FOLD_ROWS = 25;
var num = (x) => x === null || x === void 0 || Number.isNaN(x) ? "\u2014" : formatNumber(x);
function table(header, rows) {
  const head = `| ${header.join(" | ")} |
| ${header.map(() => "---").join(" | ")} |
`;
  return head + rows.map((r) => `| ${r.join(" | ")} |`).join("\n") + "\n";
}
function fold(summary2, body, rows) {
  return rows > FOLD_ROWS ? `<details><summary>${summary2}</summary>

${body}
</details>
` : body;
}
function renderHeadline(verdict) {
  if (verdict.status === "due") {
    const n = verdict.reasons.length;
    return `### \u{1F534} Retraining is due (${n} reason${n === 1 ? "" : "s"})`;
  }
  if (verdict.undecided.length > 0) {
    const what = verdict.undecided.length === 1 ? escapeMarkdown(verdict.undecided[0]) : `${verdict.undecided.length} parts of the verdict could not be evaluated`;
    const treated = verdict.status === "healthy" ? " \u2014 treated as healthy (on-unknown: healthy)" : "";
    return `### \u26AA Could not decide: ${what}${treated}`;
  }
  return "### \u{1F7E2} No retraining needed";
}
function renderReasons(verdict) {
  const reasons = verdict.reasons.map((r) => `- ${escapeMarkdown(r)}`);
  const single = verdict.status !== "due" && verdict.undecided.length === 1;
  const undecided = single ? [] : verdict.undecided.map((u) => `- \u26AA could not evaluate: ${escapeMarkdown(u)}`);
  const lines = [...reasons, ...undecided];
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
}
var OUTCOME_LABEL2 = {
  triggered: "\u{1F534} triggered",
  error: "\u26AA error",
  ok: "\u{1F7E2} ok"
};
var OUTCOME_ORDER = { triggered: 0, error: 1, ok: 2 };
function rulesByOutcome(rules) {
  return [...rules].sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
}
function outcomeLabel(r) {
  const standing2 = r.standing;
  if (!standing2 || standing2.state === "inactive") return OUTCOME_LABEL2[r.outcome];
  const icon = standing2.counts ? "\u{1F534}" : "\u{1F7E1}";
  const now = r.outcome === "error" ? " (not evaluable on this run)" : "";
  return `${icon} ${escapeMarkdown(standing2.text)}${now}`;
}
function renderRulesTable(verdict) {
  if (verdict.rules.length === 0) return "";
  const rows = rulesByOutcome(verdict.rules).map((r) => [
    outcomeLabel(r),
    escapeMarkdown(r.id) + (r.description ? `<br>${escapeMarkdown(r.description)}` : ""),
    codeSpan(r.expression),
    r.outcome === "error" ? escapeMarkdown(r.error ?? "") : Object.entries(r.values).map(([k, v]) => `${escapeMarkdown(k)} = ${num(v)}`).join("<br>")
  ]);
  return `#### Rules

${fold(`${rows.length} rules`, table(["Outcome", "Rule", "Expression", "Values"], rows), rows.length)}`;
}
var STATUS_ORDER = {
  drifted: 0,
  "below-effect-floor": 1,
  ok: 2,
  insufficient: 3
};
function bySeverity(a, b) {
  const order2 = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
  if (order2 !== 0) return order2;
  const score = (f) => f.pValue !== null ? -(f.adjustedPValue ?? f.pValue) : f.threshold > 0 ? f.statistic / f.threshold : f.statistic;
  return score(b) - score(a);
}
var STATUS_LABEL = {
  drifted: "\u{1F534} drifted",
  ok: "\u{1F7E2} ok",
  insufficient: "\u26AA too few rows",
  "below-effect-floor": "\u{1F7E1} significant, effect below floor"
};
function renderDriftTable(drift, undecided = null) {
  if (!drift) return "";
  const verdict = undecided !== null ? `\u26AA could not be decided: ${escapeMarkdown(undecided)}` : drift.detected ? "\u{1F534} dataset drift detected" : "\u{1F7E2} no dataset drift";
  const head = `#### Data drift \u2014 ${verdict}

${drift.count} of ${drift.tested} features drifted (${formatPercent(drift.share, 2)}; threshold ${formatPercent(drift.threshold, 2)})${drift.correction !== "none" ? `, ${drift.correction} correction` : ""}.

`;
  const rows = [...drift.features].sort(bySeverity).map((f) => [
    STATUS_LABEL[f.status],
    escapeMarkdown(f.name),
    f.kind,
    f.method,
    num(f.statistic),
    f.pValue === null ? "\u2014" : num(f.adjustedPValue ?? f.pValue),
    num(f.threshold),
    `${f.referenceSize} / ${f.currentSize}`
  ]);
  const pHeader = drift.correction === "none" ? "p-value" : `p-value (${drift.correction}-adjusted)`;
  const body = table(
    ["Status", "Feature", "Kind", "Method", "Statistic", pHeader, "Threshold", "Rows (ref / cur)"],
    rows
  );
  const warnings = drift.warnings.map((w) => `> \u26A0\uFE0F ${escapeMarkdown(w)}
`).join("");
  return head + fold(`${rows.length} features`, body, rows.length) + (warnings ? `
${warnings}` : "");
}
function metricOrder(verdict) {
  const { values } = verdict.evidence.current;
  const baseline = verdict.evidence.baseline?.values ?? /* @__PURE__ */ new Map();
  const rank2 = /* @__PURE__ */ new Map();
  for (const rule of rulesByOutcome(verdict.rules)) {
    for (const name of rule.metrics) if (!rank2.has(name)) rank2.set(name, OUTCOME_ORDER[rule.outcome]);
  }
  const rel = (name) => {
    const b = baseline.get(name);
    const v = values.get(name);
    return b === void 0 || b === 0 || v === void 0 ? 0 : Math.abs((v - b) / b);
  };
  return [...values.keys()].sort((a, b) => (rank2.get(a) ?? 3) - (rank2.get(b) ?? 3) || rel(b) - rel(a));
}
function renderMetricsTable(verdict, budget = SUMMARY_LIMIT) {
  const metrics = verdict.evidence.current.values;
  const baseline = verdict.evidence.baseline?.values ?? /* @__PURE__ */ new Map();
  if (metrics.size === 0) return "";
  const names = metricOrder(verdict);
  const withBaseline = baseline.size > 0;
  const header = withBaseline ? ["Metric", "Value", "Baseline", "Change", "Relative change"] : ["Metric", "Value"];
  const rows = [];
  let size = 0;
  let cut = 0;
  for (const name of names) {
    const value2 = metrics.get(name);
    const b = baseline.get(name);
    const r = b === void 0 || b === 0 ? null : (value2 - b) / Math.abs(b);
    const row2 = withBaseline ? [
      escapeMarkdown(name),
      num(value2),
      num(b),
      b === void 0 ? "\u2014" : num(value2 - b),
      r === null ? "\u2014" : formatPercent(r, 2)
    ] : [escapeMarkdown(name), num(value2)];
    size += Buffer.byteLength(row2.join(" | ")) + 6;
    if (size > budget) {
      cut = names.length - rows.length;
      break;
    }
    rows.push(row2);
  }
  const note = cut > 0 ? `
_${cut} more metrics not shown (size limit); all are in the JSON report._
` : "";
  return `#### Metrics

${fold(`${metrics.size} metrics`, table(header, rows), rows.length)}${note}`;
}
var MARKDOWN_STYLE = { name: escapeMarkdown, label: codeSpan };
function renderQualityChanges(verdict) {
  const lines = describeChanges(verdict.evidence.quality, MARKDOWN_STYLE);
  return lines.length === 0 ? "" : `#### What changed in the data

${lines.map((l) => `- ${l}`).join("\n")}
`;
}
function renderQualityTable(verdict) {
  const quality = verdict.evidence.quality;
  if (!quality || quality.features.length === 0) return "";
  const rows = qualityCells(quality).map((r) => [escapeMarkdown(r.name), ...r.cells]);
  const head = `#### Data quality

${quality.rows.reference} reference rows, ${quality.rows.current} current rows.

`;
  const body = table(["Feature", "Missing (ref \u2192 cur)", "New categories", "Out of reference range"], rows);
  return head + fold(`${rows.length} features`, body, rows.length);
}
function metadataText(value2) {
  const text = typeof value2 === "string" ? value2 : JSON.stringify(value2) ?? "null";
  return truncate(text, 120);
}
function renderMetadataTable(verdict) {
  const { metadata } = verdict.evidence.current;
  const baseline = verdict.evidence.baseline?.metadata;
  if (metadata.size === 0 && (baseline?.size ?? 0) === 0) return "";
  const names = [.../* @__PURE__ */ new Set([...metadata.keys(), ...baseline?.keys() ?? []])].slice(0, 50);
  const cell2 = (map, name) => map?.has(name) ? codeSpan(metadataText(map.get(name))) : "\u2014";
  const rows = names.map(
    (name) => baseline ? [escapeMarkdown(name), cell2(metadata, name), cell2(baseline, name)] : [escapeMarkdown(name), cell2(metadata, name)]
  );
  const header = baseline ? ["Key", "Value", "Baseline"] : ["Key", "Value"];
  return `#### Metadata

${fold(`${rows.length} keys`, table(header, rows), rows.length)}`;
}
function renderVerdictMarkdown(verdict, budget = SUMMARY_LIMIT) {
  const parts = [
    renderQualityChanges(verdict),
    renderRulesTable(verdict),
    renderDriftTable(verdict.evidence.drift, verdict.drift?.undecided ?? null),
    renderQualityTable(verdict),
    renderMetadataTable(verdict)
  ].filter((p) => p !== "");
  const fixed = parts.join("\n");
  return [fixed, renderMetricsTable(verdict, Math.max(0, budget - fixed.length - 2e3))].filter((p) => p).join("\n");
}
function renderActions(records) {
  if (records.length === 0) return "";
  const lines = records.map((r) => {
    const link2 = r.url ? ` ([link](${encodeURI(r.url)}))` : "";
    const line = `- **${escapeMarkdown(r.kind)}**: ${escapeMarkdown(r.outcome)} \u2014 ${escapeMarkdown(r.detail)}${link2}`;
    return r.output ? `${line}

${codeBlock(r.output)}
` : line;
  });
  return `#### Actions

${lines.join("\n")}
`;
}
function renderSummary(verdict, records, failures) {
  const failed = failures.map((f) => `> \u274C ${escapeMarkdown(f)}
`).join("");
  const reasons = renderReasons(verdict);
  const head = `${renderHeadline(verdict)}

${reasons ? `${reasons}
` : ""}`;
  const actions = renderActions(records);
  const budget = SUMMARY_LIMIT - head.length - actions.length - failed.length - 1e3;
  return [head + renderVerdictMarkdown(verdict, budget), actions, failed].filter((p) => p).join("\n");
}
function codeBlock(text) {
  let longest = 2;
  for (const run3 of text.match(/`+/g) ?? []) longest = Math.max(longest, run3.length);
  const fence = "`".repeat(longest + 1);
  return `  ${fence}text
${text.replace(/\r\n?/g, "\n").replace(/^/gm, "  ")}
  ${fence}`;
}

// src/pipeline.ts
var ISSUE_VERDICT_BUDGET = 5e4;
var memories = /* @__PURE__ */ new WeakMap();
async function runPipeline(config, options) {
  const output = {
    ...options.log ? { log: options.log } : {},
    ...options.section ? { section: options.section } : {}
  };
  return actOnVerdict(config, await evaluateMonitor(config, output, options.repo), options);
}
async function evaluateMonitor(config, output = {}, repo = null) {
  const rules = config.rules.map((spec) => parseRule(spec));
  const evidence = await gatherEvidence(config, output);
  const memory = await recall(config, rules, evidence, repo, /* @__PURE__ */ new Date());
  memories.set(config, memory);
  return decideVerdict(rules, evidence, config.onUnknown, memory.verdict);
}
async function actOnVerdict(config, verdict, options) {
  const memory = memories.get(config);
  const now = memory?.now ?? /* @__PURE__ */ new Date();
  const charts = memory ? trendsOf(memory, verdict) : "";
  const reportContext = {
    monitor: config.monitorKey,
    run: {
      ...options.repo?.runUrl ? { url: options.repo.runUrl } : {},
      ...options.repo?.sha ? { sha: options.repo.sha } : {},
      ...options.repo?.workflow ? { workflow: options.repo.workflow } : {}
    }
  };
  const state = wantsExternal(config) ? await readExternalState(config) : null;
  const redact = redactor(config.secrets);
  const log = options.log;
  let effects = { dispatched: false, records: [], failures: [] };
  await writeReport(config.reportPath, redactDeep(buildReport(verdict, effects, reportContext), redact));
  options.onVerdict?.(verdict);
  if (wantsEffects(config)) {
    if (options.repo) {
      const tables = renderVerdictMarkdown(verdict, ISSUE_VERDICT_BUDGET - charts.length);
      const verdictMarkdown = redact(charts ? `${tables}
${charts}
` : tables);
      effects = await applyEffects(
        {
          verdict,
          verdictMarkdown,
          config,
          repo: options.repo,
          ...memory ? claimOf(memory, config, verdict, options.repo) : {},
          ...options.github ? { shared: options.github } : {},
          ...options.batchDispatch ? { batchDispatch: options.batchDispatch } : {},
          ...options.client ? { client: options.client } : {}
        },
        log ? (line) => log(redact(line)) : void 0
      );
    } else {
      effects = planEffects(verdict, config);
    }
  }
  if (state) {
    const context3 = {
      config,
      verdict,
      github: effects,
      repo: options.repo,
      env: options.env ?? {},
      now,
      state
    };
    const plan = planExternal(context3);
    const outside = config.dryRun || !options.repo ? {
      records: describeExternal(plan, config.dryRun ? "dry-run" : "not connected to a repository"),
      failures: []
    } : await applyExternal(plan, {
      ...context3,
      report: buildReport(verdict, effects, reportContext),
      log: options.log ?? (() => {
      })
    });
    effects = {
      ...effects,
      records: [...effects.records, ...outside.records],
      failures: [...effects.failures, ...outside.failures]
    };
  }
  if (memory) effects = await rememberRun(memory, config, verdict, effects, options.repo);
  const report = redactDeep(buildReport(verdict, effects, reportContext), redact);
  await writeReport(config.reportPath, report);
  const summary2 = redact(
    [renderSummary(verdict, effects.records, effects.failures), charts].filter((part) => part).join("\n")
  );
  return { verdict, effects, report, summary: summary2 };
}

// src/monitors/expand.ts
import * as path10 from "node:path";

// src/config/config.ts
import * as path8 from "node:path";

// src/config/file.ts
var import_yaml5 = __toESM(require_dist(), 1);
var MAX_ALIASES = 100;
async function readConfigFile(file, shown) {
  return parseConfigText(await readText(file, shown), shown);
}
function parseConfigText(text, shown) {
  const counter = new import_yaml5.LineCounter();
  const { doc, problem } = parseYamlDocument(text, counter);
  if (problem) {
    const pos = counter.linePos(problem.offset);
    const what = problem.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "");
    throw new InputError(`${shown}: line ${pos.line}, column ${pos.col}: invalid YAML: ${what}`);
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const what = /Excessive alias count/.test(messageOf(error)) ? `too many aliases (*name); a config file may use at most ${MAX_ALIASES}` : messageOf(error);
    throw new InputError(`${shown}: invalid YAML: ${what}`);
  }
  if (data === null || data === void 0) return { shown, data: {}, doc, counter };
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new InputError(
      `${shown}: line 1, column 1: expected a mapping of settings (metrics:, rules:, drift:, \u2026)`
    );
  }
  return { shown, data, doc, counter };
}

// src/config/positions.ts
var import_yaml7 = __toESM(require_dist(), 1);
function toLinePos(counter, offset) {
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}
function nodeAt(doc, path11) {
  const node = doc.getIn(path11, true);
  return node && typeof node === "object" && "range" in node ? node : null;
}
function nodePositionOf(doc, counter, path11) {
  for (let depth = path11.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? doc.contents : nodeAt(doc, path11.slice(0, depth));
    if (node?.range) return toLinePos(counter, node.range[0]);
  }
  return null;
}
function keyPositionOf(doc, counter, path11, key) {
  const map = path11.length === 0 ? doc.contents : doc.getIn(path11, true);
  if ((0, import_yaml7.isMap)(map)) {
    const pair = map.items.find(
      (p) => (0, import_yaml7.isPair)(p) && (0, import_yaml7.isScalar)(p.key) && String(p.key.value) === key
    );
    const keyNode = pair?.key;
    if (keyNode?.range) return toLinePos(counter, keyNode.range[0]);
  }
  return nodePositionOf(doc, counter, path11);
}
function scalarTextStart(doc, counter, path11) {
  const node = doc.getIn(path11, true);
  if (!(0, import_yaml7.isScalar)(node) || !node.range) return null;
  const pos = toLinePos(counter, node.range[0]);
  const quoted2 = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
  return quoted2 ? { line: pos.line, column: pos.column + 1 } : pos;
}

// src/config/gates.ts
var PROMOTE_TEMPLATES = ["monitor", "run_url", "run_id", "issue_number", "passed_gates"];
var DEFAULT_PROMOTE_COOLDOWN = "1d";
var DEFAULT_MAX_RETRAIN_ATTEMPTS = 3;
function gateLines(text, source, first) {
  return parseRuleLines(text, source, first).map(
    (spec) => spec.name === void 0 ? { ...spec, id: spec.id.replace(/^rule-/, "gate-") } : spec
  );
}
function where(file, path11) {
  const source = file?.shown ?? "config";
  const pos = file ? nodePositionOf(file.doc, file.counter, path11) : null;
  return pos ? `${source}: line ${pos.line}, column ${pos.column}: ${path11.join(".")}` : `${source}: ${path11.join(".")}`;
}
function thresholdGate(item, id, at) {
  const metric = item.metric;
  if (item["greater-is-better"] === void 0) {
    throw new InputError(
      `${at}: gate '${id}' needs 'greater-is-better' (true when a higher ${metric} is better, false for errors or latency), as MLflow's MetricThreshold does`
    );
  }
  if (item.threshold === void 0 && item["min-absolute-change"] === void 0 && item["min-relative-change"] === void 0) {
    throw new InputError(
      `${at}: gate '${id}' on '${metric}' checks nothing: set 'threshold', 'min-absolute-change' or 'min-relative-change'`
    );
  }
  return {
    kind: "threshold",
    id,
    ...item.name !== void 0 ? { name: item.name } : {},
    ...item.description !== void 0 ? { description: item.description } : {},
    metric,
    ...item.threshold !== void 0 ? { threshold: item.threshold } : {},
    ...item["min-absolute-change"] !== void 0 ? { minAbsoluteChange: item["min-absolute-change"] } : {},
    ...item["min-relative-change"] !== void 0 ? { minRelativeChange: item["min-relative-change"] } : {},
    greaterIsBetter: item["greater-is-better"],
    origin: at
  };
}
function buildGateSpecs(settings, file, origins) {
  const gates = settings.gates;
  if (gates === void 0) return [];
  if (origins.has("/gates")) {
    return gateLines(gates, "input 'gates'", 1).map((rule) => ({ kind: "expression", rule }));
  }
  const source = file?.shown ?? "config";
  if (typeof gates === "string") {
    const start = file ? scalarTextStart(file.doc, file.counter, ["gates"]) : null;
    return gateLines(gates, source, 1).map((rule) => ({
      kind: "expression",
      rule: start ? { ...rule, origin: { ...rule.origin, line: start.line + rule.origin.line } } : rule
    }));
  }
  const specs = [];
  gates.forEach((item, index) => {
    const n = specs.length + 1;
    if (typeof item === "string") {
      const start = file ? scalarTextStart(file.doc, file.counter, ["gates", index]) : null;
      for (const rule of gateLines(item, source, n)) {
        const origin = start ? { ...rule.origin, line: start.line, column: start.column + rule.origin.column - 1 } : rule.origin;
        specs.push({ kind: "expression", rule: { ...rule, origin } });
      }
    } else if ("expression" in item) {
      const start = file ? scalarTextStart(file.doc, file.counter, ["gates", index, "expression"]) : null;
      const id = item.name ?? `gate-${n}`;
      specs.push({
        kind: "expression",
        rule: {
          id,
          ...item.name ? { name: item.name } : {},
          expression: item.expression,
          ...item.description ? { description: item.description } : {},
          origin: { source, line: start?.line ?? 1, column: start?.column ?? 1 }
        }
      });
    } else {
      specs.push(thresholdGate(item, item.name ?? `gate-${n}`, where(file, ["gates", index])));
    }
  });
  const seen = /* @__PURE__ */ new Set();
  for (const spec of specs) {
    const id = spec.kind === "threshold" ? spec.id : spec.rule.id;
    if (seen.has(id))
      throw new InputError(`${source}: gates: the name '${id}' is used twice; gate names must be unique`);
    seen.add(id);
  }
  return specs;
}
function buildPromote(p) {
  if (!p) return null;
  if (p.workflow === void 0) {
    throw new InputError(
      "promote: settings are given but no workflow to dispatch: set 'promote-workflow' (e.g. deploy.yml)"
    );
  }
  const inputs = buildDispatchInputs(p.inputs ?? {}, "promote-inputs", PROMOTE_TEMPLATES);
  checkDispatchLimits("workflow", inputs);
  return {
    workflow: String(p.workflow),
    ...p.ref ? { ref: p.ref } : {},
    inputs,
    cooldownMs: parseDuration(p.cooldown ?? DEFAULT_PROMOTE_COOLDOWN, "promote.cooldown")
  };
}
function buildGateConfig(settings, file, origins) {
  const gates = buildGateSpecs(settings, file, origins);
  if (gates.length === 0) {
    const stray = ["fail-on-reject", "promote", "issue-number"].filter(
      (k) => settings[k] !== void 0
    );
    if (stray.length > 0 || settings.gates !== void 0) {
      throw new InputError(
        `${stray.map((k) => `'${k === "promote" ? "promote-workflow" : k}'`).join(", ") || "'gates'"} ${stray.length > 1 ? "belong" : "belongs"} to a gate step, which needs at least one gate: set 'gates', e.g. \`accuracy >= baseline.accuracy + 0.005\``
      );
    }
    return null;
  }
  if (settings.rules !== void 0) {
    throw new InputError(
      "'gates' and 'rules' in one step: a monitor step checks 'rules', a gate step (in the retraining workflow) checks 'gates'; use two steps"
    );
  }
  if (settings.dispatch !== void 0 || settings.alert?.enabled) {
    throw new InputError(
      "a gate step does not dispatch retraining or open alerts: it deploys with 'promote-workflow' and reports to the monitor's alert given by 'issue-number'"
    );
  }
  return {
    gates,
    failOnReject: settings["fail-on-reject"] ?? false,
    promote: buildPromote(settings.promote),
    issueNumber: settings["issue-number"] ?? null
  };
}

// retrain-trigger.schema.json
var retrain_trigger_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/retrain-trigger/retrain-trigger/retrain-trigger.schema.json",
  title: "retrain-trigger configuration",
  description: "Config file for the retrain-trigger action and CLI. Action inputs override the same settings given here.",
  type: "object",
  additionalProperties: false,
  definitions: {
    paths: {
      description: "A path or glob, or a list of them (relative to the working directory).",
      oneOf: [
        {
          type: "string",
          minLength: 1
        },
        {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          minItems: 1
        }
      ]
    },
    names: {
      oneOf: [
        {
          type: "string",
          minLength: 1
        },
        {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        }
      ]
    },
    method: {
      description: "A drift method (README: Methods); `ed` and `TVD` are Evidently's names for `energy` and `tvd`.",
      enum: [
        "auto",
        "ks",
        "chisquare",
        "z",
        "wasserstein",
        "psi",
        "kl_div",
        "jensenshannon",
        "hellinger",
        "anderson",
        "cramer_von_mises",
        "t_test",
        "mannw",
        "tvd",
        "linf",
        "energy",
        "es",
        "fisher_exact",
        "g_test",
        "empirical_mmd",
        "ed",
        "TVD"
      ]
    },
    methodChoice: {
      type: "object",
      additionalProperties: false,
      properties: {
        method: {
          $ref: "#/definitions/method"
        },
        threshold: {
          type: "number",
          minimum: 0
        }
      }
    },
    featureKind: {
      enum: ["numerical", "categorical"]
    },
    rule: {
      oneOf: [
        {
          type: "string",
          minLength: 1,
          description: "`expression` or `name: expression`"
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["expression"],
          properties: {
            name: {
              type: "string",
              pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$",
              description: "a rule name: letters, digits, _ . - (starting with a letter or _)"
            },
            expression: {
              type: "string",
              minLength: 1
            },
            description: {
              type: "string"
            },
            for: {
              oneOf: [
                {
                  type: "integer",
                  minimum: 1
                },
                {
                  type: "string",
                  pattern: "^\\s*[0-9]+(\\s+of\\s+[0-9]+)?\\s*$"
                }
              ],
              description: "Counts as triggered only once it held on the last N evaluable runs (3), or on K of the last N ('2 of 3'); pending until then. Needs a history store."
            },
            "clear-after": {
              type: "integer",
              minimum: 1,
              description: "Once triggered, stays triggered until this many consecutive healthy evaluable runs (default 1). Needs a history store."
            }
          }
        }
      ]
    }
  },
  properties: {
    $schema: {
      type: "string"
    },
    metrics: {
      $ref: "#/definitions/paths",
      description: "Current metrics files (JSON, YAML, JSONL, CSV)."
    },
    baseline: {
      $ref: "#/definitions/paths",
      description: "Baseline (production / previous) metrics files."
    },
    rules: {
      description: "Rules; retraining is due when any is true. A list, or one multi-line string like the `rules` input.",
      oneOf: [
        {
          type: "string"
        },
        {
          type: "array",
          items: {
            $ref: "#/definitions/rule"
          }
        }
      ]
    },
    "fail-on-trigger": {
      type: "boolean",
      description: "Mark the step failed when retraining is due."
    },
    "on-unknown": {
      enum: ["keep", "healthy", "due", "fail"],
      default: "keep",
      description: "What a verdict that could not be decided becomes (a rule that errored, drift that could not be decided): `keep` (default: an open alert stays open and notes the run, nothing is dispatched or closed; output status `unknown`), `healthy`, `due`, or `fail` (like keep, then fail the step after the outputs are set)."
    },
    "report-path": {
      type: "string",
      minLength: 1,
      description: "Where to write the JSON report."
    },
    "monitor-key": {
      type: "string",
      minLength: 1,
      maxLength: 200,
      description: "Stable key of this monitor: one open alert issue per key."
    },
    "dry-run": {
      type: "boolean",
      description: "Read from GitHub, write nothing, say what would be written."
    },
    drift: {
      type: "object",
      additionalProperties: false,
      required: ["reference", "current"],
      properties: {
        reference: {
          $ref: "#/definitions/paths",
          description: "Reference (training) data: CSV, JSONL, Parquet or profile JSON."
        },
        current: {
          $ref: "#/definitions/paths",
          description: "Current (production) data."
        },
        method: {
          $ref: "#/definitions/method"
        },
        threshold: {
          type: "number",
          minimum: 0
        },
        share: {
          description: "The dataset has drifted when at least this share of the tested features drifted.",
          oneOf: [
            {
              type: "number",
              minimum: 0,
              maximum: 1
            },
            {
              type: "string",
              pattern: "^\\s*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)%\\s*$",
              description: "A percentage, e.g. `30%`."
            }
          ]
        },
        features: {
          $ref: "#/definitions/names"
        },
        exclude: {
          $ref: "#/definitions/names",
          description: "Columns left out of drift and data quality: names or globs (`*_id`, `event_*`)."
        },
        delimiter: {
          enum: [",", ";", "	", "|", "tab", "auto"],
          description: "Cell delimiter of CSV data files. Default: detected from the header (`.tsv` files: tab)."
        },
        decimal: {
          enum: [".", ","],
          description: "Decimal mark of numbers in CSV data files (`,` for European exports). Default: detected (`,` when a `;`- or tab-separated file writes its numbers with decimal commas and none with points), else `.`."
        },
        "na-values": {
          description: "Cell texts read as missing. A list adds to pandas' defaults (`NA`, `N/A`, `null`, `None`, \u2026); `{replace: [...]}` uses only the given ones.",
          oneOf: [
            {
              $ref: "#/definitions/names"
            },
            {
              type: "object",
              additionalProperties: false,
              required: ["replace"],
              properties: {
                replace: {
                  type: "array",
                  items: {
                    type: "string"
                  }
                }
              }
            }
          ]
        },
        bins: {
          type: "integer",
          minimum: 2,
          maximum: 1e4
        },
        binning: {
          enum: ["auto", "equal-width", "quantile"]
        },
        "min-samples": {
          type: "integer",
          minimum: 1
        },
        correction: {
          enum: ["none", "bonferroni", "benjamini-hochberg"]
        },
        "min-effect-size": {
          type: "number",
          minimum: 0
        },
        seed: {
          type: "integer"
        },
        numerical: {
          $ref: "#/definitions/methodChoice"
        },
        categorical: {
          $ref: "#/definitions/methodChoice"
        },
        types: {
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/featureKind"
          }
        },
        "per-feature": {
          type: "object",
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            properties: {
              method: {
                $ref: "#/definitions/method"
              },
              threshold: {
                type: "number",
                minimum: 0
              },
              type: {
                $ref: "#/definitions/featureKind"
              }
            }
          }
        },
        for: {
          oneOf: [
            {
              type: "integer",
              minimum: 1
            },
            {
              type: "string",
              pattern: "^\\s*[0-9]+(\\s+of\\s+[0-9]+)?\\s*$"
            }
          ],
          description: "Dataset drift counts as detected only once it was detected on the last N evaluable runs (3), or on K of the last N ('2 of 3'). Needs a history store."
        },
        "clear-after": {
          type: "integer",
          minimum: 1,
          description: "Once detected, drift counts until this many consecutive runs without drift (default 1). Needs a history store."
        }
      }
    },
    alert: {
      type: "object",
      additionalProperties: false,
      properties: {
        enabled: {
          type: "boolean"
        },
        labels: {
          $ref: "#/definitions/names"
        },
        title: {
          type: "string",
          minLength: 1,
          maxLength: 200,
          description: "Issue title; {monitor} is replaced with the monitor key."
        },
        assignees: {
          $ref: "#/definitions/names"
        },
        "close-on-recovery": {
          type: "boolean"
        }
      }
    },
    dispatch: {
      type: "object",
      additionalProperties: false,
      properties: {
        workflow: {
          oneOf: [
            {
              type: "string",
              minLength: 1
            },
            {
              type: "integer",
              minimum: 1
            }
          ],
          description: "Workflow file name (retrain.yml) or numeric id to start with workflow_dispatch."
        },
        "event-type": {
          type: "string",
          minLength: 1,
          maxLength: 100,
          description: "repository_dispatch event type (alternative to workflow)."
        },
        repository: {
          type: "string",
          pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",
          description: "a repository as owner/name (where the workflow lives or the event is sent; default: this one)"
        },
        ref: {
          type: "string",
          minLength: 1,
          description: "Git ref for workflow_dispatch (default: the default branch)."
        },
        inputs: {
          type: "object",
          maxProperties: 25,
          additionalProperties: {
            type: ["string", "number", "boolean"]
          },
          description: "Inputs for the dispatched workflow (at most 25); templates {reasons}, {triggered}, {failed_rules}, {drifted_features}, {monitor}, {run_url}, {status}, {issue_number}, {models}."
        },
        cooldown: {
          type: "string",
          pattern: "^(0|([0-9]+(\\.[0-9]+)?(s|m|h|d|w))+)$",
          description: "a duration like 30m, 6h, 1d or 1h30m (0 disables the cooldown)"
        }
      }
    },
    history: {
      description: "The run history of this monitor, read by rules over time, hysteresis, model age and trend charts: 'branch', a .jsonl path, or a section.",
      oneOf: [
        {
          type: "string",
          minLength: 1,
          description: "'branch' (a branch of the repository, written through the REST API; needs `contents: write`) or a path ending in .jsonl (kept by the workflow or the CLI). Unset: no store (the earlier lines of a JSONL metrics file are a read-only history)."
        },
        {
          type: "object",
          additionalProperties: false,
          properties: {
            store: {
              type: "string",
              minLength: 1,
              description: "'branch' (a branch of the repository, written through the REST API; needs `contents: write`) or a path ending in .jsonl (kept by the workflow or the CLI). Unset: no store (the earlier lines of a JSONL metrics file are a read-only history)."
            },
            branch: {
              type: "string",
              minLength: 1,
              description: "Branch of the branch store. Default retrain-trigger-history."
            },
            "max-runs": {
              type: "integer",
              minimum: 1,
              description: "Runs kept; the oldest are dropped. Default 2000."
            },
            detectors: {
              type: "object",
              additionalProperties: false,
              description: "Parameters of the change detectors page_hinkley(x), cusum(x), ewma(x); defaults are river's.",
              properties: {
                "page-hinkley": {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    "min-instances": {
                      type: "number"
                    },
                    delta: {
                      type: "number"
                    },
                    threshold: {
                      type: "number"
                    },
                    alpha: {
                      type: "number"
                    }
                  }
                },
                cusum: {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    "min-instances": {
                      type: "number"
                    },
                    slack: {
                      type: "number"
                    },
                    threshold: {
                      type: "number"
                    }
                  }
                },
                ewma: {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    "min-instances": {
                      type: "number"
                    },
                    alpha: {
                      type: "number"
                    },
                    threshold: {
                      type: "number"
                    }
                  }
                }
              }
            }
          }
        }
      ]
    },
    "max-model-age": {
      oneOf: [
        {
          type: "string",
          pattern: "^\\s*[0-9]+(\\.[0-9]+)?\\s*[hdw]?\\s*$"
        },
        {
          type: "number",
          exclusiveMinimum: 0
        }
      ],
      description: "Retraining is due when the model is older than this (30d, 36h, 2w; a number is days). The age comes from model-timestamp, the last successful dispatch-workflow run on the default branch, or the last retraining in the history."
    },
    "model-timestamp": {
      type: "string",
      minLength: 1,
      description: "Key of the metrics files holding the model's training time (ISO 8601 or epoch seconds), e.g. trained_at."
    },
    command: {
      type: "array",
      minItems: 1,
      items: {
        type: "string"
      },
      description: "Retraining through a command: an argv (program, then its arguments), run without a shell when retraining is due, with RETRAIN_TRIGGER_STATUS, _REASONS, _FAILED_RULES, _DRIFTED_FEATURES, _REPORT and _MONITOR in its environment."
    },
    "command-timeout": {
      type: "string",
      pattern: "^(0|(\\d+(\\.\\d+)?[smhdw])+)$",
      description: "Stop the command after this long (e.g. 30m); default 30m."
    },
    "state-file": {
      type: "string",
      minLength: 1,
      description: "A .jsonl file where notifications sent and commands started are recorded, so re-runs and later runs never repeat them (keep it between runs with actions/cache, like a history file). Required with notify targets or command."
    },
    notify: {
      type: "object",
      additionalProperties: false,
      description: "Notification targets; each optional. Fill the URLs and keys from secrets.",
      properties: {
        "slack-webhook-url": {
          type: "string",
          minLength: 1,
          description: "Slack incoming webhook URL (Block Kit message)."
        },
        "teams-webhook-url": {
          type: "string",
          minLength: 1,
          description: "Microsoft Teams Workflows webhook URL (Adaptive Card)."
        },
        "pagerduty-routing-key": {
          type: "string",
          minLength: 1,
          description: "PagerDuty Events API v2 routing (integration) key."
        },
        "pagerduty-url": {
          type: "string",
          minLength: 1,
          description: "PagerDuty Events API v2 endpoint; default https://events.pagerduty.com/v2/enqueue."
        },
        "webhook-url": {
          type: "string",
          minLength: 1,
          description: "A URL that receives the JSON report on each change of state."
        },
        "webhook-secret": {
          type: "string",
          minLength: 1,
          description: "HMAC-SHA256 key: the body's signature is sent in X-Retrain-Trigger-Signature-256: sha256=<hex>."
        },
        repeat: {
          type: "string",
          pattern: "^(0|(\\d+(\\.\\d+)?[smhdw])+)$",
          description: "Re-send while an alert stays open, after this long (e.g. 1d, like Alertmanager's repeat_interval); default 0 = only on changes of state."
        }
      }
    },
    gates: {
      description: "Gate step: conditions that must all hold for the candidate (metrics) to be promoted over the champion (baseline).",
      oneOf: [
        {
          type: "string",
          minLength: 1
        },
        {
          type: "array",
          minItems: 1,
          items: {
            oneOf: [
              {
                type: "string",
                minLength: 1,
                description: "a condition in the rules language: `expression` or `name: expression`"
              },
              {
                type: "object",
                properties: {
                  name: {},
                  description: {},
                  metric: {},
                  threshold: {},
                  "min-absolute-change": {},
                  "min-relative-change": {},
                  "greater-is-better": {},
                  expression: {}
                },
                if: {
                  properties: {
                    metric: {}
                  },
                  required: ["metric"]
                },
                then: {
                  additionalProperties: false,
                  required: ["metric"],
                  description: "MLflow MetricThreshold semantics",
                  properties: {
                    name: {
                      type: "string",
                      pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$",
                      description: "a rule name: letters, digits, _ . - (starting with a letter or _)"
                    },
                    description: {
                      type: "string"
                    },
                    metric: {
                      type: "string",
                      minLength: 1
                    },
                    threshold: {
                      type: "number",
                      description: "challenger >= threshold (<= when lower is better)"
                    },
                    "min-absolute-change": {
                      type: "number",
                      exclusiveMinimum: 0,
                      description: "challenger >= champion + this (<= champion - this when lower is better)"
                    },
                    "min-relative-change": {
                      type: "number",
                      minimum: 0,
                      maximum: 1,
                      description: "relative improvement over the champion of at least this share"
                    },
                    "greater-is-better": {
                      type: "boolean"
                    }
                  }
                },
                else: {
                  additionalProperties: false,
                  required: ["expression"],
                  properties: {
                    name: {
                      type: "string",
                      pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$",
                      description: "a rule name: letters, digits, _ . - (starting with a letter or _)"
                    },
                    expression: {
                      type: "string",
                      minLength: 1
                    },
                    description: {
                      type: "string"
                    }
                  }
                }
              }
            ]
          }
        }
      ]
    },
    "fail-on-reject": {
      type: "boolean",
      description: "Gate step: mark the step failed when the candidate is rejected."
    },
    promote: {
      type: "object",
      additionalProperties: false,
      description: "Gate step: the deployment workflow dispatched once per promoted candidate.",
      properties: {
        workflow: {
          oneOf: [
            {
              type: "string",
              minLength: 1
            },
            {
              type: "integer",
              minimum: 1
            }
          ]
        },
        ref: {
          type: "string",
          minLength: 1
        },
        inputs: {
          type: "object",
          additionalProperties: {
            type: ["string", "number", "boolean"]
          }
        },
        cooldown: {
          type: "string",
          minLength: 1
        }
      }
    },
    "issue-number": {
      type: "integer",
      minimum: 1,
      description: "Gate step: the monitor's alert issue to report the outcome on."
    },
    "max-retrain-attempts": {
      type: "integer",
      minimum: 1,
      description: "Failed retraining attempts in one alert episode before the monitor stops dispatching (default 3)."
    },
    "batch-dispatch": {
      type: "boolean",
      description: "With monitors: send the top-level `dispatch` once for all models due (those without a dispatch of their own), with `{models}` listing their keys, instead of one run per model. Monitors then do not inherit the top-level dispatch."
    },
    monitors: {
      type: "array",
      minItems: 1,
      maxItems: 1e3,
      description: "Several monitors in one run. Each has its own key and inherits every top-level setting it does not set: mappings (drift, alert, notify, dispatch and its inputs) merge key by key, lists and values are replaced. Every setting a monitor ends up with is checked like a top-level configuration.",
      items: {
        type: "object",
        required: ["key"],
        properties: {
          key: {
            type: "string",
            minLength: 1,
            maxLength: 200,
            description: "This monitor's key (its alert issue, history, notifications and dispatch dedup)."
          },
          "depends-on": {
            $ref: "#/definitions/names",
            description: "Keys of the monitors this model depends on: when one of them is due, this model is due too."
          }
        },
        additionalProperties: true
      }
    }
  }
};

// src/config/schema-errors.ts
function inputFor(pointer) {
  return Object.entries(INPUT_PLACES).find(([, place]) => `/${place.path.join("/")}` === pointer)?.[0];
}
function resolve2(node) {
  let current = node ?? {};
  while (typeof current.$ref === "string") {
    const name = current.$ref.replace("#/definitions/", "");
    current = retrain_trigger_schema_default.definitions[name] ?? {};
  }
  return current;
}
function branchWith(node, key) {
  if (!Array.isArray(node.oneOf)) return node;
  return node.oneOf.map(resolve2).find((b) => key in b) ?? node;
}
function schemaAt(pointer) {
  let node = resolve2(retrain_trigger_schema_default);
  for (const segment of pointerSegments(pointer)) {
    if (typeof segment === "number") {
      node = resolve2(branchWith(node, "items").items);
      continue;
    }
    const withProps = branchWith(node, "properties");
    const props = withProps.properties;
    if (props && segment in props) node = resolve2(props[segment]);
    else node = resolve2(branchWith(node, "additionalProperties").additionalProperties);
  }
  return node;
}
function pointerSegments(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function valueAt(data, pointer) {
  let value2 = data;
  for (const segment of pointerSegments(pointer)) {
    value2 = value2 && typeof value2 === "object" ? value2[segment] : void 0;
  }
  return value2;
}
function describeValue2(value2) {
  if (Array.isArray(value2)) return "a list";
  if (value2 === null) return "null";
  if (typeof value2 === "object") return "a mapping";
  if (typeof value2 === "string") return `'${value2.length > 60 ? `${value2.slice(0, 57)}...` : value2}'`;
  return `${typeof value2} ${String(value2)}`;
}
var TYPE_WORDS = {
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping"
};
function expectedOf(node) {
  if (Array.isArray(node.oneOf))
    return node.oneOf.map((b) => expectedOf(resolve2(b))).join(" or ");
  if (Array.isArray(node.enum)) return `one of ${node.enum.join(", ")}`;
  const type = node.type;
  if (type === "array") return `a list of ${expectedOf(resolve2(node.items)).replace(/^an? /, "")}s`;
  if (Array.isArray(type)) return type.map((t) => TYPE_WORDS[t] ?? t).join(" or ");
  return TYPE_WORDS[String(type)] ?? "a value";
}
function explainSchemaErrors(errors, data) {
  const oneOfFailures = errors.filter((e) => e.keyword === "oneOf").sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  const skip = /* @__PURE__ */ new Set();
  const out = [];
  for (const failure of oneOfFailures) {
    const branchErrors = errors.filter(
      (e) => e !== failure && e.schemaPath.startsWith(`${failure.schemaPath}/`)
    );
    const typeMatched = /* @__PURE__ */ new Set();
    const branches = /* @__PURE__ */ new Map();
    for (const e of branchErrors) {
      const branch = e.schemaPath.slice(failure.schemaPath.length + 1).split("/")[0];
      branches.set(branch, [...branches.get(branch) ?? [], e]);
      skip.add(e);
    }
    for (const [branch, list] of branches) {
      if (!list.some((e) => e.keyword === "type" && e.instancePath === failure.instancePath))
        typeMatched.add(branch);
    }
    const fitting = [...typeMatched].flatMap((b) => branches.get(b) ?? []);
    if (fitting.length > 0) {
      for (const e of fitting) skip.delete(e);
    } else {
      const value2 = valueAt(data, failure.instancePath);
      out.push({
        pointer: failure.instancePath,
        message: `expected ${expectedOf(schemaAt(failure.instancePath))}, got ${describeValue2(value2)}`
      });
    }
    skip.add(failure);
  }
  for (const e of errors) {
    if (skip.has(e) || e.keyword === "if") continue;
    out.push(explainOne(e, data));
  }
  return out;
}
function explainOne(e, data) {
  const value2 = valueAt(data, e.instancePath);
  const p = e.params;
  switch (e.keyword) {
    case "additionalProperties": {
      const known = Object.keys(
        branchWith(schemaAt(e.instancePath), "properties").properties ?? {}
      ).filter((k) => k !== "$schema");
      const key = String(p.additionalProperty);
      return { pointer: e.instancePath, key, message: `unknown key '${key}' (known: ${known.join(", ")})` };
    }
    case "required": {
      const missing = String(p.missingProperty);
      const input = inputFor(`${e.instancePath}/${missing}`);
      return {
        pointer: e.instancePath,
        message: `missing '${missing}'${input ? ` (input '${input}')` : ""}`
      };
    }
    case "enum":
      return {
        pointer: e.instancePath,
        message: `expected one of ${p.allowedValues.join(", ")}, got ${describeValue2(value2)}`
      };
    case "type":
      return {
        pointer: e.instancePath,
        message: `expected ${expectedOf(schemaAt(e.instancePath))}, got ${describeValue2(value2)}`
      };
    case "minimum":
    case "maximum":
      return {
        pointer: e.instancePath,
        message: `expected a number ${e.keyword === "minimum" ? "\u2265" : "\u2264"} ${String(p.limit)}, got ${describeValue2(value2)}`
      };
    case "maxProperties":
      return { pointer: e.instancePath, message: `at most ${String(p.limit)} entries are allowed` };
    case "pattern": {
      const described = schemaAt(e.instancePath).description;
      const hint = typeof described === "string" ? described : `text matching ${String(p.pattern)}`;
      return { pointer: e.instancePath, message: `expected ${hint}, got ${describeValue2(value2)}` };
    }
    default:
      return {
        pointer: e.instancePath,
        message: `${e.message ?? "is invalid"}, got ${describeValue2(value2)}`
      };
  }
}

// src/config/sections.ts
var DEFAULTS2 = {
  driftShare: 0.5,
  minSamples: 30,
  seed: 42,
  issueLabel: "model-alert",
  issueTitle: "Model needs retraining: {monitor}",
  cooldown: "1d",
  commandTimeout: "30m",
  reportFile: "retrain-trigger-report.json"
};
function toList(value2) {
  if (value2 === void 0) return [];
  return (Array.isArray(value2) ? value2 : value2.split(/\r?\n/)).map((item) => item.trim()).filter((item) => item !== "" && !item.startsWith("#"));
}
function buildDrift(d) {
  const types = d.types ?? {};
  const perFeature = {};
  for (const [name, kind] of Object.entries(types)) perFeature[name] = { type: kind };
  for (const [name, choice] of Object.entries(d["per-feature"] ?? {})) {
    perFeature[name] = { ...perFeature[name], ...choice };
  }
  return {
    reference: toList(d.reference),
    current: toList(d.current),
    method: d.method ?? "auto",
    ...d.threshold !== void 0 ? { threshold: d.threshold } : {},
    share: typeof d.share === "string" ? Number(d.share.trim().slice(0, -1)) / 100 : d.share ?? DEFAULTS2.driftShare,
    ...d.features !== void 0 ? { features: toNames(d.features) } : {},
    exclude: d.exclude !== void 0 ? toNames(d.exclude) : [],
    table: tableFormat(d),
    numerical: d.numerical ?? {},
    categorical: d.categorical ?? {},
    perFeature,
    ...d.bins !== void 0 ? { bins: d.bins } : {},
    binning: d.binning ?? "auto",
    minSamples: d["min-samples"] ?? DEFAULTS2.minSamples,
    correction: d.correction ?? "none",
    ...d["min-effect-size"] !== void 0 ? { minEffectSize: d["min-effect-size"] } : {},
    seed: d.seed ?? DEFAULTS2.seed
  };
}
function tableFormat(d) {
  const decimal = d.decimal;
  const delimiter = d.delimiter === "tab" ? "	" : d.delimiter === "auto" ? void 0 : d.delimiter;
  if (delimiter === "," && decimal === ",") {
    throw new InputError(
      "drift: delimiter ',' and decimal ',' cannot be used together (European exports separate cells with ';')"
    );
  }
  const na = d["na-values"];
  const naValues = na === void 0 ? PANDAS_NA_VALUES : typeof na === "object" && !Array.isArray(na) ? na.replace : [.../* @__PURE__ */ new Set([...PANDAS_NA_VALUES, ...toNames(na)])];
  return {
    ...delimiter !== void 0 ? { delimiter } : {},
    ...decimal !== void 0 ? { decimal } : {},
    naValues
  };
}
function toNames(value2) {
  return (Array.isArray(value2) ? value2 : value2.split(/[,\r\n]/)).map((s) => s.trim()).filter((s) => s !== "");
}
function buildAlert(a) {
  return {
    enabled: a?.enabled ?? false,
    labels: a?.labels !== void 0 ? toNames(a.labels) : [DEFAULTS2.issueLabel],
    title: a?.title ?? DEFAULTS2.issueTitle,
    assignees: a?.assignees !== void 0 ? toNames(a.assignees) : [],
    closeOnRecovery: a?.["close-on-recovery"] ?? true
  };
}
function buildDispatch(d) {
  if (!d) return null;
  const workflow = d.workflow !== void 0 ? String(d.workflow) : void 0;
  const eventType = d["event-type"];
  if (workflow && eventType) {
    throw new InputError(
      "dispatch: set either 'dispatch-workflow' (workflow_dispatch) or 'dispatch-event-type' (repository_dispatch), not both"
    );
  }
  if (!workflow && !eventType) {
    throw new InputError(
      "dispatch: settings are given but nothing to dispatch: set 'dispatch-workflow' (e.g. retrain.yml) or 'dispatch-event-type'"
    );
  }
  const inputs = buildDispatchInputs(d.inputs ?? {});
  checkDispatchLimits(workflow ? "workflow" : "event", inputs);
  return {
    ...workflow ? { workflow } : {},
    ...eventType ? { eventType } : {},
    ...d.repository ? { repository: parseRepository(d.repository) } : {},
    ...d.ref ? { ref: d.ref } : {},
    inputs,
    cooldownMs: parseDuration(d.cooldown ?? DEFAULTS2.cooldown, "cooldown")
  };
}
function buildCommand(settings) {
  const argv = settings.command;
  if (!argv) {
    if (settings["command-timeout"] !== void 0) {
      throw new InputError("command-timeout is set but there is no 'command' to run");
    }
    return null;
  }
  if (argv[0]?.trim() === "") throw new InputError("command: the program (first item) is empty");
  const timeoutMs = parseDuration(settings["command-timeout"] ?? DEFAULTS2.commandTimeout, "command-timeout");
  if (timeoutMs <= 0) throw new InputError("command-timeout: expected a duration above 0, e.g. 30m");
  return { argv, timeoutMs };
}
function buildNotify(n) {
  const config = {
    pagerdutyUrl: n?.["pagerduty-url"] ?? PAGERDUTY_EVENTS_URL,
    repeatMs: parseDuration(n?.repeat ?? "0", "notify-repeat"),
    ...n?.["slack-webhook-url"] ? { slackWebhookUrl: n["slack-webhook-url"] } : {},
    ...n?.["teams-webhook-url"] ? { teamsWebhookUrl: n["teams-webhook-url"] } : {},
    ...n?.["pagerduty-routing-key"] ? { pagerdutyRoutingKey: n["pagerduty-routing-key"] } : {},
    ...n?.["webhook-url"] ? { webhookUrl: n["webhook-url"] } : {},
    ...n?.["webhook-secret"] ? { webhookSecret: n["webhook-secret"] } : {}
  };
  const urls = [
    [config.slackWebhookUrl, "slack-webhook-url"],
    [config.teamsWebhookUrl, "teams-webhook-url"],
    [config.pagerdutyRoutingKey ? config.pagerdutyUrl : void 0, "pagerduty-url"],
    [config.webhookUrl, "webhook-url"]
  ];
  for (const [url, name] of urls) {
    const problem = url ? checkTargetUrl(url, name) : void 0;
    if (problem) throw new InputError(problem);
  }
  if (config.webhookSecret && !config.webhookUrl) {
    throw new InputError("webhook-secret is set but there is no 'webhook-url' to sign for");
  }
  return config;
}

// src/config/generated/validate-config.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var func3 = import_ucs2length.default.default ?? import_ucs2length.default;
var validate_config_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/retrain-trigger/retrain-trigger/retrain-trigger.schema.json", "title": "retrain-trigger configuration", "description": "Config file for the retrain-trigger action and CLI. Action inputs override the same settings given here.", "type": "object", "additionalProperties": false, "definitions": { "paths": { "description": "A path or glob, or a list of them (relative to the working directory).", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }] }, "names": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] }, "method": { "description": "A drift method (README: Methods); `ed` and `TVD` are Evidently's names for `energy` and `tvd`.", "enum": ["auto", "ks", "chisquare", "z", "wasserstein", "psi", "kl_div", "jensenshannon", "hellinger", "anderson", "cramer_von_mises", "t_test", "mannw", "tvd", "linf", "energy", "es", "fisher_exact", "g_test", "empirical_mmd", "ed", "TVD"] }, "methodChoice": { "type": "object", "additionalProperties": false, "properties": { "method": { "$ref": "#/definitions/method" }, "threshold": { "type": "number", "minimum": 0 } } }, "featureKind": { "enum": ["numerical", "categorical"] }, "rule": { "oneOf": [{ "type": "string", "minLength": 1, "description": "`expression` or `name: expression`" }, { "type": "object", "additionalProperties": false, "required": ["expression"], "properties": { "name": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.-]*$", "description": "a rule name: letters, digits, _ . - (starting with a letter or _)" }, "expression": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "for": { "oneOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "pattern": "^\\s*[0-9]+(\\s+of\\s+[0-9]+)?\\s*$" }], "description": "Counts as triggered only once it held on the last N evaluable runs (3), or on K of the last N ('2 of 3'); pending until then. Needs a history store." }, "clear-after": { "type": "integer", "minimum": 1, "description": "Once triggered, stays triggered until this many consecutive healthy evaluable runs (default 1). Needs a history store." } } }] } }, "properties": { "$schema": { "type": "string" }, "metrics": { "$ref": "#/definitions/paths", "description": "Current metrics files (JSON, YAML, JSONL, CSV)." }, "baseline": { "$ref": "#/definitions/paths", "description": "Baseline (production / previous) metrics files." }, "rules": { "description": "Rules; retraining is due when any is true. A list, or one multi-line string like the `rules` input.", "oneOf": [{ "type": "string" }, { "type": "array", "items": { "$ref": "#/definitions/rule" } }] }, "fail-on-trigger": { "type": "boolean", "description": "Mark the step failed when retraining is due." }, "on-unknown": { "enum": ["keep", "healthy", "due", "fail"], "default": "keep", "description": "What a verdict that could not be decided becomes (a rule that errored, drift that could not be decided): `keep` (default: an open alert stays open and notes the run, nothing is dispatched or closed; output status `unknown`), `healthy`, `due`, or `fail` (like keep, then fail the step after the outputs are set)." }, "report-path": { "type": "string", "minLength": 1, "description": "Where to write the JSON report." }, "monitor-key": { "type": "string", "minLength": 1, "maxLength": 200, "description": "Stable key of this monitor: one open alert issue per key." }, "dry-run": { "type": "boolean", "description": "Read from GitHub, write nothing, say what would be written." }, "drift": { "type": "object", "additionalProperties": false, "required": ["reference", "current"], "properties": { "reference": { "$ref": "#/definitions/paths", "description": "Reference (training) data: CSV, JSONL, Parquet or profile JSON." }, "current": { "$ref": "#/definitions/paths", "description": "Current (production) data." }, "method": { "$ref": "#/definitions/method" }, "threshold": { "type": "number", "minimum": 0 }, "share": { "description": "The dataset has drifted when at least this share of the tested features drifted.", "oneOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": "^\\s*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)%\\s*$", "description": "A percentage, e.g. `30%`." }] }, "features": { "$ref": "#/definitions/names" }, "exclude": { "$ref": "#/definitions/names", "description": "Columns left out of drift and data quality: names or globs (`*_id`, `event_*`)." }, "delimiter": { "enum": [",", ";", "	", "|", "tab", "auto"], "description": "Cell delimiter of CSV data files. Default: detected from the header (`.tsv` files: tab)." }, "decimal": { "enum": [".", ","], "description": "Decimal mark of numbers in CSV data files (`,` for European exports). Default: detected (`,` when a `;`- or tab-separated file writes its numbers with decimal commas and none with points), else `.`." }, "na-values": { "description": "Cell texts read as missing. A list adds to pandas' defaults (`NA`, `N/A`, `null`, `None`, \u2026); `{replace: [...]}` uses only the given ones.", "oneOf": [{ "$ref": "#/definitions/names" }, { "type": "object", "additionalProperties": false, "required": ["replace"], "properties": { "replace": { "type": "array", "items": { "type": "string" } } } }] }, "bins": { "type": "integer", "minimum": 2, "maximum": 1e4 }, "binning": { "enum": ["auto", "equal-width", "quantile"] }, "min-samples": { "type": "integer", "minimum": 1 }, "correction": { "enum": ["none", "bonferroni", "benjamini-hochberg"] }, "min-effect-size": { "type": "number", "minimum": 0 }, "seed": { "type": "integer" }, "numerical": { "$ref": "#/definitions/methodChoice" }, "categorical": { "$ref": "#/definitions/methodChoice" }, "types": { "type": "object", "additionalProperties": { "$ref": "#/definitions/featureKind" } }, "per-feature": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "method": { "$ref": "#/definitions/method" }, "threshold": { "type": "number", "minimum": 0 }, "type": { "$ref": "#/definitions/featureKind" } } } }, "for": { "oneOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "pattern": "^\\s*[0-9]+(\\s+of\\s+[0-9]+)?\\s*$" }], "description": "Dataset drift counts as detected only once it was detected on the last N evaluable runs (3), or on K of the last N ('2 of 3'). Needs a history store." }, "clear-after": { "type": "integer", "minimum": 1, "description": "Once detected, drift counts until this many consecutive runs without drift (default 1). Needs a history store." } } }, "alert": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean" }, "labels": { "$ref": "#/definitions/names" }, "title": { "type": "string", "minLength": 1, "maxLength": 200, "description": "Issue title; {monitor} is replaced with the monitor key." }, "assignees": { "$ref": "#/definitions/names" }, "close-on-recovery": { "type": "boolean" } } }, "dispatch": { "type": "object", "additionalProperties": false, "properties": { "workflow": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "integer", "minimum": 1 }], "description": "Workflow file name (retrain.yml) or numeric id to start with workflow_dispatch." }, "event-type": { "type": "string", "minLength": 1, "maxLength": 100, "description": "repository_dispatch event type (alternative to workflow)." }, "repository": { "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "description": "a repository as owner/name (where the workflow lives or the event is sent; default: this one)" }, "ref": { "type": "string", "minLength": 1, "description": "Git ref for workflow_dispatch (default: the default branch)." }, "inputs": { "type": "object", "maxProperties": 25, "additionalProperties": { "type": ["string", "number", "boolean"] }, "description": "Inputs for the dispatched workflow (at most 25); templates {reasons}, {triggered}, {failed_rules}, {drifted_features}, {monitor}, {run_url}, {status}, {issue_number}, {models}." }, "cooldown": { "type": "string", "pattern": "^(0|([0-9]+(\\.[0-9]+)?(s|m|h|d|w))+)$", "description": "a duration like 30m, 6h, 1d or 1h30m (0 disables the cooldown)" } } }, "history": { "description": "The run history of this monitor, read by rules over time, hysteresis, model age and trend charts: 'branch', a .jsonl path, or a section.", "oneOf": [{ "type": "string", "minLength": 1, "description": "'branch' (a branch of the repository, written through the REST API; needs `contents: write`) or a path ending in .jsonl (kept by the workflow or the CLI). Unset: no store (the earlier lines of a JSONL metrics file are a read-only history)." }, { "type": "object", "additionalProperties": false, "properties": { "store": { "type": "string", "minLength": 1, "description": "'branch' (a branch of the repository, written through the REST API; needs `contents: write`) or a path ending in .jsonl (kept by the workflow or the CLI). Unset: no store (the earlier lines of a JSONL metrics file are a read-only history)." }, "branch": { "type": "string", "minLength": 1, "description": "Branch of the branch store. Default retrain-trigger-history." }, "max-runs": { "type": "integer", "minimum": 1, "description": "Runs kept; the oldest are dropped. Default 2000." }, "detectors": { "type": "object", "additionalProperties": false, "description": "Parameters of the change detectors page_hinkley(x), cusum(x), ewma(x); defaults are river's.", "properties": { "page-hinkley": { "type": "object", "additionalProperties": false, "properties": { "min-instances": { "type": "number" }, "delta": { "type": "number" }, "threshold": { "type": "number" }, "alpha": { "type": "number" } } }, "cusum": { "type": "object", "additionalProperties": false, "properties": { "min-instances": { "type": "number" }, "slack": { "type": "number" }, "threshold": { "type": "number" } } }, "ewma": { "type": "object", "additionalProperties": false, "properties": { "min-instances": { "type": "number" }, "alpha": { "type": "number" }, "threshold": { "type": "number" } } } } } } }] }, "max-model-age": { "oneOf": [{ "type": "string", "pattern": "^\\s*[0-9]+(\\.[0-9]+)?\\s*[hdw]?\\s*$" }, { "type": "number", "exclusiveMinimum": 0 }], "description": "Retraining is due when the model is older than this (30d, 36h, 2w; a number is days). The age comes from model-timestamp, the last successful dispatch-workflow run on the default branch, or the last retraining in the history." }, "model-timestamp": { "type": "string", "minLength": 1, "description": "Key of the metrics files holding the model's training time (ISO 8601 or epoch seconds), e.g. trained_at." }, "command": { "type": "array", "minItems": 1, "items": { "type": "string" }, "description": "Retraining through a command: an argv (program, then its arguments), run without a shell when retraining is due, with RETRAIN_TRIGGER_STATUS, _REASONS, _FAILED_RULES, _DRIFTED_FEATURES, _REPORT and _MONITOR in its environment." }, "command-timeout": { "type": "string", "pattern": "^(0|(\\d+(\\.\\d+)?[smhdw])+)$", "description": "Stop the command after this long (e.g. 30m); default 30m." }, "state-file": { "type": "string", "minLength": 1, "description": "A .jsonl file where notifications sent and commands started are recorded, so re-runs and later runs never repeat them (keep it between runs with actions/cache, like a history file). Required with notify targets or command." }, "notify": { "type": "object", "additionalProperties": false, "description": "Notification targets; each optional. Fill the URLs and keys from secrets.", "properties": { "slack-webhook-url": { "type": "string", "minLength": 1, "description": "Slack incoming webhook URL (Block Kit message)." }, "teams-webhook-url": { "type": "string", "minLength": 1, "description": "Microsoft Teams Workflows webhook URL (Adaptive Card)." }, "pagerduty-routing-key": { "type": "string", "minLength": 1, "description": "PagerDuty Events API v2 routing (integration) key." }, "pagerduty-url": { "type": "string", "minLength": 1, "description": "PagerDuty Events API v2 endpoint; default https://events.pagerduty.com/v2/enqueue." }, "webhook-url": { "type": "string", "minLength": 1, "description": "A URL that receives the JSON report on each change of state." }, "webhook-secret": { "type": "string", "minLength": 1, "description": "HMAC-SHA256 key: the body's signature is sent in X-Retrain-Trigger-Signature-256: sha256=<hex>." }, "repeat": { "type": "string", "pattern": "^(0|(\\d+(\\.\\d+)?[smhdw])+)$", "description": "Re-send while an alert stays open, after this long (e.g. 1d, like Alertmanager's repeat_interval); default 0 = only on changes of state." } } }, "gates": { "description": "Gate step: conditions that must all hold for the candidate (metrics) to be promoted over the champion (baseline).", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "oneOf": [{ "type": "string", "minLength": 1, "description": "a condition in the rules language: `expression` or `name: expression`" }, { "type": "object", "properties": { "name": {}, "description": {}, "metric": {}, "threshold": {}, "min-absolute-change": {}, "min-relative-change": {}, "greater-is-better": {}, "expression": {} }, "if": { "properties": { "metric": {} }, "required": ["metric"] }, "then": { "additionalProperties": false, "required": ["metric"], "description": "MLflow MetricThreshold semantics", "properties": { "name": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.-]*$", "description": "a rule name: letters, digits, _ . - (starting with a letter or _)" }, "description": { "type": "string" }, "metric": { "type": "string", "minLength": 1 }, "threshold": { "type": "number", "description": "challenger >= threshold (<= when lower is better)" }, "min-absolute-change": { "type": "number", "exclusiveMinimum": 0, "description": "challenger >= champion + this (<= champion - this when lower is better)" }, "min-relative-change": { "type": "number", "minimum": 0, "maximum": 1, "description": "relative improvement over the champion of at least this share" }, "greater-is-better": { "type": "boolean" } } }, "else": { "additionalProperties": false, "required": ["expression"], "properties": { "name": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.-]*$", "description": "a rule name: letters, digits, _ . - (starting with a letter or _)" }, "expression": { "type": "string", "minLength": 1 }, "description": { "type": "string" } } } }] } }] }, "fail-on-reject": { "type": "boolean", "description": "Gate step: mark the step failed when the candidate is rejected." }, "promote": { "type": "object", "additionalProperties": false, "description": "Gate step: the deployment workflow dispatched once per promoted candidate.", "properties": { "workflow": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "integer", "minimum": 1 }] }, "ref": { "type": "string", "minLength": 1 }, "inputs": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] } }, "cooldown": { "type": "string", "minLength": 1 } } }, "issue-number": { "type": "integer", "minimum": 1, "description": "Gate step: the monitor's alert issue to report the outcome on." }, "max-retrain-attempts": { "type": "integer", "minimum": 1, "description": "Failed retraining attempts in one alert episode before the monitor stops dispatching (default 3)." }, "batch-dispatch": { "type": "boolean", "description": "With monitors: send the top-level `dispatch` once for all models due (those without a dispatch of their own), with `{models}` listing their keys, instead of one run per model. Monitors then do not inherit the top-level dispatch." }, "monitors": { "type": "array", "minItems": 1, "maxItems": 1e3, "description": "Several monitors in one run. Each has its own key and inherits every top-level setting it does not set: mappings (drift, alert, notify, dispatch and its inputs) merge key by key, lists and values are replaced. Every setting a monitor ends up with is checked like a top-level configuration.", "items": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string", "minLength": 1, "maxLength": 200, "description": "This monitor's key (its alert issue, history, notifications and dispatch dedup)." }, "depends-on": { "$ref": "#/definitions/names", "description": "Keys of the monitors this model depends on: when one of them is due, this model is due too." } }, "additionalProperties": true } } } };
var schema17 = { "description": "A drift method (README: Methods); `ed` and `TVD` are Evidently's names for `energy` and `tvd`.", "enum": ["auto", "ks", "chisquare", "z", "wasserstein", "psi", "kl_div", "jensenshannon", "hellinger", "anderson", "cramer_von_mises", "t_test", "mannw", "tvd", "linf", "energy", "es", "fisher_exact", "g_test", "empirical_mmd", "ed", "TVD"] };
var schema23 = { "enum": ["numerical", "categorical"] };
var func2 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^[A-Za-z_][A-Za-z0-9_.-]*$", "u");
var pattern1 = new RegExp("^\\s*[0-9]+(\\s+of\\s+[0-9]+)?\\s*$", "u");
var pattern2 = new RegExp("^\\s*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)%\\s*$", "u");
var pattern4 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
var pattern5 = new RegExp("^(0|([0-9]+(\\.[0-9]+)?(s|m|h|d|w))+)$", "u");
var pattern6 = new RegExp("^\\s*[0-9]+(\\.[0-9]+)?\\s*[hdw]?\\s*$", "u");
var pattern7 = new RegExp("^(0|(\\d+(\\.\\d+)?[smhdw])+)$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "method" || key0 === "threshold")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.method !== void 0) {
      let data0 = data.method;
      if (!(data0 === "auto" || data0 === "ks" || data0 === "chisquare" || data0 === "z" || data0 === "wasserstein" || data0 === "psi" || data0 === "kl_div" || data0 === "jensenshannon" || data0 === "hellinger" || data0 === "anderson" || data0 === "cramer_von_mises" || data0 === "t_test" || data0 === "mannw" || data0 === "tvd" || data0 === "linf" || data0 === "energy" || data0 === "es" || data0 === "fisher_exact" || data0 === "g_test" || data0 === "empirical_mmd" || data0 === "ed" || data0 === "TVD")) {
        const err1 = { instancePath: instancePath + "/method", schemaPath: "#/definitions/method/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.threshold !== void 0) {
      let data1 = data.threshold;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err2 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data1 = data.metrics;
      const _errs6 = errors;
      let valid2 = false;
      let passing0 = null;
      const _errs7 = errors;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err2 = { instancePath: instancePath + "/metrics", schemaPath: "#/definitions/paths/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/metrics", schemaPath: "#/definitions/paths/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0) {
        valid2 = true;
        passing0 = 0;
      }
      const _errs9 = errors;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err4 = { instancePath: instancePath + "/metrics", schemaPath: "#/definitions/paths/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func3(data2) < 1) {
              const err5 = { instancePath: instancePath + "/metrics/" + i0, schemaPath: "#/definitions/paths/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/metrics/" + i0, schemaPath: "#/definitions/paths/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/metrics", schemaPath: "#/definitions/paths/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs9 === errors;
      if (_valid0 && valid2) {
        valid2 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid2 = true;
          passing0 = 1;
        }
      }
      if (!valid2) {
        const err8 = { instancePath: instancePath + "/metrics", schemaPath: "#/definitions/paths/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.baseline !== void 0) {
      let data3 = data.baseline;
      const _errs15 = errors;
      let valid6 = false;
      let passing1 = null;
      const _errs16 = errors;
      if (typeof data3 === "string") {
        if (func3(data3) < 1) {
          const err9 = { instancePath: instancePath + "/baseline", schemaPath: "#/definitions/paths/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/baseline", schemaPath: "#/definitions/paths/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs16 === errors;
      if (_valid1) {
        valid6 = true;
        passing1 = 0;
      }
      const _errs18 = errors;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err11 = { instancePath: instancePath + "/baseline", schemaPath: "#/definitions/paths/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 === "string") {
            if (func3(data4) < 1) {
              const err12 = { instancePath: instancePath + "/baseline/" + i1, schemaPath: "#/definitions/paths/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/baseline/" + i1, schemaPath: "#/definitions/paths/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/baseline", schemaPath: "#/definitions/paths/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid1 = _errs18 === errors;
      if (_valid1 && valid6) {
        valid6 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid6 = true;
          passing1 = 1;
        }
      }
      if (!valid6) {
        const err15 = { instancePath: instancePath + "/baseline", schemaPath: "#/definitions/paths/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs15;
        if (vErrors !== null) {
          if (_errs15) {
            vErrors.length = _errs15;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.rules !== void 0) {
      let data5 = data.rules;
      const _errs23 = errors;
      let valid9 = false;
      let passing2 = null;
      const _errs24 = errors;
      if (typeof data5 !== "string") {
        const err16 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var _valid2 = _errs24 === errors;
      if (_valid2) {
        valid9 = true;
        passing2 = 0;
      }
      const _errs26 = errors;
      if (Array.isArray(data5)) {
        const len2 = data5.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data6 = data5[i2];
          const _errs30 = errors;
          let valid13 = false;
          let passing3 = null;
          const _errs31 = errors;
          if (typeof data6 === "string") {
            if (func3(data6) < 1) {
              const err17 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/definitions/rule/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/definitions/rule/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          var _valid3 = _errs31 === errors;
          if (_valid3) {
            valid13 = true;
            passing3 = 0;
          }
          const _errs33 = errors;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.expression === void 0) {
              const err19 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/definitions/rule/oneOf/1/required", keyword: "required", params: { missingProperty: "expression" }, message: "must have required property 'expression'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "name" || key1 === "expression" || key1 === "description" || key1 === "for" || key1 === "clear-after")) {
                const err20 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/definitions/rule/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data6.name !== void 0) {
              let data7 = data6.name;
              if (typeof data7 === "string") {
                if (!pattern0.test(data7)) {
                  const err21 = { instancePath: instancePath + "/rules/" + i2 + "/name", schemaPath: "#/definitions/rule/oneOf/1/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.-]*$"' };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/rules/" + i2 + "/name", schemaPath: "#/definitions/rule/oneOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data6.expression !== void 0) {
              let data8 = data6.expression;
              if (typeof data8 === "string") {
                if (func3(data8) < 1) {
                  const err23 = { instancePath: instancePath + "/rules/" + i2 + "/expression", schemaPath: "#/definitions/rule/oneOf/1/properties/expression/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/rules/" + i2 + "/expression", schemaPath: "#/definitions/rule/oneOf/1/properties/expression/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data6.description !== void 0) {
              if (typeof data6.description !== "string") {
                const err25 = { instancePath: instancePath + "/rules/" + i2 + "/description", schemaPath: "#/definitions/rule/oneOf/1/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data6.for !== void 0) {
              let data10 = data6.for;
              const _errs43 = errors;
              let valid15 = false;
              let passing4 = null;
              const _errs44 = errors;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                const err26 = { instancePath: instancePath + "/rules/" + i2 + "/for", schemaPath: "#/definitions/rule/oneOf/1/properties/for/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 < 1 || isNaN(data10)) {
                  const err27 = { instancePath: instancePath + "/rules/" + i2 + "/for", schemaPath: "#/definitions/rule/oneOf/1/properties/for/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              var _valid4 = _errs44 === errors;
              if (_valid4) {
                valid15 = true;
                passing4 = 0;
              }
              const _errs46 = errors;
              if (typeof data10 === "string") {
                if (!pattern1.test(data10)) {
                  const err28 = { instancePath: instancePath + "/rules/" + i2 + "/for", schemaPath: "#/definitions/rule/oneOf/1/properties/for/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*[0-9]+(\\s+of\\s+[0-9]+)?\\s*$" }, message: 'must match pattern "^\\s*[0-9]+(\\s+of\\s+[0-9]+)?\\s*$"' };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/rules/" + i2 + "/for", schemaPath: "#/definitions/rule/oneOf/1/properties/for/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              var _valid4 = _errs46 === errors;
              if (_valid4 && valid15) {
                valid15 = false;
                passing4 = [passing4, 1];
              } else {
                if (_valid4) {
                  valid15 = true;
                  passing4 = 1;
                }
              }
              if (!valid15) {
                const err30 = { instancePath: instancePath + "/rules/" + i2 + "/for", schemaPath: "#/definitions/rule/oneOf/1/properties/for/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              } else {
                errors = _errs43;
                if (vErrors !== null) {
                  if (_errs43) {
                    vErrors.length = _errs43;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data6["clear-after"] !== void 0) {
              let data11 = data6["clear-after"];
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                const err31 = { instancePath: instancePath + "/rules/" + i2 + "/clear-after", schemaPath: "#/definitions/rule/oneOf/1/properties/clear-after/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 < 1 || isNaN(data11)) {
                  const err32 = { instancePath: instancePath + "/rules/" + i2 + "/clear-after", schemaPath: "#/definitions/rule/oneOf/1/properties/clear-after/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/definitions/rule/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          var _valid3 = _errs33 === errors;
          if (_valid3 && valid13) {
            valid13 = false;
            passing3 = [passing3, 1];
          } else {
            if (_valid3) {
              valid13 = true;
              passing3 = 1;
            }
          }
          if (!valid13) {
            const err34 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/definitions/rule/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          } else {
            errors = _errs30;
            if (vErrors !== null) {
              if (_errs30) {
                vErrors.length = _errs30;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      var _valid2 = _errs26 === errors;
      if (_valid2 && valid9) {
        valid9 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid9 = true;
          passing2 = 1;
        }
      }
      if (!valid9) {
        const err36 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      } else {
        errors = _errs23;
        if (vErrors !== null) {
          if (_errs23) {
            vErrors.length = _errs23;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["fail-on-trigger"] !== void 0) {
      if (typeof data["fail-on-trigger"] !== "boolean") {
        const err37 = { instancePath: instancePath + "/fail-on-trigger", schemaPath: "#/properties/fail-on-trigger/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data["on-unknown"] !== void 0) {
      let data13 = data["on-unknown"];
      if (!(data13 === "keep" || data13 === "healthy" || data13 === "due" || data13 === "fail")) {
        const err38 = { instancePath: instancePath + "/on-unknown", schemaPath: "#/properties/on-unknown/enum", keyword: "enum", params: { allowedValues: schema11.properties["on-unknown"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data["report-path"] !== void 0) {
      let data14 = data["report-path"];
      if (typeof data14 === "string") {
        if (func3(data14) < 1) {
          const err39 = { instancePath: instancePath + "/report-path", schemaPath: "#/properties/report-path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/report-path", schemaPath: "#/properties/report-path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data["monitor-key"] !== void 0) {
      let data15 = data["monitor-key"];
      if (typeof data15 === "string") {
        if (func3(data15) > 200) {
          const err41 = { instancePath: instancePath + "/monitor-key", schemaPath: "#/properties/monitor-key/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (func3(data15) < 1) {
          const err42 = { instancePath: instancePath + "/monitor-key", schemaPath: "#/properties/monitor-key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = { instancePath: instancePath + "/monitor-key", schemaPath: "#/properties/monitor-key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data["dry-run"] !== void 0) {
      if (typeof data["dry-run"] !== "boolean") {
        const err44 = { instancePath: instancePath + "/dry-run", schemaPath: "#/properties/dry-run/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.drift !== void 0) {
      let data17 = data.drift;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.reference === void 0) {
          const err45 = { instancePath: instancePath + "/drift", schemaPath: "#/properties/drift/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data17.current === void 0) {
          const err46 = { instancePath: instancePath + "/drift", schemaPath: "#/properties/drift/required", keyword: "required", params: { missingProperty: "current" }, message: "must have required property 'current'" };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        for (const key2 in data17) {
          if (!func2.call(schema11.properties.drift.properties, key2)) {
            const err47 = { instancePath: instancePath + "/drift", schemaPath: "#/properties/drift/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data17.reference !== void 0) {
          let data18 = data17.reference;
          const _errs64 = errors;
          let valid18 = false;
          let passing5 = null;
          const _errs65 = errors;
          if (typeof data18 === "string") {
            if (func3(data18) < 1) {
              const err48 = { instancePath: instancePath + "/drift/reference", schemaPath: "#/definitions/paths/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/drift/reference", schemaPath: "#/definitions/paths/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          var _valid5 = _errs65 === errors;
          if (_valid5) {
            valid18 = true;
            passing5 = 0;
          }
          const _errs67 = errors;
          if (Array.isArray(data18)) {
            if (data18.length < 1) {
              const err50 = { instancePath: instancePath + "/drift/reference", schemaPath: "#/definitions/paths/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            const len3 = data18.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data19 = data18[i3];
              if (typeof data19 === "string") {
                if (func3(data19) < 1) {
                  const err51 = { instancePath: instancePath + "/drift/reference/" + i3, schemaPath: "#/definitions/paths/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              } else {
                const err52 = { instancePath: instancePath + "/drift/reference/" + i3, schemaPath: "#/definitions/paths/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/drift/reference", schemaPath: "#/definitions/paths/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          var _valid5 = _errs67 === errors;
          if (_valid5 && valid18) {
            valid18 = false;
            passing5 = [passing5, 1];
          } else {
            if (_valid5) {
              valid18 = true;
              passing5 = 1;
            }
          }
          if (!valid18) {
            const err54 = { instancePath: instancePath + "/drift/reference", schemaPath: "#/definitions/paths/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          } else {
            errors = _errs64;
            if (vErrors !== null) {
              if (_errs64) {
                vErrors.length = _errs64;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data17.current !== void 0) {
          let data20 = data17.current;
          const _errs73 = errors;
          let valid22 = false;
          let passing6 = null;
          const _errs74 = errors;
          if (typeof data20 === "string") {
            if (func3(data20) < 1) {
              const err55 = { instancePath: instancePath + "/drift/current", schemaPath: "#/definitions/paths/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/drift/current", schemaPath: "#/definitions/paths/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          var _valid6 = _errs74 === errors;
          if (_valid6) {
            valid22 = true;
            passing6 = 0;
          }
          const _errs76 = errors;
          if (Array.isArray(data20)) {
            if (data20.length < 1) {
              const err57 = { instancePath: instancePath + "/drift/current", schemaPath: "#/definitions/paths/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            const len4 = data20.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data21 = data20[i4];
              if (typeof data21 === "string") {
                if (func3(data21) < 1) {
                  const err58 = { instancePath: instancePath + "/drift/current/" + i4, schemaPath: "#/definitions/paths/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/drift/current/" + i4, schemaPath: "#/definitions/paths/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/drift/current", schemaPath: "#/definitions/paths/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          var _valid6 = _errs76 === errors;
          if (_valid6 && valid22) {
            valid22 = false;
            passing6 = [passing6, 1];
          } else {
            if (_valid6) {
              valid22 = true;
              passing6 = 1;
            }
          }
          if (!valid22) {
            const err61 = { instancePath: instancePath + "/drift/current", schemaPath: "#/definitions/paths/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          } else {
            errors = _errs73;
            if (vErrors !== null) {
              if (_errs73) {
                vErrors.length = _errs73;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data17.method !== void 0) {
          let data22 = data17.method;
          if (!(data22 === "auto" || data22 === "ks" || data22 === "chisquare" || data22 === "z" || data22 === "wasserstein" || data22 === "psi" || data22 === "kl_div" || data22 === "jensenshannon" || data22 === "hellinger" || data22 === "anderson" || data22 === "cramer_von_mises" || data22 === "t_test" || data22 === "mannw" || data22 === "tvd" || data22 === "linf" || data22 === "energy" || data22 === "es" || data22 === "fisher_exact" || data22 === "g_test" || data22 === "empirical_mmd" || data22 === "ed" || data22 === "TVD")) {
            const err62 = { instancePath: instancePath + "/drift/method", schemaPath: "#/definitions/method/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data17.threshold !== void 0) {
          let data23 = data17.threshold;
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 < 0 || isNaN(data23)) {
              const err63 = { instancePath: instancePath + "/drift/threshold", schemaPath: "#/properties/drift/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          } else {
            const err64 = { instancePath: instancePath + "/drift/threshold", schemaPath: "#/properties/drift/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data17.share !== void 0) {
          let data24 = data17.share;
          const _errs85 = errors;
          let valid26 = false;
          let passing7 = null;
          const _errs86 = errors;
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 > 1 || isNaN(data24)) {
              const err65 = { instancePath: instancePath + "/drift/share", schemaPath: "#/properties/drift/properties/share/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            if (data24 < 0 || isNaN(data24)) {
              const err66 = { instancePath: instancePath + "/drift/share", schemaPath: "#/properties/drift/properties/share/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          } else {
            const err67 = { instancePath: instancePath + "/drift/share", schemaPath: "#/properties/drift/properties/share/oneOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          var _valid7 = _errs86 === errors;
          if (_valid7) {
            valid26 = true;
            passing7 = 0;
          }
          const _errs88 = errors;
          if (typeof data24 === "string") {
            if (!pattern2.test(data24)) {
              const err68 = { instancePath: instancePath + "/drift/share", schemaPath: "#/properties/drift/properties/share/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)%\\s*$" }, message: 'must match pattern "^\\s*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)%\\s*$"' };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          } else {
            const err69 = { instancePath: instancePath + "/drift/share", schemaPath: "#/properties/drift/properties/share/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          var _valid7 = _errs88 === errors;
          if (_valid7 && valid26) {
            valid26 = false;
            passing7 = [passing7, 1];
          } else {
            if (_valid7) {
              valid26 = true;
              passing7 = 1;
            }
          }
          if (!valid26) {
            const err70 = { instancePath: instancePath + "/drift/share", schemaPath: "#/properties/drift/properties/share/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          } else {
            errors = _errs85;
            if (vErrors !== null) {
              if (_errs85) {
                vErrors.length = _errs85;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data17.features !== void 0) {
          let data25 = data17.features;
          const _errs92 = errors;
          let valid28 = false;
          let passing8 = null;
          const _errs93 = errors;
          if (typeof data25 === "string") {
            if (func3(data25) < 1) {
              const err71 = { instancePath: instancePath + "/drift/features", schemaPath: "#/definitions/names/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          } else {
            const err72 = { instancePath: instancePath + "/drift/features", schemaPath: "#/definitions/names/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
          var _valid8 = _errs93 === errors;
          if (_valid8) {
            valid28 = true;
            passing8 = 0;
          }
          const _errs95 = errors;
          if (Array.isArray(data25)) {
            const len5 = data25.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data26 = data25[i5];
              if (typeof data26 === "string") {
                if (func3(data26) < 1) {
                  const err73 = { instancePath: instancePath + "/drift/features/" + i5, schemaPath: "#/definitions/names/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              } else {
                const err74 = { instancePath: instancePath + "/drift/features/" + i5, schemaPath: "#/definitions/names/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
          } else {
            const err75 = { instancePath: instancePath + "/drift/features", schemaPath: "#/definitions/names/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
          var _valid8 = _errs95 === errors;
          if (_valid8 && valid28) {
            valid28 = false;
            passing8 = [passing8, 1];
          } else {
            if (_valid8) {
              valid28 = true;
              passing8 = 1;
            }
          }
          if (!valid28) {
            const err76 = { instancePath: instancePath + "/drift/features", schemaPath: "#/definitions/names/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          } else {
            errors = _errs92;
            if (vErrors !== null) {
              if (_errs92) {
                vErrors.length = _errs92;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data17.exclude !== void 0) {
          let data27 = data17.exclude;
          const _errs101 = errors;
          let valid32 = false;
          let passing9 = null;
          const _errs102 = errors;
          if (typeof data27 === "string") {
            if (func3(data27) < 1) {
              const err77 = { instancePath: instancePath + "/drift/exclude", schemaPath: "#/definitions/names/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          } else {
            const err78 = { instancePath: instancePath + "/drift/exclude", schemaPath: "#/definitions/names/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
          var _valid9 = _errs102 === errors;
          if (_valid9) {
            valid32 = true;
            passing9 = 0;
          }
          const _errs104 = errors;
          if (Array.isArray(data27)) {
            const len6 = data27.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data28 = data27[i6];
              if (typeof data28 === "string") {
                if (func3(data28) < 1) {
                  const err79 = { instancePath: instancePath + "/drift/exclude/" + i6, schemaPath: "#/definitions/names/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              } else {
                const err80 = { instancePath: instancePath + "/drift/exclude/" + i6, schemaPath: "#/definitions/names/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
          } else {
            const err81 = { instancePath: instancePath + "/drift/exclude", schemaPath: "#/definitions/names/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
          var _valid9 = _errs104 === errors;
          if (_valid9 && valid32) {
            valid32 = false;
            passing9 = [passing9, 1];
          } else {
            if (_valid9) {
              valid32 = true;
              passing9 = 1;
            }
          }
          if (!valid32) {
            const err82 = { instancePath: instancePath + "/drift/exclude", schemaPath: "#/definitions/names/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          } else {
            errors = _errs101;
            if (vErrors !== null) {
              if (_errs101) {
                vErrors.length = _errs101;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data17.delimiter !== void 0) {
          let data29 = data17.delimiter;
          if (!(data29 === "," || data29 === ";" || data29 === "	" || data29 === "|" || data29 === "tab" || data29 === "auto")) {
            const err83 = { instancePath: instancePath + "/drift/delimiter", schemaPath: "#/properties/drift/properties/delimiter/enum", keyword: "enum", params: { allowedValues: schema11.properties.drift.properties.delimiter.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data17.decimal !== void 0) {
          let data30 = data17.decimal;
          if (!(data30 === "." || data30 === ",")) {
            const err84 = { instancePath: instancePath + "/drift/decimal", schemaPath: "#/properties/drift/properties/decimal/enum", keyword: "enum", params: { allowedValues: schema11.properties.drift.properties.decimal.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data17["na-values"] !== void 0) {
          let data31 = data17["na-values"];
          const _errs111 = errors;
          let valid35 = false;
          let passing10 = null;
          const _errs112 = errors;
          const _errs114 = errors;
          let valid37 = false;
          let passing11 = null;
          const _errs115 = errors;
          if (typeof data31 === "string") {
            if (func3(data31) < 1) {
              const err85 = { instancePath: instancePath + "/drift/na-values", schemaPath: "#/definitions/names/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
          } else {
            const err86 = { instancePath: instancePath + "/drift/na-values", schemaPath: "#/definitions/names/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
          var _valid11 = _errs115 === errors;
          if (_valid11) {
            valid37 = true;
            passing11 = 0;
          }
          const _errs117 = errors;
          if (Array.isArray(data31)) {
            const len7 = data31.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data32 = data31[i7];
              if (typeof data32 === "string") {
                if (func3(data32) < 1) {
                  const err87 = { instancePath: instancePath + "/drift/na-values/" + i7, schemaPath: "#/definitions/names/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              } else {
                const err88 = { instancePath: instancePath + "/drift/na-values/" + i7, schemaPath: "#/definitions/names/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
          } else {
            const err89 = { instancePath: instancePath + "/drift/na-values", schemaPath: "#/definitions/names/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
          var _valid11 = _errs117 === errors;
          if (_valid11 && valid37) {
            valid37 = false;
            passing11 = [passing11, 1];
          } else {
            if (_valid11) {
              valid37 = true;
              passing11 = 1;
            }
          }
          if (!valid37) {
            const err90 = { instancePath: instancePath + "/drift/na-values", schemaPath: "#/definitions/names/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          } else {
            errors = _errs114;
            if (vErrors !== null) {
              if (_errs114) {
                vErrors.length = _errs114;
              } else {
                vErrors = null;
              }
            }
          }
          var _valid10 = _errs112 === errors;
          if (_valid10) {
            valid35 = true;
            passing10 = 0;
          }
          const _errs121 = errors;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.replace === void 0) {
              const err91 = { instancePath: instancePath + "/drift/na-values", schemaPath: "#/properties/drift/properties/na-values/oneOf/1/required", keyword: "required", params: { missingProperty: "replace" }, message: "must have required property 'replace'" };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            for (const key3 in data31) {
              if (!(key3 === "replace")) {
                const err92 = { instancePath: instancePath + "/drift/na-values", schemaPath: "#/properties/drift/properties/na-values/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data31.replace !== void 0) {
              let data33 = data31.replace;
              if (Array.isArray(data33)) {
                const len8 = data33.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  if (typeof data33[i8] !== "string") {
                    const err93 = { instancePath: instancePath + "/drift/na-values/replace/" + i8, schemaPath: "#/properties/drift/properties/na-values/oneOf/1/properties/replace/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
              } else {
                const err94 = { instancePath: instancePath + "/drift/na-values/replace", schemaPath: "#/properties/drift/properties/na-values/oneOf/1/properties/replace/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
          } else {
            const err95 = { instancePath: instancePath + "/drift/na-values", schemaPath: "#/properties/drift/properties/na-values/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
          var _valid10 = _errs121 === errors;
          if (_valid10 && valid35) {
            valid35 = false;
            passing10 = [passing10, 1];
          } else {
            if (_valid10) {
              valid35 = true;
              passing10 = 1;
            }
          }
          if (!valid35) {
            const err96 = { instancePath: instancePath + "/drift/na-values", schemaPath: "#/properties/drift/properties/na-values/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          } else {
            errors = _errs111;
            if (vErrors !== null) {
              if (_errs111) {
                vErrors.length = _errs111;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data17.bins !== void 0) {
          let data35 = data17.bins;
          if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)) && isFinite(data35))) {
            const err97 = { instancePath: instancePath + "/drift/bins", schemaPath: "#/properties/drift/properties/bins/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
          if (typeof data35 == "number" && isFinite(data35)) {
            if (data35 > 1e4 || isNaN(data35)) {
              const err98 = { instancePath: instancePath + "/drift/bins", schemaPath: "#/properties/drift/properties/bins/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000" };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
            if (data35 < 2 || isNaN(data35)) {
              const err99 = { instancePath: instancePath + "/drift/bins", schemaPath: "#/properties/drift/properties/bins/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2" };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
          }
        }
        if (data17.binning !== void 0) {
          let data36 = data17.binning;
          if (!(data36 === "auto" || data36 === "equal-width" || data36 === "quantile")) {
            const err100 = { instancePath: instancePath + "/drift/binning", schemaPath: "#/properties/drift/properties/binning/enum", keyword: "enum", params: { allowedValues: schema11.properties.drift.properties.binning.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data17["min-samples"] !== void 0) {
          let data37 = data17["min-samples"];
          if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
            const err101 = { instancePath: instancePath + "/drift/min-samples", schemaPath: "#/properties/drift/properties/min-samples/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
          if (typeof data37 == "number" && isFinite(data37)) {
            if (data37 < 1 || isNaN(data37)) {
              const err102 = { instancePath: instancePath + "/drift/min-samples", schemaPath: "#/properties/drift/properties/min-samples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
          }
        }
        if (data17.correction !== void 0) {
          let data38 = data17.correction;
          if (!(data38 === "none" || data38 === "bonferroni" || data38 === "benjamini-hochberg")) {
            const err103 = { instancePath: instancePath + "/drift/correction", schemaPath: "#/properties/drift/properties/correction/enum", keyword: "enum", params: { allowedValues: schema11.properties.drift.properties.correction.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data17["min-effect-size"] !== void 0) {
          let data39 = data17["min-effect-size"];
          if (typeof data39 == "number" && isFinite(data39)) {
            if (data39 < 0 || isNaN(data39)) {
              const err104 = { instancePath: instancePath + "/drift/min-effect-size", schemaPath: "#/properties/drift/properties/min-effect-size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
          } else {
            const err105 = { instancePath: instancePath + "/drift/min-effect-size", schemaPath: "#/properties/drift/properties/min-effect-size/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
        }
        if (data17.seed !== void 0) {
          let data40 = data17.seed;
          if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)) && isFinite(data40))) {
            const err106 = { instancePath: instancePath + "/drift/seed", schemaPath: "#/properties/drift/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data17.numerical !== void 0) {
          if (!validate11(data17.numerical, { instancePath: instancePath + "/drift/numerical", parentData: data17, parentDataProperty: "numerical", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data17.categorical !== void 0) {
          if (!validate11(data17.categorical, { instancePath: instancePath + "/drift/categorical", parentData: data17, parentDataProperty: "categorical", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data17.types !== void 0) {
          let data43 = data17.types;
          if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
            for (const key4 in data43) {
              let data44 = data43[key4];
              if (!(data44 === "numerical" || data44 === "categorical")) {
                const err107 = { instancePath: instancePath + "/drift/types/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/featureKind/enum", keyword: "enum", params: { allowedValues: schema23.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
          } else {
            const err108 = { instancePath: instancePath + "/drift/types", schemaPath: "#/properties/drift/properties/types/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data17["per-feature"] !== void 0) {
          let data45 = data17["per-feature"];
          if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
            for (const key5 in data45) {
              let data46 = data45[key5];
              if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                for (const key6 in data46) {
                  if (!(key6 === "method" || key6 === "threshold" || key6 === "type")) {
                    const err109 = { instancePath: instancePath + "/drift/per-feature/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/per-feature/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (data46.method !== void 0) {
                  let data47 = data46.method;
                  if (!(data47 === "auto" || data47 === "ks" || data47 === "chisquare" || data47 === "z" || data47 === "wasserstein" || data47 === "psi" || data47 === "kl_div" || data47 === "jensenshannon" || data47 === "hellinger" || data47 === "anderson" || data47 === "cramer_von_mises" || data47 === "t_test" || data47 === "mannw" || data47 === "tvd" || data47 === "linf" || data47 === "energy" || data47 === "es" || data47 === "fisher_exact" || data47 === "g_test" || data47 === "empirical_mmd" || data47 === "ed" || data47 === "TVD")) {
                    const err110 = { instancePath: instancePath + "/drift/per-feature/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/method", schemaPath: "#/definitions/method/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
                if (data46.threshold !== void 0) {
                  let data48 = data46.threshold;
                  if (typeof data48 == "number" && isFinite(data48)) {
                    if (data48 < 0 || isNaN(data48)) {
                      const err111 = { instancePath: instancePath + "/drift/per-feature/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/threshold", schemaPath: "#/properties/drift/properties/per-feature/additionalProperties/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err111];
                      } else {
                        vErrors.push(err111);
                      }
                      errors++;
                    }
                  } else {
                    const err112 = { instancePath: instancePath + "/drift/per-feature/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/threshold", schemaPath: "#/properties/drift/properties/per-feature/additionalProperties/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
                if (data46.type !== void 0) {
                  let data49 = data46.type;
                  if (!(data49 === "numerical" || data49 === "categorical")) {
                    const err113 = { instancePath: instancePath + "/drift/per-feature/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/definitions/featureKind/enum", keyword: "enum", params: { allowedValues: schema23.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
              } else {
                const err114 = { instancePath: instancePath + "/drift/per-feature/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/drift/properties/per-feature/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
          } else {
            const err115 = { instancePath: instancePath + "/drift/per-feature", schemaPath: "#/properties/drift/properties/per-feature/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
        if (data17.for !== void 0) {
          let data50 = data17.for;
          const _errs158 = errors;
          let valid49 = false;
          let passing12 = null;
          const _errs159 = errors;
          if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)) && isFinite(data50))) {
            const err116 = { instancePath: instancePath + "/drift/for", schemaPath: "#/properties/drift/properties/for/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
          if (typeof data50 == "number" && isFinite(data50)) {
            if (data50 < 1 || isNaN(data50)) {
              const err117 = { instancePath: instancePath + "/drift/for", schemaPath: "#/properties/drift/properties/for/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
          }
          var _valid12 = _errs159 === errors;
          if (_valid12) {
            valid49 = true;
            passing12 = 0;
          }
          const _errs161 = errors;
          if (typeof data50 === "string") {
            if (!pattern1.test(data50)) {
              const err118 = { instancePath: instancePath + "/drift/for", schemaPath: "#/properties/drift/properties/for/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*[0-9]+(\\s+of\\s+[0-9]+)?\\s*$" }, message: 'must match pattern "^\\s*[0-9]+(\\s+of\\s+[0-9]+)?\\s*$"' };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
          } else {
            const err119 = { instancePath: instancePath + "/drift/for", schemaPath: "#/properties/drift/properties/for/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err119];
            } else {
              vErrors.push(err119);
            }
            errors++;
          }
          var _valid12 = _errs161 === errors;
          if (_valid12 && valid49) {
            valid49 = false;
            passing12 = [passing12, 1];
          } else {
            if (_valid12) {
              valid49 = true;
              passing12 = 1;
            }
          }
          if (!valid49) {
            const err120 = { instancePath: instancePath + "/drift/for", schemaPath: "#/properties/drift/properties/for/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err120];
            } else {
              vErrors.push(err120);
            }
            errors++;
          } else {
            errors = _errs158;
            if (vErrors !== null) {
              if (_errs158) {
                vErrors.length = _errs158;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data17["clear-after"] !== void 0) {
          let data51 = data17["clear-after"];
          if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)) && isFinite(data51))) {
            const err121 = { instancePath: instancePath + "/drift/clear-after", schemaPath: "#/properties/drift/properties/clear-after/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
          if (typeof data51 == "number" && isFinite(data51)) {
            if (data51 < 1 || isNaN(data51)) {
              const err122 = { instancePath: instancePath + "/drift/clear-after", schemaPath: "#/properties/drift/properties/clear-after/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
            }
          }
        }
      } else {
        const err123 = { instancePath: instancePath + "/drift", schemaPath: "#/properties/drift/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err123];
        } else {
          vErrors.push(err123);
        }
        errors++;
      }
    }
    if (data.alert !== void 0) {
      let data52 = data.alert;
      if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
        for (const key7 in data52) {
          if (!(key7 === "enabled" || key7 === "labels" || key7 === "title" || key7 === "assignees" || key7 === "close-on-recovery")) {
            const err124 = { instancePath: instancePath + "/alert", schemaPath: "#/properties/alert/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
        }
        if (data52.enabled !== void 0) {
          if (typeof data52.enabled !== "boolean") {
            const err125 = { instancePath: instancePath + "/alert/enabled", schemaPath: "#/properties/alert/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
        if (data52.labels !== void 0) {
          let data54 = data52.labels;
          const _errs172 = errors;
          let valid52 = false;
          let passing13 = null;
          const _errs173 = errors;
          if (typeof data54 === "string") {
            if (func3(data54) < 1) {
              const err126 = { instancePath: instancePath + "/alert/labels", schemaPath: "#/definitions/names/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
          } else {
            const err127 = { instancePath: instancePath + "/alert/labels", schemaPath: "#/definitions/names/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
          var _valid13 = _errs173 === errors;
          if (_valid13) {
            valid52 = true;
            passing13 = 0;
          }
          const _errs175 = errors;
          if (Array.isArray(data54)) {
            const len9 = data54.length;
            for (let i9 = 0; i9 < len9; i9++) {
              let data55 = data54[i9];
              if (typeof data55 === "string") {
                if (func3(data55) < 1) {
                  const err128 = { instancePath: instancePath + "/alert/labels/" + i9, schemaPath: "#/definitions/names/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err128];
                  } else {
                    vErrors.push(err128);
                  }
                  errors++;
                }
              } else {
                const err129 = { instancePath: instancePath + "/alert/labels/" + i9, schemaPath: "#/definitions/names/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
            }
          } else {
            const err130 = { instancePath: instancePath + "/alert/labels", schemaPath: "#/definitions/names/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          }
          var _valid13 = _errs175 === errors;
          if (_valid13 && valid52) {
            valid52 = false;
            passing13 = [passing13, 1];
          } else {
            if (_valid13) {
              valid52 = true;
              passing13 = 1;
            }
          }
          if (!valid52) {
            const err131 = { instancePath: instancePath + "/alert/labels", schemaPath: "#/definitions/names/oneOf", keyword: "oneOf", params: { passingSchemas: passing13 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err131];
            } else {
              vErrors.push(err131);
            }
            errors++;
          } else {
            errors = _errs172;
            if (vErrors !== null) {
              if (_errs172) {
                vErrors.length = _errs172;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data52.title !== void 0) {
          let data56 = data52.title;
          if (typeof data56 === "string") {
            if (func3(data56) > 200) {
              const err132 = { instancePath: instancePath + "/alert/title", schemaPath: "#/properties/alert/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
              if (vErrors === null) {
                vErrors = [err132];
              } else {
                vErrors.push(err132);
              }
              errors++;
            }
            if (func3(data56) < 1) {
              const err133 = { instancePath: instancePath + "/alert/title", schemaPath: "#/properties/alert/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
          } else {
            const err134 = { instancePath: instancePath + "/alert/title", schemaPath: "#/properties/alert/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err134];
            } else {
              vErrors.push(err134);
            }
            errors++;
          }
        }
        if (data52.assignees !== void 0) {
          let data57 = data52.assignees;
          const _errs183 = errors;
          let valid56 = false;
          let passing14 = null;
          const _errs184 = errors;
          if (typeof data57 === "string") {
            if (func3(data57) < 1) {
              const err135 = { instancePath: instancePath + "/alert/assignees", schemaPath: "#/definitions/names/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors++;
            }
          } else {
            const err136 = { instancePath: instancePath + "/alert/assignees", schemaPath: "#/definitions/names/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err136];
            } else {
              vErrors.push(err136);
            }
            errors++;
          }
          var _valid14 = _errs184 === errors;
          if (_valid14) {
            valid56 = true;
            passing14 = 0;
          }
          const _errs186 = errors;
          if (Array.isArray(data57)) {
            const len10 = data57.length;
            for (let i10 = 0; i10 < len10; i10++) {
              let data58 = data57[i10];
              if (typeof data58 === "string") {
                if (func3(data58) < 1) {
                  const err137 = { instancePath: instancePath + "/alert/assignees/" + i10, schemaPath: "#/definitions/names/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err137];
                  } else {
                    vErrors.push(err137);
                  }
                  errors++;
                }
              } else {
                const err138 = { instancePath: instancePath + "/alert/assignees/" + i10, schemaPath: "#/definitions/names/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
          } else {
            const err139 = { instancePath: instancePath + "/alert/assignees", schemaPath: "#/definitions/names/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
          var _valid14 = _errs186 === errors;
          if (_valid14 && valid56) {
            valid56 = false;
            passing14 = [passing14, 1];
          } else {
            if (_valid14) {
              valid56 = true;
              passing14 = 1;
            }
          }
          if (!valid56) {
            const err140 = { instancePath: instancePath + "/alert/assignees", schemaPath: "#/definitions/names/oneOf", keyword: "oneOf", params: { passingSchemas: passing14 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          } else {
            errors = _errs183;
            if (vErrors !== null) {
              if (_errs183) {
                vErrors.length = _errs183;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data52["close-on-recovery"] !== void 0) {
          if (typeof data52["close-on-recovery"] !== "boolean") {
            const err141 = { instancePath: instancePath + "/alert/close-on-recovery", schemaPath: "#/properties/alert/properties/close-on-recovery/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
        }
      } else {
        const err142 = { instancePath: instancePath + "/alert", schemaPath: "#/properties/alert/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err142];
        } else {
          vErrors.push(err142);
        }
        errors++;
      }
    }
    if (data.dispatch !== void 0) {
      let data60 = data.dispatch;
      if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
        for (const key8 in data60) {
          if (!(key8 === "workflow" || key8 === "event-type" || key8 === "repository" || key8 === "ref" || key8 === "inputs" || key8 === "cooldown")) {
            const err143 = { instancePath: instancePath + "/dispatch", schemaPath: "#/properties/dispatch/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
        }
        if (data60.workflow !== void 0) {
          let data61 = data60.workflow;
          const _errs196 = errors;
          let valid60 = false;
          let passing15 = null;
          const _errs197 = errors;
          if (typeof data61 === "string") {
            if (func3(data61) < 1) {
              const err144 = { instancePath: instancePath + "/dispatch/workflow", schemaPath: "#/properties/dispatch/properties/workflow/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err144];
              } else {
                vErrors.push(err144);
              }
              errors++;
            }
          } else {
            const err145 = { instancePath: instancePath + "/dispatch/workflow", schemaPath: "#/properties/dispatch/properties/workflow/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err145];
            } else {
              vErrors.push(err145);
            }
            errors++;
          }
          var _valid15 = _errs197 === errors;
          if (_valid15) {
            valid60 = true;
            passing15 = 0;
          }
          const _errs199 = errors;
          if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)) && isFinite(data61))) {
            const err146 = { instancePath: instancePath + "/dispatch/workflow", schemaPath: "#/properties/dispatch/properties/workflow/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err146];
            } else {
              vErrors.push(err146);
            }
            errors++;
          }
          if (typeof data61 == "number" && isFinite(data61)) {
            if (data61 < 1 || isNaN(data61)) {
              const err147 = { instancePath: instancePath + "/dispatch/workflow", schemaPath: "#/properties/dispatch/properties/workflow/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err147];
              } else {
                vErrors.push(err147);
              }
              errors++;
            }
          }
          var _valid15 = _errs199 === errors;
          if (_valid15 && valid60) {
            valid60 = false;
            passing15 = [passing15, 1];
          } else {
            if (_valid15) {
              valid60 = true;
              passing15 = 1;
            }
          }
          if (!valid60) {
            const err148 = { instancePath: instancePath + "/dispatch/workflow", schemaPath: "#/properties/dispatch/properties/workflow/oneOf", keyword: "oneOf", params: { passingSchemas: passing15 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          } else {
            errors = _errs196;
            if (vErrors !== null) {
              if (_errs196) {
                vErrors.length = _errs196;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data60["event-type"] !== void 0) {
          let data62 = data60["event-type"];
          if (typeof data62 === "string") {
            if (func3(data62) > 100) {
              const err149 = { instancePath: instancePath + "/dispatch/event-type", schemaPath: "#/properties/dispatch/properties/event-type/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
              if (vErrors === null) {
                vErrors = [err149];
              } else {
                vErrors.push(err149);
              }
              errors++;
            }
            if (func3(data62) < 1) {
              const err150 = { instancePath: instancePath + "/dispatch/event-type", schemaPath: "#/properties/dispatch/properties/event-type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors++;
            }
          } else {
            const err151 = { instancePath: instancePath + "/dispatch/event-type", schemaPath: "#/properties/dispatch/properties/event-type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err151];
            } else {
              vErrors.push(err151);
            }
            errors++;
          }
        }
        if (data60.repository !== void 0) {
          let data63 = data60.repository;
          if (typeof data63 === "string") {
            if (!pattern4.test(data63)) {
              const err152 = { instancePath: instancePath + "/dispatch/repository", schemaPath: "#/properties/dispatch/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"' };
              if (vErrors === null) {
                vErrors = [err152];
              } else {
                vErrors.push(err152);
              }
              errors++;
            }
          } else {
            const err153 = { instancePath: instancePath + "/dispatch/repository", schemaPath: "#/properties/dispatch/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err153];
            } else {
              vErrors.push(err153);
            }
            errors++;
          }
        }
        if (data60.ref !== void 0) {
          let data64 = data60.ref;
          if (typeof data64 === "string") {
            if (func3(data64) < 1) {
              const err154 = { instancePath: instancePath + "/dispatch/ref", schemaPath: "#/properties/dispatch/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err154];
              } else {
                vErrors.push(err154);
              }
              errors++;
            }
          } else {
            const err155 = { instancePath: instancePath + "/dispatch/ref", schemaPath: "#/properties/dispatch/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err155];
            } else {
              vErrors.push(err155);
            }
            errors++;
          }
        }
        if (data60.inputs !== void 0) {
          let data65 = data60.inputs;
          if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
            if (Object.keys(data65).length > 25) {
              const err156 = { instancePath: instancePath + "/dispatch/inputs", schemaPath: "#/properties/dispatch/properties/inputs/maxProperties", keyword: "maxProperties", params: { limit: 25 }, message: "must NOT have more than 25 properties" };
              if (vErrors === null) {
                vErrors = [err156];
              } else {
                vErrors.push(err156);
              }
              errors++;
            }
            for (const key9 in data65) {
              let data66 = data65[key9];
              if (typeof data66 !== "string" && !(typeof data66 == "number" && isFinite(data66)) && typeof data66 !== "boolean") {
                const err157 = { instancePath: instancePath + "/dispatch/inputs/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dispatch/properties/inputs/additionalProperties/type", keyword: "type", params: { type: schema11.properties.dispatch.properties.inputs.additionalProperties.type }, message: "must be string,number,boolean" };
                if (vErrors === null) {
                  vErrors = [err157];
                } else {
                  vErrors.push(err157);
                }
                errors++;
              }
            }
          } else {
            const err158 = { instancePath: instancePath + "/dispatch/inputs", schemaPath: "#/properties/dispatch/properties/inputs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          }
        }
        if (data60.cooldown !== void 0) {
          let data67 = data60.cooldown;
          if (typeof data67 === "string") {
            if (!pattern5.test(data67)) {
              const err159 = { instancePath: instancePath + "/dispatch/cooldown", schemaPath: "#/properties/dispatch/properties/cooldown/pattern", keyword: "pattern", params: { pattern: "^(0|([0-9]+(\\.[0-9]+)?(s|m|h|d|w))+)$" }, message: 'must match pattern "^(0|([0-9]+(\\.[0-9]+)?(s|m|h|d|w))+)$"' };
              if (vErrors === null) {
                vErrors = [err159];
              } else {
                vErrors.push(err159);
              }
              errors++;
            }
          } else {
            const err160 = { instancePath: instancePath + "/dispatch/cooldown", schemaPath: "#/properties/dispatch/properties/cooldown/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err160];
            } else {
              vErrors.push(err160);
            }
            errors++;
          }
        }
      } else {
        const err161 = { instancePath: instancePath + "/dispatch", schemaPath: "#/properties/dispatch/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err161];
        } else {
          vErrors.push(err161);
        }
        errors++;
      }
    }
    if (data.history !== void 0) {
      let data68 = data.history;
      const _errs215 = errors;
      let valid62 = false;
      let passing16 = null;
      const _errs216 = errors;
      if (typeof data68 === "string") {
        if (func3(data68) < 1) {
          const err162 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err162];
          } else {
            vErrors.push(err162);
          }
          errors++;
        }
      } else {
        const err163 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err163];
        } else {
          vErrors.push(err163);
        }
        errors++;
      }
      var _valid16 = _errs216 === errors;
      if (_valid16) {
        valid62 = true;
        passing16 = 0;
      }
      const _errs218 = errors;
      if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
        for (const key10 in data68) {
          if (!(key10 === "store" || key10 === "branch" || key10 === "max-runs" || key10 === "detectors")) {
            const err164 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err164];
            } else {
              vErrors.push(err164);
            }
            errors++;
          }
        }
        if (data68.store !== void 0) {
          let data69 = data68.store;
          if (typeof data69 === "string") {
            if (func3(data69) < 1) {
              const err165 = { instancePath: instancePath + "/history/store", schemaPath: "#/properties/history/oneOf/1/properties/store/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err165];
              } else {
                vErrors.push(err165);
              }
              errors++;
            }
          } else {
            const err166 = { instancePath: instancePath + "/history/store", schemaPath: "#/properties/history/oneOf/1/properties/store/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err166];
            } else {
              vErrors.push(err166);
            }
            errors++;
          }
        }
        if (data68.branch !== void 0) {
          let data70 = data68.branch;
          if (typeof data70 === "string") {
            if (func3(data70) < 1) {
              const err167 = { instancePath: instancePath + "/history/branch", schemaPath: "#/properties/history/oneOf/1/properties/branch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err167];
              } else {
                vErrors.push(err167);
              }
              errors++;
            }
          } else {
            const err168 = { instancePath: instancePath + "/history/branch", schemaPath: "#/properties/history/oneOf/1/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err168];
            } else {
              vErrors.push(err168);
            }
            errors++;
          }
        }
        if (data68["max-runs"] !== void 0) {
          let data71 = data68["max-runs"];
          if (!(typeof data71 == "number" && (!(data71 % 1) && !isNaN(data71)) && isFinite(data71))) {
            const err169 = { instancePath: instancePath + "/history/max-runs", schemaPath: "#/properties/history/oneOf/1/properties/max-runs/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err169];
            } else {
              vErrors.push(err169);
            }
            errors++;
          }
          if (typeof data71 == "number" && isFinite(data71)) {
            if (data71 < 1 || isNaN(data71)) {
              const err170 = { instancePath: instancePath + "/history/max-runs", schemaPath: "#/properties/history/oneOf/1/properties/max-runs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err170];
              } else {
                vErrors.push(err170);
              }
              errors++;
            }
          }
        }
        if (data68.detectors !== void 0) {
          let data72 = data68.detectors;
          if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
            for (const key11 in data72) {
              if (!(key11 === "page-hinkley" || key11 === "cusum" || key11 === "ewma")) {
                const err171 = { instancePath: instancePath + "/history/detectors", schemaPath: "#/properties/history/oneOf/1/properties/detectors/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            if (data72["page-hinkley"] !== void 0) {
              let data73 = data72["page-hinkley"];
              if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
                for (const key12 in data73) {
                  if (!(key12 === "min-instances" || key12 === "delta" || key12 === "threshold" || key12 === "alpha")) {
                    const err172 = { instancePath: instancePath + "/history/detectors/page-hinkley", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/page-hinkley/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err172];
                    } else {
                      vErrors.push(err172);
                    }
                    errors++;
                  }
                }
                if (data73["min-instances"] !== void 0) {
                  let data74 = data73["min-instances"];
                  if (!(typeof data74 == "number" && isFinite(data74))) {
                    const err173 = { instancePath: instancePath + "/history/detectors/page-hinkley/min-instances", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/page-hinkley/properties/min-instances/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err173];
                    } else {
                      vErrors.push(err173);
                    }
                    errors++;
                  }
                }
                if (data73.delta !== void 0) {
                  let data75 = data73.delta;
                  if (!(typeof data75 == "number" && isFinite(data75))) {
                    const err174 = { instancePath: instancePath + "/history/detectors/page-hinkley/delta", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/page-hinkley/properties/delta/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err174];
                    } else {
                      vErrors.push(err174);
                    }
                    errors++;
                  }
                }
                if (data73.threshold !== void 0) {
                  let data76 = data73.threshold;
                  if (!(typeof data76 == "number" && isFinite(data76))) {
                    const err175 = { instancePath: instancePath + "/history/detectors/page-hinkley/threshold", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/page-hinkley/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err175];
                    } else {
                      vErrors.push(err175);
                    }
                    errors++;
                  }
                }
                if (data73.alpha !== void 0) {
                  let data77 = data73.alpha;
                  if (!(typeof data77 == "number" && isFinite(data77))) {
                    const err176 = { instancePath: instancePath + "/history/detectors/page-hinkley/alpha", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/page-hinkley/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err176];
                    } else {
                      vErrors.push(err176);
                    }
                    errors++;
                  }
                }
              } else {
                const err177 = { instancePath: instancePath + "/history/detectors/page-hinkley", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/page-hinkley/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err177];
                } else {
                  vErrors.push(err177);
                }
                errors++;
              }
            }
            if (data72.cusum !== void 0) {
              let data78 = data72.cusum;
              if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                for (const key13 in data78) {
                  if (!(key13 === "min-instances" || key13 === "slack" || key13 === "threshold")) {
                    const err178 = { instancePath: instancePath + "/history/detectors/cusum", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/cusum/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err178];
                    } else {
                      vErrors.push(err178);
                    }
                    errors++;
                  }
                }
                if (data78["min-instances"] !== void 0) {
                  let data79 = data78["min-instances"];
                  if (!(typeof data79 == "number" && isFinite(data79))) {
                    const err179 = { instancePath: instancePath + "/history/detectors/cusum/min-instances", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/cusum/properties/min-instances/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err179];
                    } else {
                      vErrors.push(err179);
                    }
                    errors++;
                  }
                }
                if (data78.slack !== void 0) {
                  let data80 = data78.slack;
                  if (!(typeof data80 == "number" && isFinite(data80))) {
                    const err180 = { instancePath: instancePath + "/history/detectors/cusum/slack", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/cusum/properties/slack/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err180];
                    } else {
                      vErrors.push(err180);
                    }
                    errors++;
                  }
                }
                if (data78.threshold !== void 0) {
                  let data81 = data78.threshold;
                  if (!(typeof data81 == "number" && isFinite(data81))) {
                    const err181 = { instancePath: instancePath + "/history/detectors/cusum/threshold", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/cusum/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err181];
                    } else {
                      vErrors.push(err181);
                    }
                    errors++;
                  }
                }
              } else {
                const err182 = { instancePath: instancePath + "/history/detectors/cusum", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/cusum/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err182];
                } else {
                  vErrors.push(err182);
                }
                errors++;
              }
            }
            if (data72.ewma !== void 0) {
              let data82 = data72.ewma;
              if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                for (const key14 in data82) {
                  if (!(key14 === "min-instances" || key14 === "alpha" || key14 === "threshold")) {
                    const err183 = { instancePath: instancePath + "/history/detectors/ewma", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/ewma/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err183];
                    } else {
                      vErrors.push(err183);
                    }
                    errors++;
                  }
                }
                if (data82["min-instances"] !== void 0) {
                  let data83 = data82["min-instances"];
                  if (!(typeof data83 == "number" && isFinite(data83))) {
                    const err184 = { instancePath: instancePath + "/history/detectors/ewma/min-instances", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/ewma/properties/min-instances/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err184];
                    } else {
                      vErrors.push(err184);
                    }
                    errors++;
                  }
                }
                if (data82.alpha !== void 0) {
                  let data84 = data82.alpha;
                  if (!(typeof data84 == "number" && isFinite(data84))) {
                    const err185 = { instancePath: instancePath + "/history/detectors/ewma/alpha", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/ewma/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err185];
                    } else {
                      vErrors.push(err185);
                    }
                    errors++;
                  }
                }
                if (data82.threshold !== void 0) {
                  let data85 = data82.threshold;
                  if (!(typeof data85 == "number" && isFinite(data85))) {
                    const err186 = { instancePath: instancePath + "/history/detectors/ewma/threshold", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/ewma/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err186];
                    } else {
                      vErrors.push(err186);
                    }
                    errors++;
                  }
                }
              } else {
                const err187 = { instancePath: instancePath + "/history/detectors/ewma", schemaPath: "#/properties/history/oneOf/1/properties/detectors/properties/ewma/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err187];
                } else {
                  vErrors.push(err187);
                }
                errors++;
              }
            }
          } else {
            const err188 = { instancePath: instancePath + "/history/detectors", schemaPath: "#/properties/history/oneOf/1/properties/detectors/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          }
        }
      } else {
        const err189 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err189];
        } else {
          vErrors.push(err189);
        }
        errors++;
      }
      var _valid16 = _errs218 === errors;
      if (_valid16 && valid62) {
        valid62 = false;
        passing16 = [passing16, 1];
      } else {
        if (_valid16) {
          valid62 = true;
          passing16 = 1;
        }
      }
      if (!valid62) {
        const err190 = { instancePath: instancePath + "/history", schemaPath: "#/properties/history/oneOf", keyword: "oneOf", params: { passingSchemas: passing16 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err190];
        } else {
          vErrors.push(err190);
        }
        errors++;
      } else {
        errors = _errs215;
        if (vErrors !== null) {
          if (_errs215) {
            vErrors.length = _errs215;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["max-model-age"] !== void 0) {
      let data86 = data["max-model-age"];
      const _errs260 = errors;
      let valid68 = false;
      let passing17 = null;
      const _errs261 = errors;
      if (typeof data86 === "string") {
        if (!pattern6.test(data86)) {
          const err191 = { instancePath: instancePath + "/max-model-age", schemaPath: "#/properties/max-model-age/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^\\s*[0-9]+(\\.[0-9]+)?\\s*[hdw]?\\s*$" }, message: 'must match pattern "^\\s*[0-9]+(\\.[0-9]+)?\\s*[hdw]?\\s*$"' };
          if (vErrors === null) {
            vErrors = [err191];
          } else {
            vErrors.push(err191);
          }
          errors++;
        }
      } else {
        const err192 = { instancePath: instancePath + "/max-model-age", schemaPath: "#/properties/max-model-age/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err192];
        } else {
          vErrors.push(err192);
        }
        errors++;
      }
      var _valid17 = _errs261 === errors;
      if (_valid17) {
        valid68 = true;
        passing17 = 0;
      }
      const _errs263 = errors;
      if (typeof data86 == "number" && isFinite(data86)) {
        if (data86 <= 0 || isNaN(data86)) {
          const err193 = { instancePath: instancePath + "/max-model-age", schemaPath: "#/properties/max-model-age/oneOf/1/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err193];
          } else {
            vErrors.push(err193);
          }
          errors++;
        }
      } else {
        const err194 = { instancePath: instancePath + "/max-model-age", schemaPath: "#/properties/max-model-age/oneOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err194];
        } else {
          vErrors.push(err194);
        }
        errors++;
      }
      var _valid17 = _errs263 === errors;
      if (_valid17 && valid68) {
        valid68 = false;
        passing17 = [passing17, 1];
      } else {
        if (_valid17) {
          valid68 = true;
          passing17 = 1;
        }
      }
      if (!valid68) {
        const err195 = { instancePath: instancePath + "/max-model-age", schemaPath: "#/properties/max-model-age/oneOf", keyword: "oneOf", params: { passingSchemas: passing17 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err195];
        } else {
          vErrors.push(err195);
        }
        errors++;
      } else {
        errors = _errs260;
        if (vErrors !== null) {
          if (_errs260) {
            vErrors.length = _errs260;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["model-timestamp"] !== void 0) {
      let data87 = data["model-timestamp"];
      if (typeof data87 === "string") {
        if (func3(data87) < 1) {
          const err196 = { instancePath: instancePath + "/model-timestamp", schemaPath: "#/properties/model-timestamp/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err196];
          } else {
            vErrors.push(err196);
          }
          errors++;
        }
      } else {
        const err197 = { instancePath: instancePath + "/model-timestamp", schemaPath: "#/properties/model-timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err197];
        } else {
          vErrors.push(err197);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data88 = data.command;
      if (Array.isArray(data88)) {
        if (data88.length < 1) {
          const err198 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err198];
          } else {
            vErrors.push(err198);
          }
          errors++;
        }
        const len11 = data88.length;
        for (let i11 = 0; i11 < len11; i11++) {
          if (typeof data88[i11] !== "string") {
            const err199 = { instancePath: instancePath + "/command/" + i11, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err199];
            } else {
              vErrors.push(err199);
            }
            errors++;
          }
        }
      } else {
        const err200 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err200];
        } else {
          vErrors.push(err200);
        }
        errors++;
      }
    }
    if (data["command-timeout"] !== void 0) {
      let data90 = data["command-timeout"];
      if (typeof data90 === "string") {
        if (!pattern7.test(data90)) {
          const err201 = { instancePath: instancePath + "/command-timeout", schemaPath: "#/properties/command-timeout/pattern", keyword: "pattern", params: { pattern: "^(0|(\\d+(\\.\\d+)?[smhdw])+)$" }, message: 'must match pattern "^(0|(\\d+(\\.\\d+)?[smhdw])+)$"' };
          if (vErrors === null) {
            vErrors = [err201];
          } else {
            vErrors.push(err201);
          }
          errors++;
        }
      } else {
        const err202 = { instancePath: instancePath + "/command-timeout", schemaPath: "#/properties/command-timeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err202];
        } else {
          vErrors.push(err202);
        }
        errors++;
      }
    }
    if (data["state-file"] !== void 0) {
      let data91 = data["state-file"];
      if (typeof data91 === "string") {
        if (func3(data91) < 1) {
          const err203 = { instancePath: instancePath + "/state-file", schemaPath: "#/properties/state-file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err203];
          } else {
            vErrors.push(err203);
          }
          errors++;
        }
      } else {
        const err204 = { instancePath: instancePath + "/state-file", schemaPath: "#/properties/state-file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err204];
        } else {
          vErrors.push(err204);
        }
        errors++;
      }
    }
    if (data.notify !== void 0) {
      let data92 = data.notify;
      if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
        for (const key15 in data92) {
          if (!(key15 === "slack-webhook-url" || key15 === "teams-webhook-url" || key15 === "pagerduty-routing-key" || key15 === "pagerduty-url" || key15 === "webhook-url" || key15 === "webhook-secret" || key15 === "repeat")) {
            const err205 = { instancePath: instancePath + "/notify", schemaPath: "#/properties/notify/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err205];
            } else {
              vErrors.push(err205);
            }
            errors++;
          }
        }
        if (data92["slack-webhook-url"] !== void 0) {
          let data93 = data92["slack-webhook-url"];
          if (typeof data93 === "string") {
            if (func3(data93) < 1) {
              const err206 = { instancePath: instancePath + "/notify/slack-webhook-url", schemaPath: "#/properties/notify/properties/slack-webhook-url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err206];
              } else {
                vErrors.push(err206);
              }
              errors++;
            }
          } else {
            const err207 = { instancePath: instancePath + "/notify/slack-webhook-url", schemaPath: "#/properties/notify/properties/slack-webhook-url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err207];
            } else {
              vErrors.push(err207);
            }
            errors++;
          }
        }
        if (data92["teams-webhook-url"] !== void 0) {
          let data94 = data92["teams-webhook-url"];
          if (typeof data94 === "string") {
            if (func3(data94) < 1) {
              const err208 = { instancePath: instancePath + "/notify/teams-webhook-url", schemaPath: "#/properties/notify/properties/teams-webhook-url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err208];
              } else {
                vErrors.push(err208);
              }
              errors++;
            }
          } else {
            const err209 = { instancePath: instancePath + "/notify/teams-webhook-url", schemaPath: "#/properties/notify/properties/teams-webhook-url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err209];
            } else {
              vErrors.push(err209);
            }
            errors++;
          }
        }
        if (data92["pagerduty-routing-key"] !== void 0) {
          let data95 = data92["pagerduty-routing-key"];
          if (typeof data95 === "string") {
            if (func3(data95) < 1) {
              const err210 = { instancePath: instancePath + "/notify/pagerduty-routing-key", schemaPath: "#/properties/notify/properties/pagerduty-routing-key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err210];
              } else {
                vErrors.push(err210);
              }
              errors++;
            }
          } else {
            const err211 = { instancePath: instancePath + "/notify/pagerduty-routing-key", schemaPath: "#/properties/notify/properties/pagerduty-routing-key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err211];
            } else {
              vErrors.push(err211);
            }
            errors++;
          }
        }
        if (data92["pagerduty-url"] !== void 0) {
          let data96 = data92["pagerduty-url"];
          if (typeof data96 === "string") {
            if (func3(data96) < 1) {
              const err212 = { instancePath: instancePath + "/notify/pagerduty-url", schemaPath: "#/properties/notify/properties/pagerduty-url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err212];
              } else {
                vErrors.push(err212);
              }
              errors++;
            }
          } else {
            const err213 = { instancePath: instancePath + "/notify/pagerduty-url", schemaPath: "#/properties/notify/properties/pagerduty-url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err213];
            } else {
              vErrors.push(err213);
            }
            errors++;
          }
        }
        if (data92["webhook-url"] !== void 0) {
          let data97 = data92["webhook-url"];
          if (typeof data97 === "string") {
            if (func3(data97) < 1) {
              const err214 = { instancePath: instancePath + "/notify/webhook-url", schemaPath: "#/properties/notify/properties/webhook-url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err214];
              } else {
                vErrors.push(err214);
              }
              errors++;
            }
          } else {
            const err215 = { instancePath: instancePath + "/notify/webhook-url", schemaPath: "#/properties/notify/properties/webhook-url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err215];
            } else {
              vErrors.push(err215);
            }
            errors++;
          }
        }
        if (data92["webhook-secret"] !== void 0) {
          let data98 = data92["webhook-secret"];
          if (typeof data98 === "string") {
            if (func3(data98) < 1) {
              const err216 = { instancePath: instancePath + "/notify/webhook-secret", schemaPath: "#/properties/notify/properties/webhook-secret/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err216];
              } else {
                vErrors.push(err216);
              }
              errors++;
            }
          } else {
            const err217 = { instancePath: instancePath + "/notify/webhook-secret", schemaPath: "#/properties/notify/properties/webhook-secret/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err217];
            } else {
              vErrors.push(err217);
            }
            errors++;
          }
        }
        if (data92.repeat !== void 0) {
          let data99 = data92.repeat;
          if (typeof data99 === "string") {
            if (!pattern7.test(data99)) {
              const err218 = { instancePath: instancePath + "/notify/repeat", schemaPath: "#/properties/notify/properties/repeat/pattern", keyword: "pattern", params: { pattern: "^(0|(\\d+(\\.\\d+)?[smhdw])+)$" }, message: 'must match pattern "^(0|(\\d+(\\.\\d+)?[smhdw])+)$"' };
              if (vErrors === null) {
                vErrors = [err218];
              } else {
                vErrors.push(err218);
              }
              errors++;
            }
          } else {
            const err219 = { instancePath: instancePath + "/notify/repeat", schemaPath: "#/properties/notify/properties/repeat/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err219];
            } else {
              vErrors.push(err219);
            }
            errors++;
          }
        }
      } else {
        const err220 = { instancePath: instancePath + "/notify", schemaPath: "#/properties/notify/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err220];
        } else {
          vErrors.push(err220);
        }
        errors++;
      }
    }
    if (data.gates !== void 0) {
      let data100 = data.gates;
      const _errs293 = errors;
      let valid72 = false;
      let passing18 = null;
      const _errs294 = errors;
      if (typeof data100 === "string") {
        if (func3(data100) < 1) {
          const err221 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err221];
          } else {
            vErrors.push(err221);
          }
          errors++;
        }
      } else {
        const err222 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err222];
        } else {
          vErrors.push(err222);
        }
        errors++;
      }
      var _valid18 = _errs294 === errors;
      if (_valid18) {
        valid72 = true;
        passing18 = 0;
      }
      const _errs296 = errors;
      if (Array.isArray(data100)) {
        if (data100.length < 1) {
          const err223 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err223];
          } else {
            vErrors.push(err223);
          }
          errors++;
        }
        const len12 = data100.length;
        for (let i12 = 0; i12 < len12; i12++) {
          let data101 = data100[i12];
          const _errs299 = errors;
          let valid75 = false;
          let passing19 = null;
          const _errs300 = errors;
          if (typeof data101 === "string") {
            if (func3(data101) < 1) {
              const err224 = { instancePath: instancePath + "/gates/" + i12, schemaPath: "#/properties/gates/oneOf/1/items/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err224];
              } else {
                vErrors.push(err224);
              }
              errors++;
            }
          } else {
            const err225 = { instancePath: instancePath + "/gates/" + i12, schemaPath: "#/properties/gates/oneOf/1/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err225];
            } else {
              vErrors.push(err225);
            }
            errors++;
          }
          var _valid19 = _errs300 === errors;
          if (_valid19) {
            valid75 = true;
            passing19 = 0;
          }
          const _errs302 = errors;
          const _errs304 = errors;
          let valid76 = true;
          const _errs305 = errors;
          if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
            let missing0;
            if (data101.metric === void 0 && (missing0 = "metric")) {
              const err226 = {};
              if (vErrors === null) {
                vErrors = [err226];
              } else {
                vErrors.push(err226);
              }
              errors++;
            }
          }
          var _valid20 = _errs305 === errors;
          errors = _errs304;
          if (vErrors !== null) {
            if (_errs304) {
              vErrors.length = _errs304;
            } else {
              vErrors = null;
            }
          }
          let ifClause0;
          if (_valid20) {
            const _errs306 = errors;
            if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
              if (data101.metric === void 0) {
                const err227 = { instancePath: instancePath + "/gates/" + i12, schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'" };
                if (vErrors === null) {
                  vErrors = [err227];
                } else {
                  vErrors.push(err227);
                }
                errors++;
              }
              for (const key16 in data101) {
                if (!(key16 === "name" || key16 === "description" || key16 === "metric" || key16 === "threshold" || key16 === "min-absolute-change" || key16 === "min-relative-change" || key16 === "greater-is-better")) {
                  const err228 = { instancePath: instancePath + "/gates/" + i12, schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err228];
                  } else {
                    vErrors.push(err228);
                  }
                  errors++;
                }
              }
              if (data101.name !== void 0) {
                let data102 = data101.name;
                if (typeof data102 === "string") {
                  if (!pattern0.test(data102)) {
                    const err229 = { instancePath: instancePath + "/gates/" + i12 + "/name", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.-]*$"' };
                    if (vErrors === null) {
                      vErrors = [err229];
                    } else {
                      vErrors.push(err229);
                    }
                    errors++;
                  }
                } else {
                  const err230 = { instancePath: instancePath + "/gates/" + i12 + "/name", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err230];
                  } else {
                    vErrors.push(err230);
                  }
                  errors++;
                }
              }
              if (data101.description !== void 0) {
                if (typeof data101.description !== "string") {
                  const err231 = { instancePath: instancePath + "/gates/" + i12 + "/description", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err231];
                  } else {
                    vErrors.push(err231);
                  }
                  errors++;
                }
              }
              if (data101.metric !== void 0) {
                let data104 = data101.metric;
                if (typeof data104 === "string") {
                  if (func3(data104) < 1) {
                    const err232 = { instancePath: instancePath + "/gates/" + i12 + "/metric", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/metric/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err232];
                    } else {
                      vErrors.push(err232);
                    }
                    errors++;
                  }
                } else {
                  const err233 = { instancePath: instancePath + "/gates/" + i12 + "/metric", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err233];
                  } else {
                    vErrors.push(err233);
                  }
                  errors++;
                }
              }
              if (data101.threshold !== void 0) {
                let data105 = data101.threshold;
                if (!(typeof data105 == "number" && isFinite(data105))) {
                  const err234 = { instancePath: instancePath + "/gates/" + i12 + "/threshold", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  if (vErrors === null) {
                    vErrors = [err234];
                  } else {
                    vErrors.push(err234);
                  }
                  errors++;
                }
              }
              if (data101["min-absolute-change"] !== void 0) {
                let data106 = data101["min-absolute-change"];
                if (typeof data106 == "number" && isFinite(data106)) {
                  if (data106 <= 0 || isNaN(data106)) {
                    const err235 = { instancePath: instancePath + "/gates/" + i12 + "/min-absolute-change", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/min-absolute-change/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                    if (vErrors === null) {
                      vErrors = [err235];
                    } else {
                      vErrors.push(err235);
                    }
                    errors++;
                  }
                } else {
                  const err236 = { instancePath: instancePath + "/gates/" + i12 + "/min-absolute-change", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/min-absolute-change/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  if (vErrors === null) {
                    vErrors = [err236];
                  } else {
                    vErrors.push(err236);
                  }
                  errors++;
                }
              }
              if (data101["min-relative-change"] !== void 0) {
                let data107 = data101["min-relative-change"];
                if (typeof data107 == "number" && isFinite(data107)) {
                  if (data107 > 1 || isNaN(data107)) {
                    const err237 = { instancePath: instancePath + "/gates/" + i12 + "/min-relative-change", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/min-relative-change/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                    if (vErrors === null) {
                      vErrors = [err237];
                    } else {
                      vErrors.push(err237);
                    }
                    errors++;
                  }
                  if (data107 < 0 || isNaN(data107)) {
                    const err238 = { instancePath: instancePath + "/gates/" + i12 + "/min-relative-change", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/min-relative-change/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                      vErrors = [err238];
                    } else {
                      vErrors.push(err238);
                    }
                    errors++;
                  }
                } else {
                  const err239 = { instancePath: instancePath + "/gates/" + i12 + "/min-relative-change", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/min-relative-change/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                  if (vErrors === null) {
                    vErrors = [err239];
                  } else {
                    vErrors.push(err239);
                  }
                  errors++;
                }
              }
              if (data101["greater-is-better"] !== void 0) {
                if (typeof data101["greater-is-better"] !== "boolean") {
                  const err240 = { instancePath: instancePath + "/gates/" + i12 + "/greater-is-better", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/then/properties/greater-is-better/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                  if (vErrors === null) {
                    vErrors = [err240];
                  } else {
                    vErrors.push(err240);
                  }
                  errors++;
                }
              }
            }
            var _valid20 = _errs306 === errors;
            valid76 = _valid20;
            ifClause0 = "then";
          } else {
            const _errs322 = errors;
            if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
              if (data101.expression === void 0) {
                const err241 = { instancePath: instancePath + "/gates/" + i12, schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/else/required", keyword: "required", params: { missingProperty: "expression" }, message: "must have required property 'expression'" };
                if (vErrors === null) {
                  vErrors = [err241];
                } else {
                  vErrors.push(err241);
                }
                errors++;
              }
              for (const key17 in data101) {
                if (!(key17 === "name" || key17 === "expression" || key17 === "description")) {
                  const err242 = { instancePath: instancePath + "/gates/" + i12, schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err242];
                  } else {
                    vErrors.push(err242);
                  }
                  errors++;
                }
              }
              if (data101.name !== void 0) {
                let data109 = data101.name;
                if (typeof data109 === "string") {
                  if (!pattern0.test(data109)) {
                    const err243 = { instancePath: instancePath + "/gates/" + i12 + "/name", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/else/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.-]*$"' };
                    if (vErrors === null) {
                      vErrors = [err243];
                    } else {
                      vErrors.push(err243);
                    }
                    errors++;
                  }
                } else {
                  const err244 = { instancePath: instancePath + "/gates/" + i12 + "/name", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/else/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err244];
                  } else {
                    vErrors.push(err244);
                  }
                  errors++;
                }
              }
              if (data101.expression !== void 0) {
                let data110 = data101.expression;
                if (typeof data110 === "string") {
                  if (func3(data110) < 1) {
                    const err245 = { instancePath: instancePath + "/gates/" + i12 + "/expression", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/else/properties/expression/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err245];
                    } else {
                      vErrors.push(err245);
                    }
                    errors++;
                  }
                } else {
                  const err246 = { instancePath: instancePath + "/gates/" + i12 + "/expression", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/else/properties/expression/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err246];
                  } else {
                    vErrors.push(err246);
                  }
                  errors++;
                }
              }
              if (data101.description !== void 0) {
                if (typeof data101.description !== "string") {
                  const err247 = { instancePath: instancePath + "/gates/" + i12 + "/description", schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/else/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err247];
                  } else {
                    vErrors.push(err247);
                  }
                  errors++;
                }
              }
            }
            var _valid20 = _errs322 === errors;
            valid76 = _valid20;
            ifClause0 = "else";
          }
          if (!valid76) {
            const err248 = { instancePath: instancePath + "/gates/" + i12, schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
            if (vErrors === null) {
              vErrors = [err248];
            } else {
              vErrors.push(err248);
            }
            errors++;
          }
          if (!(data101 && typeof data101 == "object" && !Array.isArray(data101))) {
            const err249 = { instancePath: instancePath + "/gates/" + i12, schemaPath: "#/properties/gates/oneOf/1/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err249];
            } else {
              vErrors.push(err249);
            }
            errors++;
          }
          var _valid19 = _errs302 === errors;
          if (_valid19 && valid75) {
            valid75 = false;
            passing19 = [passing19, 1];
          } else {
            if (_valid19) {
              valid75 = true;
              passing19 = 1;
            }
          }
          if (!valid75) {
            const err250 = { instancePath: instancePath + "/gates/" + i12, schemaPath: "#/properties/gates/oneOf/1/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing19 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err250];
            } else {
              vErrors.push(err250);
            }
            errors++;
          } else {
            errors = _errs299;
            if (vErrors !== null) {
              if (_errs299) {
                vErrors.length = _errs299;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err251 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err251];
        } else {
          vErrors.push(err251);
        }
        errors++;
      }
      var _valid18 = _errs296 === errors;
      if (_valid18 && valid72) {
        valid72 = false;
        passing18 = [passing18, 1];
      } else {
        if (_valid18) {
          valid72 = true;
          passing18 = 1;
        }
      }
      if (!valid72) {
        const err252 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/oneOf", keyword: "oneOf", params: { passingSchemas: passing18 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err252];
        } else {
          vErrors.push(err252);
        }
        errors++;
      } else {
        errors = _errs293;
        if (vErrors !== null) {
          if (_errs293) {
            vErrors.length = _errs293;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["fail-on-reject"] !== void 0) {
      if (typeof data["fail-on-reject"] !== "boolean") {
        const err253 = { instancePath: instancePath + "/fail-on-reject", schemaPath: "#/properties/fail-on-reject/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err253];
        } else {
          vErrors.push(err253);
        }
        errors++;
      }
    }
    if (data.promote !== void 0) {
      let data113 = data.promote;
      if (data113 && typeof data113 == "object" && !Array.isArray(data113)) {
        for (const key18 in data113) {
          if (!(key18 === "workflow" || key18 === "ref" || key18 === "inputs" || key18 === "cooldown")) {
            const err254 = { instancePath: instancePath + "/promote", schemaPath: "#/properties/promote/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err254];
            } else {
              vErrors.push(err254);
            }
            errors++;
          }
        }
        if (data113.workflow !== void 0) {
          let data114 = data113.workflow;
          const _errs336 = errors;
          let valid80 = false;
          let passing20 = null;
          const _errs337 = errors;
          if (typeof data114 === "string") {
            if (func3(data114) < 1) {
              const err255 = { instancePath: instancePath + "/promote/workflow", schemaPath: "#/properties/promote/properties/workflow/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err255];
              } else {
                vErrors.push(err255);
              }
              errors++;
            }
          } else {
            const err256 = { instancePath: instancePath + "/promote/workflow", schemaPath: "#/properties/promote/properties/workflow/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err256];
            } else {
              vErrors.push(err256);
            }
            errors++;
          }
          var _valid21 = _errs337 === errors;
          if (_valid21) {
            valid80 = true;
            passing20 = 0;
          }
          const _errs339 = errors;
          if (!(typeof data114 == "number" && (!(data114 % 1) && !isNaN(data114)) && isFinite(data114))) {
            const err257 = { instancePath: instancePath + "/promote/workflow", schemaPath: "#/properties/promote/properties/workflow/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err257];
            } else {
              vErrors.push(err257);
            }
            errors++;
          }
          if (typeof data114 == "number" && isFinite(data114)) {
            if (data114 < 1 || isNaN(data114)) {
              const err258 = { instancePath: instancePath + "/promote/workflow", schemaPath: "#/properties/promote/properties/workflow/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err258];
              } else {
                vErrors.push(err258);
              }
              errors++;
            }
          }
          var _valid21 = _errs339 === errors;
          if (_valid21 && valid80) {
            valid80 = false;
            passing20 = [passing20, 1];
          } else {
            if (_valid21) {
              valid80 = true;
              passing20 = 1;
            }
          }
          if (!valid80) {
            const err259 = { instancePath: instancePath + "/promote/workflow", schemaPath: "#/properties/promote/properties/workflow/oneOf", keyword: "oneOf", params: { passingSchemas: passing20 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err259];
            } else {
              vErrors.push(err259);
            }
            errors++;
          } else {
            errors = _errs336;
            if (vErrors !== null) {
              if (_errs336) {
                vErrors.length = _errs336;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data113.ref !== void 0) {
          let data115 = data113.ref;
          if (typeof data115 === "string") {
            if (func3(data115) < 1) {
              const err260 = { instancePath: instancePath + "/promote/ref", schemaPath: "#/properties/promote/properties/ref/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err260];
              } else {
                vErrors.push(err260);
              }
              errors++;
            }
          } else {
            const err261 = { instancePath: instancePath + "/promote/ref", schemaPath: "#/properties/promote/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err261];
            } else {
              vErrors.push(err261);
            }
            errors++;
          }
        }
        if (data113.inputs !== void 0) {
          let data116 = data113.inputs;
          if (data116 && typeof data116 == "object" && !Array.isArray(data116)) {
            for (const key19 in data116) {
              let data117 = data116[key19];
              if (typeof data117 !== "string" && !(typeof data117 == "number" && isFinite(data117)) && typeof data117 !== "boolean") {
                const err262 = { instancePath: instancePath + "/promote/inputs/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/promote/properties/inputs/additionalProperties/type", keyword: "type", params: { type: schema11.properties.promote.properties.inputs.additionalProperties.type }, message: "must be string,number,boolean" };
                if (vErrors === null) {
                  vErrors = [err262];
                } else {
                  vErrors.push(err262);
                }
                errors++;
              }
            }
          } else {
            const err263 = { instancePath: instancePath + "/promote/inputs", schemaPath: "#/properties/promote/properties/inputs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err263];
            } else {
              vErrors.push(err263);
            }
            errors++;
          }
        }
        if (data113.cooldown !== void 0) {
          let data118 = data113.cooldown;
          if (typeof data118 === "string") {
            if (func3(data118) < 1) {
              const err264 = { instancePath: instancePath + "/promote/cooldown", schemaPath: "#/properties/promote/properties/cooldown/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err264];
              } else {
                vErrors.push(err264);
              }
              errors++;
            }
          } else {
            const err265 = { instancePath: instancePath + "/promote/cooldown", schemaPath: "#/properties/promote/properties/cooldown/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err265];
            } else {
              vErrors.push(err265);
            }
            errors++;
          }
        }
      } else {
        const err266 = { instancePath: instancePath + "/promote", schemaPath: "#/properties/promote/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err266];
        } else {
          vErrors.push(err266);
        }
        errors++;
      }
    }
    if (data["issue-number"] !== void 0) {
      let data119 = data["issue-number"];
      if (!(typeof data119 == "number" && (!(data119 % 1) && !isNaN(data119)) && isFinite(data119))) {
        const err267 = { instancePath: instancePath + "/issue-number", schemaPath: "#/properties/issue-number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err267];
        } else {
          vErrors.push(err267);
        }
        errors++;
      }
      if (typeof data119 == "number" && isFinite(data119)) {
        if (data119 < 1 || isNaN(data119)) {
          const err268 = { instancePath: instancePath + "/issue-number", schemaPath: "#/properties/issue-number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err268];
          } else {
            vErrors.push(err268);
          }
          errors++;
        }
      }
    }
    if (data["max-retrain-attempts"] !== void 0) {
      let data120 = data["max-retrain-attempts"];
      if (!(typeof data120 == "number" && (!(data120 % 1) && !isNaN(data120)) && isFinite(data120))) {
        const err269 = { instancePath: instancePath + "/max-retrain-attempts", schemaPath: "#/properties/max-retrain-attempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err269];
        } else {
          vErrors.push(err269);
        }
        errors++;
      }
      if (typeof data120 == "number" && isFinite(data120)) {
        if (data120 < 1 || isNaN(data120)) {
          const err270 = { instancePath: instancePath + "/max-retrain-attempts", schemaPath: "#/properties/max-retrain-attempts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err270];
          } else {
            vErrors.push(err270);
          }
          errors++;
        }
      }
    }
    if (data["batch-dispatch"] !== void 0) {
      if (typeof data["batch-dispatch"] !== "boolean") {
        const err271 = { instancePath: instancePath + "/batch-dispatch", schemaPath: "#/properties/batch-dispatch/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err271];
        } else {
          vErrors.push(err271);
        }
        errors++;
      }
    }
    if (data.monitors !== void 0) {
      let data122 = data.monitors;
      if (Array.isArray(data122)) {
        if (data122.length > 1e3) {
          const err272 = { instancePath: instancePath + "/monitors", schemaPath: "#/properties/monitors/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err272];
          } else {
            vErrors.push(err272);
          }
          errors++;
        }
        if (data122.length < 1) {
          const err273 = { instancePath: instancePath + "/monitors", schemaPath: "#/properties/monitors/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err273];
          } else {
            vErrors.push(err273);
          }
          errors++;
        }
        const len13 = data122.length;
        for (let i13 = 0; i13 < len13; i13++) {
          let data123 = data122[i13];
          if (data123 && typeof data123 == "object" && !Array.isArray(data123)) {
            if (data123.key === void 0) {
              const err274 = { instancePath: instancePath + "/monitors/" + i13, schemaPath: "#/properties/monitors/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
              if (vErrors === null) {
                vErrors = [err274];
              } else {
                vErrors.push(err274);
              }
              errors++;
            }
            if (data123.key !== void 0) {
              let data124 = data123.key;
              if (typeof data124 === "string") {
                if (func3(data124) > 200) {
                  const err275 = { instancePath: instancePath + "/monitors/" + i13 + "/key", schemaPath: "#/properties/monitors/items/properties/key/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                  if (vErrors === null) {
                    vErrors = [err275];
                  } else {
                    vErrors.push(err275);
                  }
                  errors++;
                }
                if (func3(data124) < 1) {
                  const err276 = { instancePath: instancePath + "/monitors/" + i13 + "/key", schemaPath: "#/properties/monitors/items/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err276];
                  } else {
                    vErrors.push(err276);
                  }
                  errors++;
                }
              } else {
                const err277 = { instancePath: instancePath + "/monitors/" + i13 + "/key", schemaPath: "#/properties/monitors/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err277];
                } else {
                  vErrors.push(err277);
                }
                errors++;
              }
            }
            if (data123["depends-on"] !== void 0) {
              let data125 = data123["depends-on"];
              const _errs365 = errors;
              let valid86 = false;
              let passing21 = null;
              const _errs366 = errors;
              if (typeof data125 === "string") {
                if (func3(data125) < 1) {
                  const err278 = { instancePath: instancePath + "/monitors/" + i13 + "/depends-on", schemaPath: "#/definitions/names/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err278];
                  } else {
                    vErrors.push(err278);
                  }
                  errors++;
                }
              } else {
                const err279 = { instancePath: instancePath + "/monitors/" + i13 + "/depends-on", schemaPath: "#/definitions/names/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err279];
                } else {
                  vErrors.push(err279);
                }
                errors++;
              }
              var _valid22 = _errs366 === errors;
              if (_valid22) {
                valid86 = true;
                passing21 = 0;
              }
              const _errs368 = errors;
              if (Array.isArray(data125)) {
                const len14 = data125.length;
                for (let i14 = 0; i14 < len14; i14++) {
                  let data126 = data125[i14];
                  if (typeof data126 === "string") {
                    if (func3(data126) < 1) {
                      const err280 = { instancePath: instancePath + "/monitors/" + i13 + "/depends-on/" + i14, schemaPath: "#/definitions/names/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err280];
                      } else {
                        vErrors.push(err280);
                      }
                      errors++;
                    }
                  } else {
                    const err281 = { instancePath: instancePath + "/monitors/" + i13 + "/depends-on/" + i14, schemaPath: "#/definitions/names/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err281];
                    } else {
                      vErrors.push(err281);
                    }
                    errors++;
                  }
                }
              } else {
                const err282 = { instancePath: instancePath + "/monitors/" + i13 + "/depends-on", schemaPath: "#/definitions/names/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err282];
                } else {
                  vErrors.push(err282);
                }
                errors++;
              }
              var _valid22 = _errs368 === errors;
              if (_valid22 && valid86) {
                valid86 = false;
                passing21 = [passing21, 1];
              } else {
                if (_valid22) {
                  valid86 = true;
                  passing21 = 1;
                }
              }
              if (!valid86) {
                const err283 = { instancePath: instancePath + "/monitors/" + i13 + "/depends-on", schemaPath: "#/definitions/names/oneOf", keyword: "oneOf", params: { passingSchemas: passing21 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err283];
                } else {
                  vErrors.push(err283);
                }
                errors++;
              } else {
                errors = _errs365;
                if (vErrors !== null) {
                  if (_errs365) {
                    vErrors.length = _errs365;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err284 = { instancePath: instancePath + "/monitors/" + i13, schemaPath: "#/properties/monitors/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err284];
            } else {
              vErrors.push(err284);
            }
            errors++;
          }
        }
      } else {
        const err285 = { instancePath: instancePath + "/monitors", schemaPath: "#/properties/monitors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err285];
        } else {
          vErrors.push(err285);
        }
        errors++;
      }
    }
  } else {
    const err286 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err286];
    } else {
      vErrors.push(err286);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/history/settings.ts
var isObject6 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var DETECTOR_KEYS = {
  "page-hinkley": {
    name: "page_hinkley",
    keys: { "min-instances": "minInstances", delta: "delta", threshold: "threshold", alpha: "alpha" }
  },
  cusum: { name: "cusum", keys: { "min-instances": "minInstances", slack: "slack", threshold: "threshold" } },
  ewma: { name: "ewma", keys: { "min-instances": "minInstances", alpha: "alpha", threshold: "threshold" } }
};
var BRANCH = /^(?!\/|.*(?:\/\/|\.\.|@\{|\/$|\.lock$|\.$))[^\s~^:?*[\\\x00-\x1f\x7f]+$/;
function parseHistorySettings(raw) {
  const problems = [];
  const section = isObject6(raw.history) ? raw.history : {};
  for (const key of Object.keys(section)) {
    if (!["store", "branch", "max-runs", "detectors"].includes(key)) {
      problems.push(`history.${key}: unknown key (known: store, branch, max-runs, detectors)`);
    }
  }
  const storeValue = isObject6(raw.history) ? section["store"] : raw.history;
  const branch = raw.branch ?? section["branch"] ?? DEFAULT_HISTORY_BRANCH;
  let store = null;
  if (storeValue !== void 0 && storeValue !== null && storeValue !== "") {
    if (storeValue === "branch") {
      if (typeof branch !== "string" || !BRANCH.test(branch)) {
        problems.push(`history-branch: ${JSON.stringify(branch)} is not a valid branch name`);
      } else store = { kind: "branch", branch };
    } else if (typeof storeValue === "string" && /\.jsonl$/i.test(storeValue.trim())) {
      store = { kind: "file", path: storeValue.trim() };
    } else {
      problems.push(
        `history: expected 'branch' or a path ending in .jsonl, got ${JSON.stringify(storeValue)}`
      );
    }
  }
  const maxRunsValue = raw.maxRuns ?? section["max-runs"] ?? DEFAULT_MAX_RUNS;
  const maxRuns = typeof maxRunsValue === "string" && /^\d+$/.test(maxRunsValue) ? Number(maxRunsValue) : maxRunsValue;
  if (typeof maxRuns !== "number" || !Number.isInteger(maxRuns) || maxRuns < 1) {
    problems.push(
      `history-max-runs: expected a whole number of runs \u2265 1, got ${JSON.stringify(maxRunsValue)}`
    );
  }
  const detectors = parseDetectors(section["detectors"], problems);
  if (problems.length > 0) return problems;
  return { store, maxRuns, detectors };
}
function parseDetectors(raw, problems) {
  const out = {
    page_hinkley: { ...DETECTOR_DEFAULTS.page_hinkley },
    cusum: { ...DETECTOR_DEFAULTS.cusum },
    ewma: { ...DETECTOR_DEFAULTS.ewma }
  };
  if (raw === void 0) return out;
  if (!isObject6(raw)) {
    problems.push("history.detectors: expected a map of page-hinkley, cusum, ewma");
    return out;
  }
  for (const [detector, params] of Object.entries(raw)) {
    const spec = DETECTOR_KEYS[detector];
    if (!spec) {
      problems.push(`history.detectors.${detector}: unknown detector (known: page-hinkley, cusum, ewma)`);
      continue;
    }
    if (!isObject6(params)) {
      problems.push(`history.detectors.${detector}: expected a map of ${Object.keys(spec.keys).join(", ")}`);
      continue;
    }
    const target = out[spec.name];
    for (const [key, value2] of Object.entries(params)) {
      const field = spec.keys[key];
      const where2 = `history.detectors.${detector}.${key}`;
      if (!field) {
        problems.push(`${where2}: unknown parameter (known: ${Object.keys(spec.keys).join(", ")})`);
        continue;
      }
      const problem = checkParam(spec.name, field, value2);
      if (problem) problems.push(`${where2}: ${problem}`);
      else target[field] = value2;
    }
  }
  return out;
}
function checkParam(detector, field, value2) {
  if (typeof value2 !== "number" || !Number.isFinite(value2))
    return `expected a number, got ${JSON.stringify(value2)}`;
  if (field === "minInstances")
    return Number.isInteger(value2) && value2 >= 1 ? void 0 : "expected a whole number \u2265 1";
  if (field === "threshold") return value2 > 0 ? void 0 : "expected a number > 0";
  if (field === "slack") return value2 >= 0 ? void 0 : "expected a number \u2265 0";
  if (field === "delta") return value2 >= 0 ? void 0 : "expected a number \u2265 0";
  if (field === "alpha") {
    if (detector === "ewma") return value2 > 0 && value2 <= 1 ? void 0 : "expected a number in (0, 1]";
    return value2 > 0 && value2 <= 1 ? void 0 : "expected a forgetting factor in (0, 1]";
  }
  return void 0;
}

// src/config/history.ts
function buildHistory(section) {
  const parsed = parseHistorySettings({ history: section ?? {} });
  if (Array.isArray(parsed)) throw new InputError(parsed.join("\n"));
  return parsed;
}
function buildMaxModelAge(maxAge, timestampKey) {
  const key = timestampKey?.trim() || void 0;
  if (maxAge === void 0 || maxAge === "") return key ? { modelTimestamp: key } : {};
  const days = parseMaxAge(maxAge);
  if (typeof days === "string") throw new InputError(`max-model-age: ${days}`);
  return { maxModelAgeDays: days, ...key ? { modelTimestamp: key } : {} };
}
function buildHysteresis(item, where2) {
  if (item.for === void 0 && item["clear-after"] === void 0) return void 0;
  const window2 = item.for === void 0 ? NO_HYSTERESIS.for : parseFor(item.for);
  if (typeof window2 === "string") throw new InputError(`${where2}: for: ${window2}`);
  const clearAfter = item["clear-after"] === void 0 ? NO_HYSTERESIS.clearAfter : parseClearAfter(item["clear-after"]);
  if (typeof clearAfter === "string") throw new InputError(`${where2}: clear-after: ${clearAfter}`);
  return { for: window2, clearAfter };
}
function checkHysteresisNeedsStore(rules, drift, history) {
  if (history.store !== null) return;
  const rule = rules.find((r) => r.hysteresis);
  const what = rule ? `rules: '${rule.id}' has` : drift ? "drift has" : void 0;
  if (what === void 0) return;
  throw new InputError(
    `${what} for / clear-after, which count the outcomes of earlier runs: set 'history' (branch, or a path ending in .jsonl) so they are recorded`
  );
}

// src/config/config.ts
async function readSettings(get, environment) {
  const configInput = get("config")?.trim() || void 0;
  const file = configInput ? await readConfigFile(path8.resolve(environment.cwd, configInput), configInput) : null;
  const inputs = readInputSettings(get);
  return { file, inputs, merged: mergeSettings(file?.data ?? {}, inputs.data), configInput };
}
function checkSettings(settings, file, origins, placement2, ignore = () => false) {
  if (validate_config_default(settings)) return;
  const errors = (validate_config_default.errors ?? []).filter((e) => !ignore(e));
  if (errors.length === 0) return;
  const problems = explainSchemaErrors(errors, settings);
  throw new InputError(formatProblems(problems, file, origins, placement2));
}
function configFromSettings(settings, get, environment, source) {
  const { cwd, env } = environment;
  const { file, configInput } = source;
  const rules = buildRules(
    settings,
    file,
    source.rulesAt.length > 0 ? /* @__PURE__ */ new Map() : source.origins,
    source.rulesAt
  );
  const drift = settings.drift ? buildDrift(settings.drift) : null;
  const metrics = toList(settings.metrics);
  const gate = buildGateConfig(settings, file, source.origins);
  if (gate) {
    if (metrics.length === 0) {
      throw new InputError(
        "'gates' are given but no 'metrics' files: give the candidate's metrics as 'metrics' (and the production model's as 'baseline')"
      );
    }
  } else if (rules.length > 0 && metrics.length === 0 && rules.some((r) => !/\bdrift\./.test(r.expression))) {
    throw new InputError(
      "'rules' are given but no 'metrics' files to evaluate them on: set the 'metrics' input"
    );
  }
  if (metrics.length === 0 && !drift) {
    throw new InputError(
      "nothing to check: give 'metrics' (metrics files) with 'rules', or 'reference-data' and 'current-data' for drift"
    );
  }
  if (!gate && metrics.length > 0 && rules.length === 0 && !drift) {
    throw new InputError(
      "'metrics' are given but there are no 'rules': add at least one, e.g. `accuracy < 0.85`"
    );
  }
  if (toList(settings.baseline).length > 0 && metrics.length === 0) {
    throw new InputError(
      "'baseline' is given without 'metrics': the baseline is compared with current metrics"
    );
  }
  const command = buildCommand(settings);
  const notify = buildNotify(settings.notify);
  const stateFile = settings["state-file"];
  if ((command || enabledTargets(notify).length > 0) && !stateFile) {
    throw new InputError(
      "'command' and notification targets need 'state-file': a .jsonl file (kept between runs with actions/cache) where what was sent and started is recorded, so a re-run never repeats it"
    );
  }
  const history = buildHistory(settings.history);
  const driftHysteresis = settings.drift ? buildHysteresis(settings.drift, "drift") : void 0;
  checkHysteresisNeedsStore(rules, driftHysteresis, history);
  const token = get("github-token")?.trim() || env.GITHUB_TOKEN || "";
  return {
    metrics,
    baseline: toList(settings.baseline),
    rules,
    drift,
    failOnTrigger: settings["fail-on-trigger"] ?? false,
    onUnknown: settings["on-unknown"] ?? "keep",
    reportPath: path8.resolve(
      cwd,
      settings["report-path"] ?? path8.join(env.RUNNER_TEMP || cwd, DEFAULTS2.reportFile)
    ),
    monitorKey: settings["monitor-key"] ?? defaultMonitorKey(env, configInput),
    monitorTitle: settings["monitor-key"] ?? defaultMonitorTitle(env, configInput),
    alert: buildAlert(settings.alert),
    dispatch: buildDispatch(settings.dispatch),
    command,
    notify,
    ...stateFile ? { stateFile: path8.resolve(cwd, stateFile) } : {},
    gate,
    maxRetrainAttempts: settings["max-retrain-attempts"] ?? DEFAULT_MAX_RETRAIN_ATTEMPTS,
    dryRun: settings["dry-run"] ?? false,
    githubToken: token,
    secrets: secretValues(get, env),
    workingDirectory: cwd,
    history,
    ...buildMaxModelAge(settings["max-model-age"], settings["model-timestamp"]),
    ...driftHysteresis ? { driftHysteresis } : {}
  };
}
function isPlainObject3(value2) {
  return value2 !== null && typeof value2 === "object" && !Array.isArray(value2);
}
function mergeSettings(file, inputs) {
  const out = { ...file };
  for (const [key, value2] of Object.entries(inputs)) {
    const base = out[key];
    out[key] = isPlainObject3(base) && isPlainObject3(value2) && key !== "inputs" ? mergeSettings(base, value2) : value2;
  }
  return out;
}
function formatProblems(problems, file, origins, placement2) {
  const lines = problems.slice(0, 10).map((problem) => `${locate(problem, file, origins, placement2)}: ${problem.message}`);
  if (problems.length > 10) lines.push(`\u2026 and ${problems.length - 10} more problems`);
  return lines.length === 1 ? lines[0] : `invalid configuration:
${lines.map((l) => `  - ${l}`).join("\n")}`;
}
function locate(problem, file, origins, placement2) {
  const pointer = problem.key !== void 0 ? `${problem.pointer}/${problem.key}` : problem.pointer;
  const placed = placement2?.ownSegments(pointerSegments(problem.pointer), problem.key) ?? null;
  for (const [origin, input] of origins) {
    if (!placed && (pointer === origin || pointer.startsWith(`${origin}/`))) return `input '${input}'`;
  }
  const dotted = pointerSegments(problem.pointer).join(".") || "(top level)";
  if (!file) return dotted;
  const segments = placed ?? pointerSegments(problem.pointer);
  const pos = problem.key !== void 0 ? keyPositionOf(file.doc, file.counter, segments, problem.key) : nodePositionOf(file.doc, file.counter, segments);
  return pos ? `${file.shown}: line ${pos.line}, column ${pos.column}: ${dotted}` : `${file.shown}: ${dotted}`;
}
function buildRules(settings, file, origins, at = []) {
  const rules = settings.rules;
  if (rules === void 0) return [];
  if (origins.has("/rules")) return parseRuleLines(rules, "input 'rules'");
  const source = file?.shown ?? "config";
  if (typeof rules === "string") {
    const start = file ? scalarTextStart(file.doc, file.counter, [...at, "rules"]) : null;
    return shiftOrigins(parseRuleLines(rules, source), start, rules);
  }
  const specs = [];
  rules.forEach((item, index) => {
    if (typeof item === "string") {
      const start = file ? scalarTextStart(file.doc, file.counter, [...at, "rules", index]) : null;
      for (const spec of shiftOrigins(parseRuleLines(item, source, specs.length + 1), start, item))
        specs.push(spec);
    } else {
      const start = file ? scalarTextStart(file.doc, file.counter, [...at, "rules", index, "expression"]) : null;
      const id = item.name ?? `rule-${specs.length + 1}`;
      const hysteresis = buildHysteresis(item, `${source}: rules: '${id}'`);
      specs.push({
        id,
        ...item.name ? { name: item.name } : {},
        expression: item.expression,
        ...item.description ? { description: item.description } : {},
        ...hysteresis ? { hysteresis } : {},
        origin: { source, line: start?.line ?? 1, column: start?.column ?? 1 }
      });
    }
  });
  const seen = /* @__PURE__ */ new Set();
  for (const spec of specs) {
    if (seen.has(spec.id))
      throw new InputError(
        `${source}: rules: the name '${spec.id}' is used twice; rule names must be unique`
      );
    seen.add(spec.id);
  }
  return specs;
}
function shiftOrigins(specs, start, text) {
  if (!start || text.includes("\n")) {
    return start ? specs.map((s) => ({ ...s, origin: { ...s.origin, line: start.line + s.origin.line } })) : specs;
  }
  return specs.map((s) => ({
    ...s,
    origin: { ...s.origin, line: start.line, column: start.column + s.origin.column - 1 }
  }));
}
function defaultMonitorKey(env, configPath) {
  const parts = defaultMonitorParts(env, configPath);
  return parts.length > 0 ? parts.join(":") : "retrain-trigger";
}
function defaultMonitorTitle(env, configPath) {
  const names = [];
  for (const part of defaultMonitorParts(env, configPath)) {
    const name = path8.basename(part).replace(/\.ya?ml$/i, "");
    if (name !== "" && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names.length > 0 ? names.join(" / ") : "retrain-trigger";
}
function defaultMonitorParts(env, configPath) {
  const workflowRef = env.GITHUB_WORKFLOW_REF?.replace(/@.*$/, "").split("/").slice(2).join("/");
  return [workflowRef || env.GITHUB_WORKFLOW, env.GITHUB_JOB, configPath].filter((p) => !!p);
}

// src/monitors/apart.ts
import * as path9 from "node:path";

// src/monitors/merge.ts
function isPlainObject4(value2) {
  return value2 !== null && typeof value2 === "object" && !Array.isArray(value2);
}
function define3(target, name, value2) {
  Object.defineProperty(target, name, { value: value2, enumerable: true, writable: true, configurable: true });
}
function inherit(base, own) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const [name, value2] of Object.entries(base)) define3(out, name, value2);
  for (const [name, value2] of Object.entries(own)) {
    const inherited = out[name];
    define3(out, name, isPlainObject4(inherited) && isPlainObject4(value2) ? inherit(inherited, value2) : value2);
  }
  return out;
}

// src/monitors/apart.ts
function markSharedDispatches(monitors, labels) {
  const groups2 = /* @__PURE__ */ new Map();
  for (const m of monitors) {
    const d = m.config.dispatch;
    if (!d) continue;
    const where2 = d.repository ? `${d.repository.owner}/${d.repository.repo}` : "";
    const target = `${where2}|${d.workflow !== void 0 ? `workflow:${d.workflow}` : `event:${d.eventType ?? ""}`}`;
    groups2.set(target, [...groups2.get(target) ?? [], m]);
  }
  for (const group2 of groups2.values()) {
    if (group2.length < 2) continue;
    const keys = group2.map((m) => m.key);
    for (const m of group2) {
      const d = m.config.dispatch;
      if (d.workflow !== void 0 && !Object.values(d.inputs).some((v) => v.includes("{monitor}"))) {
        throw new InputError(
          `${labels.get(m.key)}: dispatch: ${keys.map((k) => `'${k}'`).join(", ")} dispatch the same workflow ${d.workflow} one by one, so its runs must say which model they retrain: pass '{monitor}' in an input (e.g. model: '{monitor}') and name it in the workflow's run-name (run-name: Retrain \${{ inputs.model }}), or set batch-dispatch: true for one run for all models due`
        );
      }
      d.sharedWith = keys;
    }
  }
}
function fileSafe(key) {
  return key.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "") || "monitor";
}
function reportFor(runReport, key) {
  const ext = path9.extname(runReport);
  return ext ? `${runReport.slice(0, -ext.length)}.${fileSafe(key)}${ext}` : `${runReport}.${fileSafe(key)}.json`;
}
function ownHistoryFile(settings, own, key) {
  const history = settings.history;
  const section = isPlainObject4(history) ? history : null;
  const store = section ? section.store : history;
  if (typeof store !== "string" || !/\.jsonl$/i.test(store.trim())) return void 0;
  const ownStore = isPlainObject4(own.history) ? own.history.store : own.history;
  if (ownStore !== void 0) return store.trim();
  const file = store.trim().replace(/\.jsonl$/i, `.${fileSafe(key)}.jsonl`);
  if (section) define3(settings, "history", inherit(section, { store: file }));
  else define3(settings, "history", file);
  return file;
}

// src/monitors/graph.ts
function dependencyOrder(nodes, label) {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  for (const node of nodes) {
    for (const upstream of node.dependsOn) {
      if (upstream === node.key) {
        throw new InputError(`${label(node.key)}: depends-on: a monitor cannot depend on itself`);
      }
      if (!byKey.has(upstream)) {
        throw new InputError(
          `${label(node.key)}: depends-on: unknown monitor '${upstream}'${suggestion(upstream, byKey.keys())} (known: ${listNames(byKey.keys())})`
        );
      }
    }
  }
  const state = /* @__PURE__ */ new Map();
  const order2 = [];
  for (const start of nodes) {
    if (state.has(start.key)) continue;
    const stack = [{ key: start.key, next: 0 }];
    state.set(start.key, "visiting");
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const deps = byKey.get(top.key).dependsOn;
      if (top.next < deps.length) {
        const upstream = deps[top.next++];
        const seen = state.get(upstream);
        if (seen === "visiting") {
          const from = stack.findIndex((f) => f.key === upstream);
          const cycle = [...stack.slice(from).map((f) => f.key), upstream];
          throw new InputError(`monitors: depends-on cycle: ${cycle.join(" \u2192 ")}`);
        }
        if (seen === void 0) {
          state.set(upstream, "visiting");
          stack.push({ key: upstream, next: 0 });
        }
        continue;
      }
      state.set(top.key, "done");
      order2.push(top.key);
      stack.pop();
    }
  }
  return order2;
}
function propagate(nodes, order2, own, settle) {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const statuses = /* @__PURE__ */ new Map();
  const origins = /* @__PURE__ */ new Map();
  for (const key of order2) {
    const upstream = { due: [], unknown: [] };
    for (const dep of byKey.get(key)?.dependsOn ?? []) {
      const status2 = statuses.get(dep);
      if (status2 === "due") upstream.due.push({ key: dep, origins: origins.get(dep) ?? [dep] });
      else if (status2 === "unknown") upstream.unknown.push(dep);
    }
    const status = settle(key, upstream);
    statuses.set(key, status);
    if (status === "due") {
      const from = new Set(own.get(key) === "due" ? [key] : []);
      for (const d of upstream.due) for (const o of d.origins) from.add(o);
      origins.set(key, from.size > 0 ? [...from] : [key]);
    }
  }
  return statuses;
}

// src/monitors/expand.ts
var NOT_INHERITED = ["monitors", "batch-dispatch", "$schema"];
var NOT_IN_MONITOR = {
  "monitor-key": "its 'key' is its monitor key",
  "dry-run": "it is a setting of the whole run; set it at the top level",
  "batch-dispatch": "it is a setting of the whole run; set it at the top level",
  monitors: "monitors do not nest"
};
var MAX_MONITORS = 1e3;
async function loadRun(get, environment) {
  const loaded = await readSettings(get, environment);
  if (loaded.merged.monitors === void 0) {
    if (loaded.merged["batch-dispatch"] !== void 0) {
      throw new InputError("'batch-dispatch' is set but there is no 'monitors:' list to dispatch for");
    }
    checkSettings(loaded.merged, loaded.file, loaded.inputs.origins);
    const config = configFromSettings(loaded.merged, get, environment, {
      file: loaded.file,
      origins: loaded.inputs.origins,
      configInput: loaded.configInput,
      rulesAt: []
    });
    return { kind: "single", config };
  }
  return { kind: "monitors", run: expandMonitors(loaded, get, environment) };
}
function expandMonitors(loaded, get, environment) {
  const { merged: top, file, inputs } = loaded;
  checkSettings(
    top,
    file,
    inputs.origins,
    void 0,
    (e) => e.keyword === "required" && !e.instancePath.startsWith("/monitors")
  );
  const items = top.monitors;
  if (items.length > MAX_MONITORS) {
    throw new InputError(`monitors: at most ${MAX_MONITORS} monitors in one run, got ${items.length}`);
  }
  if (top["monitor-key"] !== void 0) {
    throw new InputError(
      `${inputs.origins.has("/monitor-key") ? "input 'monitor-key'" : "monitor-key"}: with 'monitors:' each monitor has its own key ('key:'); remove monitor-key`
    );
  }
  const batchOn = top["batch-dispatch"] === true;
  const batch = batchOn ? buildBatch(top.dispatch) : null;
  const base = /* @__PURE__ */ Object.create(null);
  for (const [name, value2] of Object.entries(top)) {
    if (NOT_INHERITED.includes(name) || batchOn && name === "dispatch") continue;
    define3(base, name, value2);
  }
  const runReport = path10.resolve(
    environment.cwd,
    top["report-path"] ?? path10.join(environment.env.RUNNER_TEMP || environment.cwd, DEFAULTS2.reportFile)
  );
  const seen = /* @__PURE__ */ new Map();
  const reports = /* @__PURE__ */ new Map();
  const historyFiles = /* @__PURE__ */ new Map();
  const monitors = items.map((item, index) => {
    const key = item.key;
    const label = `monitors[${index}] (${key})`;
    const earlier = seen.get(key);
    if (earlier !== void 0) {
      throw new InputError(
        `${label}: the key '${key}' is used twice (also monitors[${earlier}]); keys must be unique`
      );
    }
    seen.set(key, index);
    const own = /* @__PURE__ */ Object.create(null);
    for (const [name, value2] of Object.entries(item)) {
      if (name === "key" || name === "depends-on") continue;
      const why = NOT_IN_MONITOR[name];
      if (why) throw new InputError(`${label}: '${name}' cannot be set for one monitor: ${why}`);
      define3(own, name, value2);
    }
    const settings = inherit(base, own);
    define3(settings, "monitor-key", key);
    if (own["report-path"] === void 0) define3(settings, "report-path", reportFor(runReport, key));
    const historyFile = ownHistoryFile(settings, own, key);
    const sharing = historyFile !== void 0 ? historyFiles.get(path10.resolve(environment.cwd, historyFile)) : void 0;
    if (sharing !== void 0) {
      throw new InputError(
        `${label}: history: the file '${historyFile}' is also the history of monitors[${sharing}]; a history file holds one monitor's runs`
      );
    }
    if (historyFile !== void 0) historyFiles.set(path10.resolve(environment.cwd, historyFile), index);
    try {
      checkSettings(settings, file, inputs.origins, placement(index, own));
      const config = configFromSettings(settings, get, environment, {
        file,
        origins: inputs.origins,
        configInput: loaded.configInput,
        rulesAt: own.rules !== void 0 ? ["monitors", index] : []
      });
      if (config.gate) {
        throw new InputError(
          "'gates' belong to the gate step of the retraining workflow, which judges one candidate: run it there with this monitor's key as monitor-key"
        );
      }
      for (const rule of config.rules) parseRule(rule);
      const other = reports.get(config.reportPath);
      if (other !== void 0 || config.reportPath === runReport) {
        throw new InputError(
          `report-path '${config.reportPath}' is also the report of ${other ?? "the whole run"}; give each monitor its own`
        );
      }
      reports.set(config.reportPath, label);
      const dependsOn = toList(item["depends-on"]).flatMap(
        (d) => d.split(",").map((s) => s.trim()).filter((s) => s !== "")
      );
      return { index, key, dependsOn, config };
    } catch (error) {
      if (error instanceof InputError) throw new InputError(`${label}: ${error.message}`);
      throw error;
    }
  });
  const labels = new Map(monitors.map((m) => [m.key, `monitors[${m.index}] (${m.key})`]));
  markSharedDispatches(monitors, labels);
  const order2 = dependencyOrder(monitors, (key) => labels.get(key) ?? key);
  const first = monitors[0].config;
  return {
    monitors,
    order: order2,
    batch,
    reportPath: runReport,
    dryRun: first.dryRun,
    githubToken: first.githubToken,
    secrets: secretValues(get, environment.env),
    workingDirectory: environment.cwd
  };
}
function buildBatch(dispatch) {
  if (!dispatch) {
    throw new InputError(
      "batch-dispatch: true needs the top-level 'dispatch:' (workflow or event-type) to send once for all models due"
    );
  }
  try {
    return buildDispatch(dispatch);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`batch-dispatch: ${error.message}`);
    throw error;
  }
}
function placement(index, own) {
  return {
    ownSegments(segments, key) {
      let node = own;
      for (const segment of segments) {
        if (!isPlainObject4(node) && !Array.isArray(node)) break;
        if (!Object.prototype.hasOwnProperty.call(node, segment)) return null;
        node = node[segment];
      }
      if (segments.length === 0 && key !== void 0 && !Object.prototype.hasOwnProperty.call(own, key)) {
        return key === "monitor-key" || key === "report-path" ? ["monitors", index] : null;
      }
      if (segments.length > 0 && key !== void 0 && isPlainObject4(node) && !(key in node)) return null;
      return ["monitors", index, ...segments];
    }
  };
}

// src/monitors/run.ts
import { writeFile } from "node:fs/promises";

// src/github/shared.ts
function shareGitHub(token, repo, options = {}) {
  const client = createClient(token, repo, options);
  const where2 = { owner: repo.owner, repo: repo.repo };
  const listings = /* @__PURE__ */ new Map();
  const labels = /* @__PURE__ */ new Map();
  const branches = /* @__PURE__ */ new Map();
  const runs = /* @__PURE__ */ new Map();
  const once = (cache, key, read) => {
    let value2 = cache.get(key);
    if (!value2) {
      value2 = read();
      cache.set(key, value2);
    }
    return value2;
  };
  return {
    dispatchReads: {
      defaultBranch: (target) => once(branches, `${target.owner}/${target.repo}`, async () => {
        const { data } = await client.octokit.request("GET /repos/{owner}/{repo}", {
          ...target,
          request: { answer: aRepository }
        });
        return data.default_branch;
      }),
      runs: (target, dispatch) => once(
        runs,
        `${target.owner}/${target.repo}|${dispatch.workflow ?? ""}|${dispatch.eventType ?? ""}`,
        () => listRetrainingRuns(client, target, dispatch)
      )
    },
    client,
    openIssues(label) {
      const name = label ?? "";
      let listing = listings.get(name);
      if (!listing) {
        listing = listOpenIssues(client, where2, label, `the alerts of this run's monitors`);
        listings.set(name, listing);
      }
      return listing;
    },
    ensureLabel(label, log) {
      let done = labels.get(label);
      if (!done) {
        done = ensureLabel(client, where2, label, log);
        labels.set(label, done);
      }
      return done;
    }
  };
}

// src/monitors/limit.ts
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  let failure;
  const worker = async () => {
    while (next < items.length && !failure) {
      const index = next++;
      try {
        results[index] = await fn(items[index], index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw failure.error;
  return results;
}

// src/monitors/summary.ts
var STATUS = {
  due: "\u{1F534} due",
  healthy: "\u{1F7E2} healthy",
  unknown: "\u26AA could not decide"
};
var CELL_CHARS = 300;
function cell(text) {
  return escapeMarkdown(truncate(text.replace(/\s+/g, " "), CELL_CHARS));
}
function html(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/@/g, "&#64;");
}
function link(text, url) {
  return url ? `[${text}](${encodeURI(url)})` : text;
}
function renderMonitorsSummary(outcomes, batch, failures) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const o of outcomes) counts2.set(o.verdict.status, (counts2.get(o.verdict.status) ?? 0) + 1);
  const tally = ["due", "unknown", "healthy"].filter((s) => counts2.get(s)).map((s) => `${counts2.get(s)} ${s === "unknown" ? "could not decide" : s}`).join(", ");
  const head = `### retrain-trigger: ${outcomes.length} monitors \u2014 ${tally}

`;
  const rows = outcomes.map(({ monitor, verdict, result: result2 }) => {
    const why = verdict.status === "due" ? verdict.reasons.join("; ") : verdict.undecided.length > 0 ? `could not evaluate: ${verdict.undecided.join("; ")}` : "";
    const { effects } = result2;
    const issue = effects.issueNumber !== void 0 ? link(`#${effects.issueNumber}`, effects.issueUrl) : "\u2014";
    const retraining = effects.dispatched ? link(effects.runId !== void 0 ? `run ${effects.runId}` : "dispatched", effects.runUrl) : "\u2014";
    const after = monitor.dependsOn.length > 0 ? ` (after ${monitor.dependsOn.map(cell).join(", ")})` : "";
    return `| ${cell(monitor.key)}${after} | ${STATUS[verdict.status]} | ${cell(why) || "\u2014"} | ${issue} | ${retraining} |`;
  });
  const table2 = `| Monitor | Status | Why | Alert issue | Retraining |
| --- | --- | --- | --- | --- |
${rows.join("\n")}
`;
  const batchPart = batch ? `
${renderActions(batch.records).replace("#### Actions", "#### Batch dispatch")}` : "";
  const failed = failures.map((f) => `> \u274C ${escapeMarkdown(f)}
`).join("");
  const top = `${head}${table2}${batchPart}${failed ? `
${failed}` : ""}`;
  const each = Math.max(
    2e3,
    Math.floor((SUMMARY_LIMIT - top.length - 1e4) / Math.max(1, outcomes.length))
  );
  const sections = outcomes.map(({ monitor, verdict, result: result2 }) => {
    const body = result2.summary.length > each ? `${renderHeadline(verdict)}

${renderReasons(verdict)}
${renderActions(result2.effects.records)}
The tables did not fit the job summary; the report has them: ${escapeMarkdown(monitor.config.reportPath)}
` : result2.summary;
    return `<details><summary><b>${html(monitor.key)}</b> \u2014 ${STATUS[verdict.status]}</summary>

${body}

</details>
`;
  });
  return `${top}
${sections.join("\n")}`;
}

// src/monitors/upstream.ts
var UPSTREAM_RULE_PREFIX = "depends-on:";
function upstreamReason(due) {
  const others = due.origins.filter((o) => o !== due.key);
  return `upstream model '${due.key}' is due, and this model depends on it` + (others.length > 0 ? ` ('${due.key}' is due through ${others.map((o) => `'${o}'`).join(", ")})` : "");
}
function withUpstream(verdict, upstream) {
  if (upstream.due.length > 0) {
    return {
      ...verdict,
      status: "due",
      assessed: "due",
      triggered: true,
      reasons: [...verdict.reasons, ...upstream.due.map(upstreamReason)],
      failedRules: [...verdict.failedRules, ...upstream.due.map((d) => `${UPSTREAM_RULE_PREFIX}${d.key}`)]
    };
  }
  if (upstream.unknown.length === 0 || verdict.assessed !== "healthy") return verdict;
  const undecided = [
    ...verdict.undecided,
    ...upstream.unknown.map((key) => `upstream model '${key}' could not be decided`)
  ];
  const onUnknown = verdict.onUnknown;
  const status = onUnknown === "healthy" || onUnknown === "due" ? onUnknown : "unknown";
  return {
    ...verdict,
    status,
    assessed: "unknown",
    triggered: status === "due",
    undecided,
    reasons: status === "due" ? [...verdict.reasons, `could not decide, and on-unknown is 'due': ${undecided.join("; ")}`] : verdict.reasons
  };
}

// src/monitors/run.ts
var EVALUATE_AT_ONCE = 4;
var ACT_AT_ONCE = 8;
var BATCH_KEY = "batch";
function runStatus(statuses) {
  if (statuses.includes("due")) return "due";
  return statuses.includes("unknown") ? "unknown" : "healthy";
}
async function runMonitors(run3, options) {
  const log = options.log ?? (() => {
  });
  const own = await mapLimit(
    run3.monitors,
    EVALUATE_AT_ONCE,
    (m) => (
      // Progress of long reads goes to the log, marked with the monitor (monitors are read side by side).
      named(m, () => evaluateMonitor(m.config, { log: (line) => log(`[${m.key}] ${line}`) }, options.repo))
    )
  );
  const verdicts = new Map(run3.monitors.map((m, i) => [m.key, own[i]]));
  propagate(
    run3.monitors,
    run3.order,
    new Map([...verdicts].map(([key, v]) => [key, v.status])),
    (key, upstream) => {
      const settled = withUpstream(verdicts.get(key), upstream);
      verdicts.set(key, settled);
      return settled.status;
    }
  );
  for (const m of run3.monitors) options.onVerdict?.(m, verdicts.get(m.key));
  await writeIndex(run3, "unknown", {});
  const wantsGitHub = run3.monitors.some((m) => m.config.alert.enabled || m.config.dispatch) || run3.batch;
  const github = options.repo && run3.githubToken && wantsGitHub ? shareGitHub(run3.githubToken, options.repo, { log, ...options.client }) : void 0;
  const covered = run3.batch ? run3.monitors.filter((m) => m.config.dispatch === null) : [];
  const batch = run3.batch ? await batchDispatch(run3, run3.batch, covered, verdicts, options, github) : null;
  const note = batch ? noteOf(batch) : void 0;
  const onBranch = run3.monitors.some((m) => m.config.history.store?.kind === "branch");
  const outcomes = await mapLimit(run3.monitors, onBranch ? 1 : ACT_AT_ONCE, async (monitor) => {
    const verdict = verdicts.get(monitor.key);
    const inBatch = note !== void 0 && verdict.triggered && covered.includes(monitor);
    const result2 = await named(
      monitor,
      () => actOnVerdict(monitor.config, verdict, {
        repo: options.repo,
        ...options.env ? { env: options.env } : {},
        log: (line) => log(`[${monitor.key}] ${line}`),
        ...github ? { github } : {},
        ...inBatch ? { batchDispatch: note } : {}
      })
    );
    if (inBatch && note.dispatched) {
      result2.effects = {
        ...result2.effects,
        dispatched: true,
        ...note.runId !== void 0 ? { runId: note.runId } : {},
        ...note.runUrl !== void 0 ? { runUrl: note.runUrl } : {}
      };
    }
    return { monitor, verdict, result: result2 };
  });
  const entries = /* @__PURE__ */ Object.create(null);
  for (const { monitor, verdict, result: result2 } of outcomes)
    entries[monitor.key] = entryOf(monitor, verdict, result2);
  const status = runStatus(outcomes.map((o) => o.verdict.status));
  await writeIndex(run3, status, entries);
  const failures = [
    ...batch?.failures.map((f) => `batch-dispatch: ${f}`) ?? [],
    ...outcomes.flatMap((o) => o.result.effects.failures.map((f) => `${o.monitor.key}: ${f}`))
  ];
  const summary2 = redactor(allSecrets(run3))(renderMonitorsSummary(outcomes, batch, failures));
  return { status, outcomes, batch, failures, entries, summary: summary2 };
}
function allSecrets(run3) {
  return [
    ...run3.secrets,
    ...run3.monitors.flatMap((m) => [...m.config.secrets, ...externalSecrets(m.config)])
  ];
}
async function named(monitor, work) {
  try {
    return await work();
  } catch (error) {
    const label = `monitors[${monitor.index}] (${monitor.key})`;
    if (error instanceof InputError) throw new InputError(`${label}: ${error.message}`);
    throw new Error(`${label}: ${messageOf(error)}`, { cause: error });
  }
}
function entryOf(monitor, verdict, result2) {
  const { effects } = result2;
  return {
    status: verdict.status,
    reasons: result2.report.reasons,
    issue: effects.issueNumber !== void 0 ? { number: effects.issueNumber, url: effects.issueUrl ?? "" } : null,
    dispatched: effects.dispatched,
    run: effects.runId !== void 0 || effects.runUrl !== void 0 ? { id: effects.runId ?? null, url: effects.runUrl ?? null } : null,
    report: monitor.config.reportPath
  };
}
async function writeIndex(run3, status, entries) {
  const reports = Object.fromEntries(run3.monitors.map((m) => [m.key, m.config.reportPath]));
  const monitors = Object.fromEntries(
    run3.monitors.map((m) => [m.key, entries[m.key] ?? { status: "unknown", report: reports[m.key] }])
  );
  const index = {
    kind: "retrain-trigger-monitors",
    version: 1,
    status,
    triggered: status === "due",
    monitors
  };
  try {
    await writeFile(run3.reportPath, `${JSON.stringify(redactDeepText(index, allSecrets(run3)), null, 2)}
`);
  } catch (error) {
    throw new InputError(
      `report-path: cannot write the run's index of monitors '${run3.reportPath}': ${messageOf(error)}`
    );
  }
}
function redactDeepText(value2, secrets) {
  const redact = redactor(secrets);
  return JSON.parse(redact(JSON.stringify(value2)));
}
async function batchDispatch(run3, dispatch, covered, verdicts, options, github) {
  const due = covered.filter((m) => verdicts.get(m.key)?.triggered);
  const models = due.map((m) => m.key);
  const first = run3.monitors[0].config;
  const config = { ...first, monitorKey: BATCH_KEY, monitorTitle: BATCH_KEY, dispatch };
  const verdict = batchVerdict(due, verdicts, first);
  const redact = redactor(allSecrets(run3));
  if (!options.repo || !github) {
    const why = !options.repo ? "not connected to a GitHub repository" : "github-token is empty";
    const record = {
      kind: "dispatch",
      outcome: due.length > 0 ? "planned" : "skipped",
      detail: due.length > 0 ? `would dispatch ${dispatch.workflow ?? `repository_dispatch '${dispatch.eventType}'`} once for ${models.join(", ")} (${why})` : "No model covered by batch-dispatch is due: nothing dispatched."
    };
    const failures = options.repo && due.length > 0 ? [`batch-dispatch: ${why}`] : [];
    return { dispatched: false, records: [record], failures };
  }
  const result2 = await dispatchRetraining({
    client: github.client,
    repo: options.repo,
    config,
    dispatch,
    verdict,
    now: /* @__PURE__ */ new Date(),
    log: (line) => options.log?.(`[batch] ${redact(line)}`),
    models,
    reads: github.dispatchReads,
    ...options.race ? { race: options.race } : {}
  });
  return {
    ...result2,
    records: result2.records.map((r) => ({ ...r, detail: redact(r.detail), outcome: redact(r.outcome) })),
    failures: result2.failures.map(redact)
  };
}
function batchVerdict(due, verdicts, first) {
  const of = (m) => verdicts.get(m.key);
  const triggered = due.length > 0;
  return {
    status: triggered ? "due" : "healthy",
    assessed: triggered ? "due" : "healthy",
    triggered,
    reasons: due.flatMap((m) => of(m).reasons.map((r) => `${m.key}: ${r}`)),
    undecided: [],
    onUnknown: first.onUnknown,
    failedRules: due.flatMap((m) => of(m).failedRules.map((r) => `${m.key}:${r}`)),
    rules: [],
    drift: null,
    evidence: {
      current: { values: /* @__PURE__ */ new Map(), metadata: /* @__PURE__ */ new Map(), sources: /* @__PURE__ */ new Map(), files: [] },
      baseline: null,
      drift: null
    }
  };
}
function noteOf(batch) {
  const last = batch.records[batch.records.length - 1];
  return {
    line: last ? `batch-dispatch: ${escapeMarkdown(last.outcome)} \u2014 ${escapeMarkdown(last.detail)}` : "",
    dispatched: batch.dispatched,
    ...batch.runId !== void 0 ? { runId: batch.runId } : {},
    ...batch.runUrl !== void 0 ? { runUrl: batch.runUrl } : {}
  };
}

// src/report/terminal.ts
var num2 = (x) => x === null || x === void 0 || Number.isNaN(x) ? "-" : formatNumber(x);
function columns(rows) {
  const widths = rows[0]?.map(
    (_, i) => Math.min(
      48,
      rows.reduce((w, r) => Math.max(w, (r[i] ?? "").length), 0)
    )
  ) ?? [];
  return rows.map((r) => r.map((cell2, i) => i === r.length - 1 ? cell2 : cell2.padEnd(widths[i] ?? 0)).join("  ")).join("\n");
}
var MAX_ROWS = 40;
function renderTerminal(verdict, records, failures) {
  return renderTerminalVerdict(verdict) + renderTerminalActions(records, failures);
}
function renderTerminalVerdict(verdict) {
  const out = [];
  out.push(headline(verdict));
  for (const reason of verdict.reasons) out.push(`  - ${escapeLog(reason)}`);
  for (const cause of verdict.undecided) out.push(`  - could not evaluate: ${escapeLog(cause)}`);
  const changes = describeChanges(verdict.evidence.quality, {
    name: escapeLog,
    label: (text) => `'${escapeLog(text)}'`
  });
  if (changes.length > 0) {
    out.push("", "What changed in the data:");
    for (const line of changes) out.push(`  - ${line}`);
  }
  if (verdict.rules.length > 0) {
    out.push("", "Rules:");
    const rows = rulesByOutcome(verdict.rules).map((r) => [
      (r.outcome === "triggered" ? "TRIGGERED" : r.outcome === "error" ? "ERROR" : "ok") + (r.standing && r.standing.state !== "inactive" ? ` (${r.standing.text})` : ""),
      escapeLog(r.id),
      escapeLog(r.expression),
      r.outcome === "error" ? escapeLog(r.error ?? "") : Object.entries(r.values).map(([k, v]) => `${escapeLog(k)}=${num2(v)}`).join(", ")
    ]);
    out.push(columns([["outcome", "rule", "expression", "values"], ...rows]).replace(/^/gm, "  "));
    for (const r of verdict.rules) {
      if (r.description) out.push(`  ${escapeLog(r.id)}: ${escapeLog(r.description)}`);
    }
  }
  const drift = verdict.evidence.drift;
  if (drift) {
    const state = verdict.drift?.undecided ? `COULD NOT BE DECIDED (${escapeLog(verdict.drift.undecided)})` : drift.detected ? "DETECTED" : "not detected";
    out.push(
      "",
      `Data drift: ${state} \u2014 ${drift.count} of ${drift.tested} features drifted (share ${num2(drift.share)}, threshold ${num2(drift.threshold)})`
    );
    const features = [...drift.features].sort(bySeverity);
    const rows = features.slice(0, MAX_ROWS).map((f) => [
      f.status,
      escapeLog(f.name),
      f.method,
      num2(f.statistic),
      f.pValue === null ? "-" : num2(f.adjustedPValue ?? f.pValue),
      num2(f.threshold),
      `${f.referenceSize}/${f.currentSize}`
    ]);
    out.push(
      columns([
        ["status", "feature", "method", "statistic", "p-value", "threshold", "rows"],
        ...rows
      ]).replace(/^/gm, "  ")
    );
    if (features.length > MAX_ROWS)
      out.push(`  \u2026 ${features.length - MAX_ROWS} more features in the JSON report`);
    for (const w of drift.warnings) out.push(`  warning: ${escapeLog(w)}`);
  }
  const metrics = verdict.evidence.current.values;
  if (metrics.size > 0) {
    out.push("", `Metrics (${metrics.size}):`);
    const baseline = verdict.evidence.baseline?.values;
    const rows = metricOrder(verdict).slice(0, MAX_ROWS).map((name) => {
      const b = baseline?.get(name);
      return [escapeLog(name), num2(metrics.get(name)), b === void 0 ? "" : `baseline ${num2(b)}`];
    });
    out.push(columns(rows).replace(/^/gm, "  "));
    if (metrics.size > MAX_ROWS) out.push(`  \u2026 ${metrics.size - MAX_ROWS} more in the JSON report`);
  }
  const metadata = verdict.evidence.current.metadata;
  if (metadata.size > 0) {
    out.push("", `Metadata (${metadata.size}):`);
    const rows = [...metadata].slice(0, MAX_ROWS).map(([name, value2]) => [escapeLog(name), escapeLog(metadataText(value2))]);
    out.push(columns(rows).replace(/^/gm, "  "));
  }
  return out.join("\n") + "\n";
}
function renderTerminalActions(records, failures) {
  const out = [];
  if (records.length > 0) {
    out.push("", "Actions:");
    for (const r of records)
      out.push(`  - ${r.kind}: ${escapeLog(r.outcome)} \u2014 ${escapeLog(r.detail)}${r.url ? ` ${r.url}` : ""}`);
  }
  for (const f of failures) out.push(`error: ${escapeLog(f)}`);
  return out.length > 0 ? out.join("\n") + "\n" : "";
}
function headline(verdict) {
  if (verdict.status === "due") return "RETRAINING IS DUE";
  if (verdict.undecided.length > 0) {
    const treated = verdict.status === "healthy" ? " (treated as healthy: on-unknown is healthy)" : "";
    return `\u26AA Could not decide: ${verdict.undecided.length === 1 ? escapeLog(verdict.undecided[0]) : `${verdict.undecided.length} parts of the verdict could not be evaluated`}${treated}`;
  }
  return "No retraining needed";
}

// src/main.ts
async function run2() {
  const secrets = secretValues((name) => getInput(name), process.env);
  for (const secret of secrets) setSecret(secret);
  const redact = redactor(secrets);
  const log = (text) => escapeLogLines(redact(text));
  try {
    const loaded = await loadRun((name) => getInput(name), {
      cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
      env: process.env
    });
    if (loaded.kind === "monitors") {
      await runAllMonitors(loaded.run, log);
      return;
    }
    const config = loaded.config;
    for (const secret of externalSecrets(config)) setSecret(secret);
    if (config.gate) {
      await runGateStep(config, log);
      return;
    }
    const result2 = await runPipeline(config, {
      repo: repoFromEnv(process.env),
      env: process.env,
      log: (line) => info(log(line)),
      section: (title, work) => group(log(title), work),
      onVerdict: (verdict2) => {
        info(log(renderTerminalVerdict(verdict2)));
        warnAbout(verdict2, log);
      }
    });
    setOutputs(config, result2);
    info(log(renderTerminalActions(result2.effects.records, result2.effects.failures)));
    await writeSummary(result2.summary, log);
    const { verdict, effects } = result2;
    if (effects.failures.length > 0) {
      setFailed(log(effects.failures.join("\n")));
    } else if (verdict.assessed === "unknown" && config.onUnknown === "fail") {
      setFailed(log(`Could not decide (on-unknown is 'fail'): ${verdict.undecided.join("; ")}`));
    } else if (verdict.triggered && config.failOnTrigger) {
      setFailed(log(`Retraining is due: ${verdict.reasons.join("; ")}`));
    }
  } catch (error) {
    const message = error instanceof InputError ? error.message : `retrain-trigger failed unexpectedly: ${messageOf(error)}`;
    if (!(error instanceof InputError) && error instanceof Error && error.stack) debug(log(error.stack));
    setFailed(log(message));
    await writeSummary(
      `### \u274C retrain-trigger could not run

\`\`\`text
${redact(message).replace(/`{3,}/g, "``")}
\`\`\`

Nothing was evaluated or done on GitHub; fix the input above and run again.
`,
      log
    );
  }
}
function warnAbout(verdict, log, monitor = "") {
  for (const cause of verdict.undecided) warning(log(`${monitor}Could not decide: ${cause}`));
  for (const warning2 of verdict.evidence.drift?.warnings ?? []) warning(log(`${monitor}${warning2}`));
}
async function runAllMonitors(run3, log) {
  for (const secret of allSecrets(run3)) setSecret(secret);
  const result2 = await runMonitors(run3, {
    repo: repoFromEnv(process.env),
    env: process.env,
    log: (line) => info(log(line)),
    onVerdict: (monitor, verdict) => {
      info(log(`\u2500\u2500 monitor ${monitor.key} \u2500\u2500
${renderTerminalVerdict(verdict)}`));
      warnAbout(verdict, log, `${monitor.key}: `);
    }
  });
  setMonitorsOutputs(run3, result2);
  for (const { monitor, result: r } of result2.outcomes) {
    info(
      log(
        `\u2500\u2500 monitor ${monitor.key}: actions \u2500\u2500
${renderTerminalActions(r.effects.records, r.effects.failures)}`
      )
    );
  }
  await writeSummary(result2.summary, log);
  const undecided = result2.outcomes.filter(
    (o) => o.verdict.assessed === "unknown" && o.monitor.config.onUnknown === "fail"
  );
  const due = result2.outcomes.filter((o) => o.verdict.triggered && o.monitor.config.failOnTrigger);
  if (result2.failures.length > 0) {
    setFailed(log(result2.failures.join("\n")));
  } else if (undecided.length > 0) {
    setFailed(
      log(
        `Could not decide (on-unknown is 'fail'): ${undecided.map((o) => `${o.monitor.key}: ${o.verdict.undecided.join("; ")}`).join("; ")}`
      )
    );
  } else if (due.length > 0) {
    setFailed(
      log(
        `Retraining is due: ${due.map((o) => `${o.monitor.key}: ${o.verdict.reasons.join("; ")}`).join("; ")}`
      )
    );
  }
}
function setMonitorsOutputs(run3, result2) {
  const each = (pick, join4) => result2.outcomes.flatMap((o) => pick(o).map((item) => `${o.monitor.key}${join4}${String(item)}`));
  const drifts = result2.outcomes.map((o) => o.verdict.evidence.drift).filter((d) => d !== null);
  setOutput("status", result2.status);
  setOutput("triggered", String(result2.status === "due"));
  setOutput("reasons", JSON.stringify(each((o) => o.verdict.reasons, ": ")));
  setOutput("failed-rules", JSON.stringify(each((o) => o.verdict.failedRules, ":")));
  setOutput("report", run3.reportPath);
  setOutput("drift-detected", String(drifts.some((d) => d.detected)));
  setOutput(
    "drifted-features",
    JSON.stringify(each((o) => driftedFeatures(o.verdict.evidence.drift), ":"))
  );
  setOutput("drift-share", String(Math.max(0, ...drifts.map((d) => d.share))));
  setOutput("issue-number", "");
  setOutput("issue-url", "");
  setOutput("dispatched", String(result2.outcomes.some((o) => o.result.effects.dispatched)));
  setOutput("run-id", result2.batch?.runId !== void 0 ? String(result2.batch.runId) : "");
  setOutput("run-url", result2.batch?.runUrl ?? "");
  setOutput("monitors", JSON.stringify(result2.entries));
}
async function runGateStep(config, log) {
  const result2 = await runGatePipeline(config, {
    repo: repoFromEnv(process.env),
    log: (line) => info(log(line))
  });
  const { verdict, effects } = result2;
  setOutput("promote", String(verdict.promote));
  setOutput("gate-results", JSON.stringify(verdict.gates));
  setOutput("report", config.reportPath);
  setOutput("issue-number", effects.issueNumber !== void 0 ? String(effects.issueNumber) : "");
  setOutput("dispatched", String(effects.dispatched));
  setOutput("run-id", effects.runId !== void 0 ? String(effects.runId) : "");
  setOutput("run-url", effects.runUrl ?? "");
  info(log(renderGateTerminal(verdict)));
  await writeSummary(result2.summary, log);
  if (effects.failures.length > 0) {
    setFailed(log(effects.failures.join("\n")));
  } else if (!verdict.promote && config.gate?.failOnReject) {
    setFailed(log(`Candidate rejected by ${verdict.rejectedBy.join(", ") || "no gates"}`));
  }
}
function setOutputs(config, { verdict, effects }) {
  const drift = verdict.evidence.drift;
  setOutput("status", verdict.status);
  setOutput("triggered", String(verdict.triggered));
  setOutput("reasons", JSON.stringify(verdict.reasons));
  setOutput("failed-rules", JSON.stringify(verdict.failedRules));
  setOutput("report", config.reportPath);
  setOutput("drift-detected", String(drift?.detected ?? false));
  setOutput("drifted-features", JSON.stringify(driftedFeatures(drift ?? null)));
  setOutput("drift-share", String(drift?.share ?? 0));
  setOutput("issue-number", effects.issueNumber !== void 0 ? String(effects.issueNumber) : "");
  setOutput("issue-url", effects.issueUrl ?? "");
  setOutput("dispatched", String(effects.dispatched));
  setOutput("run-id", effects.runId !== void 0 ? String(effects.runId) : "");
  setOutput("run-url", effects.runUrl ?? "");
}
async function writeSummary(markdown, log) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await summary.addRaw(markdown, true).write();
  } catch (error) {
    warning(log(`could not write the job summary: ${messageOf(error)}`));
  }
}
function repoFromEnv(env) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) return null;
  const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
  return {
    owner,
    repo,
    serverUrl,
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    ...env.GITHUB_RUN_ID ? {
      runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`,
      runId: env.GITHUB_RUN_ID,
      runAttempt: Number(env.GITHUB_RUN_ATTEMPT) || 1
    } : {},
    ...env.GITHUB_WORKFLOW ? { workflow: env.GITHUB_WORKFLOW } : {},
    ...env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}
  };
}

export {
  INPUT_PLACES,
  OTHER_INPUTS,
  secretValues,
  escapeLogLines,
  redactor,
  renderGateTerminal,
  runGatePipeline,
  runPipeline,
  loadRun,
  runMonitors,
  renderTerminal,
  run2 as run,
  repoFromEnv
};
/*! For license information please see chunk-NP6QD74A.js.LEGAL.txt */
