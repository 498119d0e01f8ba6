/** Thrown by a route helper that has already built the answer (401, 413, …); `onError` sends it. */
export class HTTPResponse extends Error {
  constructor(readonly response: Response) {
    super(`HTTP ${response.status}`);
  }
}
