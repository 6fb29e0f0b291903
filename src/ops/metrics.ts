import client from 'prom-client';

/**
 * Prometheus metrics: the process's own, plus request counts and durations by route pattern and
 * status (never by URL, which may carry personal values).
 */
export function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'homeward_' });
  const requests = new client.Histogram({
    name: 'homeward_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const outbox = new client.Gauge({
    name: 'homeward_outbox_messages',
    help: 'Outbox messages by delivery state',
    labelNames: ['state'],
    registers: [registry],
  });
  const duplicateChecks = new client.Gauge({
    name: 'homeward_duplicate_check_queue',
    help: 'People awaiting the duplicate check after intake, by whether their lookup keys are indexed yet',
    labelNames: ['keys'],
    registers: [registry],
  });
  return { registry, requests, outbox, duplicateChecks };
}

export type Metrics = ReturnType<typeof createMetrics>;
