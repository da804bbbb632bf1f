import { request } from 'node:http';
import autocannon from 'autocannon';
import { percentile } from './stats';

/** One request: the storefront host (sent as the Host header) and the path on it. */
export type Target = { host: string; path: string };

export type LoadResult = {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  statuses: Record<string, number>;
};

type LoadOptions = { port: number; connections: number; seconds: number; next: () => Target };

/**
 * Drives the server with autocannon; each request gets its own random target. Latencies are
 * kept per response (autocannon's own histogram has no p95).
 */
export function runLoad({ port, connections, seconds, next }: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            setupRequest: (request) => {
              const target = next();
              return { ...request, method: 'GET', path: target.path, headers: { ...request.headers, host: target.host } };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          requests: latencies.length,
          seconds: result.duration,
          rps: latencies.length / result.duration,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          non2xx: latencies.length - count2xx(statuses),
          errors: result.errors + result.timeouts,
          statuses,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
}

function count2xx(statuses: Record<string, number>) {
  return Object.entries(statuses)
    .filter(([code]) => code.startsWith('2'))
    .reduce((sum, [, n]) => sum + n, 0);
}

/** Visits every target once (a few at a time), so cached pages are in the cache before measuring. */
export async function visitAll(port: number, targets: Target[], concurrency = 8): Promise<Record<string, number>> {
  const statuses: Record<string, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const target = targets[next++]!;
      const status = await get(port, target);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return statuses;
}

/** GET with an explicit Host header (fetch will not send one of our choosing); 0 on a network error. */
export function get(port: number, target: Target): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: target.path, headers: { host: target.host } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.setTimeout(15_000, () => req.destroy());
    req.end();
  });
}
