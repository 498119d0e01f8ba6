// A small closed-loop load generator shared by the reliability tests and `pnpm bench`: N workers,
// each sending its next request as soon as the previous one answered. Records every outcome.
// Plain node:http with keep-alive: far less client CPU than fetch, which matters on 2 shared cores.
/* global performance, Buffer */
import { Agent, request as httpRequest } from 'node:http';

/**
 * @typedef {{ body: string | Uint8Array, contentType?: string, id?: string }} LoadRequest
 * @typedef {{ index: number, id: string | undefined, status: number, ms: number, error?: string }} LoadResult
 */

/**
 * Sends every request to `url` with `concurrency` requests in flight.
 * @param {string} url
 * @param {LoadRequest[]} requests
 * @param {{ concurrency: number, onResult?: (r: LoadResult) => void }} options
 * @returns {Promise<LoadResult[]>}
 */
export async function runLoad(url, requests, { concurrency, onResult }) {
  /** @type {LoadResult[]} */
  const results = new Array(requests.length);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let next = 0;
  async function worker() {
    while (next < requests.length) {
      const index = next++;
      const req = requests[index];
      const started = performance.now();
      /** @type {LoadResult} */
      let result;
      try {
        const status = await post(agent, url, req);
        result = { index, id: req.id, status, ms: performance.now() - started };
      } catch (error) {
        result = {
          index,
          id: req.id,
          status: 0,
          ms: performance.now() - started,
          error: String(error?.code ?? error),
        };
      }
      results[index] = result;
      onResult?.(result);
    }
  }
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    agent.destroy();
  }
  return results;
}

/**
 * One POST; resolves to the status once the whole answer has arrived.
 * @param {Agent} agent
 * @param {string} url
 * @param {LoadRequest} req
 * @returns {Promise<number>}
 */
function post(agent, url, req) {
  return new Promise((resolve, reject) => {
    const body = typeof req.body === 'string' ? Buffer.from(req.body) : req.body;
    const r = httpRequest(url, {
      method: 'POST',
      agent,
      headers: {
        'content-type': req.contentType ?? 'application/json',
        'content-length': body.byteLength,
      },
    });
    r.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    r.on('error', reject);
    r.end(body);
  });
}

/**
 * The q-quantile (0..1) of a list of numbers, nearest-rank.
 * @param {number[]} values
 * @param {number} q
 */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
