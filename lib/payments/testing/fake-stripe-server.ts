import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the few Stripe endpoints the app calls, for tests and e2e: the official
 * SDK talks to it through STRIPE_API_HOST/PORT/PROTOCOL (see stripe/client.ts). It keeps the
 * objects it made, answers with Stripe's JSON shapes, honours Idempotency-Key on POSTs, and
 * records every request so a test can assert what was sent.
 */
export type RecordedRequest = { method: string; path: string; body: Record<string, unknown>; idempotencyKey: string | null; apiKey: string | null };

type Obj = Record<string, unknown> & { id: string };

const rid = (prefix: string) => `${prefix}_test_${randomBytes(12).toString('hex')}`;
const now = () => Math.floor(Date.now() / 1000);

/** `a[b][0][c]=1` form fields → nested objects/arrays (Stripe's encoding, as the SDK sends it). */
export function parseStripeForm(raw: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const parts = key.replace(/\]/g, '').split('[');
    let node: Record<string, unknown> | unknown[] = root;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const container = node as Record<string, unknown>;
      if (last) {
        container[part] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(parts[i + 1]!);
      container[part] ??= nextIsIndex ? [] : {};
      node = container[part] as Record<string, unknown>;
    });
  }
  return root;
}

function stripeError(res: ServerResponse, status: number, message: string, code?: string) {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': rid('req') });
  res.end(JSON.stringify({ error: { type: status === 404 ? 'invalid_request_error' : 'invalid_request_error', message, ...(code ? { code } : {}) } }));
}

export class FakeStripeServer {
  readonly requests: RecordedRequest[] = [];
  readonly sessions = new Map<string, Obj>();
  readonly paymentIntents = new Map<string, Obj>();
  readonly refunds = new Map<string, Obj>();
  /** Stripe Billing (the platform's own account): customers, subscriptions, portal sessions. */
  readonly customers = new Map<string, Obj>();
  readonly subscriptions = new Map<string, Obj>();
  readonly portalSessions = new Map<string, Obj>();
  private readonly idempotent = new Map<string, { status: number; body: unknown }>();
  private failures: { method: string; path: RegExp; status: number; message: string }[] = [];
  private server: Server | undefined;
  port = 0;

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Points the SDK (stripeFor) at this server. */
  useForStripeClient() {
    process.env.STRIPE_API_HOST = '127.0.0.1';
    process.env.STRIPE_API_PORT = String(this.port);
    process.env.STRIPE_API_PROTOCOL = 'http';
  }

  async stop() {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next matching request gets this error instead of an answer (once). */
  failNext(method: string, path: RegExp, status = 500, message = 'Something went wrong on Stripe’s end.') {
    this.failures.push({ method, path, status, message });
  }

  requestsTo(method: string, path: RegExp) {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** The shopper paid a session: a succeeded PaymentIntent with a charge, as Stripe would have it. */
  completeSession(sessionId: string): { session: Obj; paymentIntent: Obj } {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`No session ${sessionId}`);
    const paymentIntent = this.addPaymentIntent({ amount: session.amount_total as number, currency: session.currency as string, metadata: (session.payment_intent_metadata ?? {}) as Record<string, string> });
    Object.assign(session, { status: 'complete', payment_status: 'paid', payment_intent: paymentIntent.id });
    return { session: this.publicSession(session), paymentIntent };
  }

  /** A subscription for a customer on one price, as Stripe Billing would hold it (an item per price). */
  addSubscription({ customer, price, status = 'active', metadata = {} }: { customer: string; price: string; status?: string; metadata?: Record<string, string> }): Obj {
    const periodEnd = now() + 30 * 86_400;
    const id = rid('sub');
    const subscription: Obj = {
      id,
      object: 'subscription',
      customer,
      status,
      metadata,
      cancel_at_period_end: false,
      created: now(),
      items: { object: 'list', data: [{ id: rid('si'), object: 'subscription_item', price: { id: price, object: 'price' }, quantity: 1, current_period_end: periodEnd }] },
      livemode: false,
    };
    this.subscriptions.set(id, subscription);
    return subscription;
  }

  /** The customer paid a subscription-mode Checkout Session: its subscription exists and the session links to it. */
  completeSubscriptionSession(sessionId: string): { session: Obj; subscription: Obj } {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`No session ${sessionId}`);
    const subscription = this.addSubscription({
      customer: String(session.customer),
      price: String(session.subscription_price),
      metadata: (session.subscription_metadata ?? {}) as Record<string, string>,
    });
    Object.assign(session, { status: 'complete', payment_status: 'paid', subscription: subscription.id });
    return { session: this.publicSession(session), subscription };
  }

  addPaymentIntent({ amount, currency, metadata = {}, status = 'succeeded' }: { amount: number; currency: string; metadata?: Record<string, string>; status?: string }): Obj {
    const pi: Obj = {
      id: rid('pi'),
      object: 'payment_intent',
      amount,
      amount_received: status === 'succeeded' ? amount : 0,
      currency,
      status,
      metadata,
      latest_charge: status === 'succeeded' ? rid('ch') : null,
      created: now(),
      livemode: false,
    };
    this.paymentIntents.set(pi.id, pi);
    return pi;
  }

  private publicSession(session: Obj): Obj {
    const { payment_intent_metadata: _hidden, subscription_price: _price, subscription_metadata: _metadata, ...rest } = session;
    return rest as Obj;
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const body = method === 'GET' ? Object.fromEntries(url.searchParams) : parseStripeForm(raw);
    const idempotencyKey = (req.headers['idempotency-key'] as string | undefined) ?? null;
    const auth = req.headers.authorization ?? '';
    this.requests.push({ method, path: url.pathname, body, idempotencyKey, apiKey: auth.replace(/^Bearer\s+/i, '') || null });

    const failure = this.failures.findIndex((f) => f.method === method && f.path.test(url.pathname));
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1);
      return stripeError(res, f!.status, f!.message);
    }
    const replayKey = method === 'POST' && idempotencyKey ? `${url.pathname}|${idempotencyKey}` : null;
    const replay = replayKey ? this.idempotent.get(replayKey) : undefined;
    if (replay) return this.json(res, replay.status, replay.body, true);

    const [status, answer] = this.route(method, url.pathname, body);
    if (replayKey && status < 500) this.idempotent.set(replayKey, { status, body: answer });
    return this.json(res, status, answer);
  }

  private json(res: ServerResponse, status: number, body: unknown, replayed = false) {
    res.writeHead(status, { 'content-type': 'application/json', 'request-id': rid('req'), ...(replayed ? { 'idempotent-replayed': 'true' } : {}) });
    res.end(JSON.stringify(body));
  }

  private route(method: string, path: string, body: Record<string, unknown>): [number, unknown] {
    let m: RegExpExecArray | null;
    if (method === 'POST' && path === '/v1/checkout/sessions') return this.createSession(body);
    if ((m = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path)) && method === 'GET') {
      const session = this.sessions.get(m[1]!);
      return session ? [200, this.publicSession(session)] : this.missing('checkout.session', m[1]!);
    }
    if ((m = /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/.exec(path)) && method === 'POST') {
      const session = this.sessions.get(m[1]!);
      if (!session) return this.missing('checkout.session', m[1]!);
      if (session.status !== 'open') return [400, { error: { type: 'invalid_request_error', message: `This Checkout Session is not in an expirable state (status: ${String(session.status)}).` } }];
      session.status = 'expired';
      return [200, this.publicSession(session)];
    }
    if (method === 'POST' && path === '/v1/refunds') return this.createRefund(body);
    if (method === 'POST' && path === '/v1/customers') return this.createCustomer(body);
    if ((m = /^\/v1\/customers\/([^/]+)$/.exec(path)) && method === 'GET') {
      const customer = this.customers.get(m[1]!);
      return customer ? [200, customer] : this.missing('customer', m[1]!);
    }
    if ((m = /^\/v1\/subscriptions\/([^/]+)$/.exec(path)) && method === 'GET') {
      const subscription = this.subscriptions.get(m[1]!);
      return subscription ? [200, subscription] : this.missing('subscription', m[1]!);
    }
    if (method === 'POST' && path === '/v1/billing_portal/sessions') return this.createPortalSession(body);
    if ((m = /^\/v1\/payment_intents\/([^/]+)$/.exec(path)) && method === 'GET') {
      const pi = this.paymentIntents.get(m[1]!);
      return pi ? [200, pi] : this.missing('payment_intent', m[1]!);
    }
    if ((m = /^\/v1\/payment_intents\/([^/]+)\/cancel$/.exec(path)) && method === 'POST') {
      const pi = this.paymentIntents.get(m[1]!);
      if (!pi) return this.missing('payment_intent', m[1]!);
      if (pi.status === 'succeeded' || pi.status === 'canceled') {
        return [400, { error: { type: 'invalid_request_error', code: 'payment_intent_unexpected_state', message: `You cannot cancel this PaymentIntent because it has a status of ${String(pi.status)}.` } }];
      }
      pi.status = 'canceled';
      return [200, pi];
    }
    return [404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path}).` } }];
  }

  private missing(kind: string, id: string): [number, unknown] {
    return [404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${kind}: '${id}'` } }];
  }

  private createSession(body: Record<string, unknown>): [number, unknown] {
    if (body.mode === 'subscription') return this.createSubscriptionSession(body);
    const lines = (body.line_items ?? []) as { quantity?: string; price_data?: { currency?: string; unit_amount?: string } }[];
    if (lines.length === 0) return [400, { error: { type: 'invalid_request_error', message: 'line_items is required in payment mode.' } }];
    const expiresAt = Number(body.expires_at ?? now() + 86_400);
    if (expiresAt < now() + 30 * 60 - 5 || expiresAt > now() + 24 * 3600 + 5) {
      return [400, { error: { type: 'invalid_request_error', param: 'expires_at', message: 'The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.' } }];
    }
    const amountTotal = lines.reduce((sum, l) => sum + Number(l.price_data?.unit_amount ?? 0) * Number(l.quantity ?? 1), 0);
    const id = rid('cs');
    const intentData = (body.payment_intent_data ?? {}) as { metadata?: Record<string, string> };
    const session: Obj = {
      id,
      object: 'checkout.session',
      mode: body.mode ?? 'payment',
      amount_total: amountTotal,
      amount_subtotal: amountTotal,
      currency: lines[0]?.price_data?.currency ?? 'usd',
      customer_email: body.customer_email ?? null,
      client_reference_id: body.client_reference_id ?? null,
      metadata: body.metadata ?? {},
      expires_at: expiresAt,
      success_url: body.success_url ?? null,
      cancel_url: body.cancel_url ?? null,
      payment_intent: null,
      payment_status: 'unpaid',
      status: 'open',
      url: `https://checkout.stripe.test/c/pay/${id}`,
      created: now(),
      livemode: false,
      payment_intent_metadata: intentData.metadata ?? {},
    };
    this.sessions.set(id, session);
    return [200, this.publicSession(session)];
  }

  private createSubscriptionSession(body: Record<string, unknown>): [number, unknown] {
    const lines = (body.line_items ?? []) as { price?: string; quantity?: string }[];
    if (lines.length === 0 || !lines[0]!.price) return [400, { error: { type: 'invalid_request_error', message: 'line_items[0][price] is required in subscription mode.' } }];
    if (body.customer && !this.customers.has(String(body.customer))) return this.missing('customer', String(body.customer));
    const id = rid('cs');
    const subscriptionData = (body.subscription_data ?? {}) as { metadata?: Record<string, string> };
    const session: Obj = {
      id,
      object: 'checkout.session',
      mode: 'subscription',
      amount_total: null,
      currency: 'usd',
      customer: body.customer ?? null,
      client_reference_id: body.client_reference_id ?? null,
      metadata: body.metadata ?? {},
      success_url: body.success_url ?? null,
      cancel_url: body.cancel_url ?? null,
      subscription: null,
      payment_status: 'unpaid',
      status: 'open',
      url: `https://checkout.stripe.test/c/pay/${id}`,
      created: now(),
      expires_at: now() + 86_400,
      livemode: false,
      subscription_price: lines[0]!.price,
      subscription_metadata: subscriptionData.metadata ?? {},
    };
    this.sessions.set(id, session);
    return [200, this.publicSession(session)];
  }

  private createCustomer(body: Record<string, unknown>): [number, unknown] {
    const customer: Obj = { id: rid('cus'), object: 'customer', email: body.email ?? null, name: body.name ?? null, metadata: body.metadata ?? {}, created: now(), livemode: false };
    this.customers.set(customer.id, customer);
    return [200, customer];
  }

  private createPortalSession(body: Record<string, unknown>): [number, unknown] {
    const customer = String(body.customer ?? '');
    if (!this.customers.has(customer)) return this.missing('customer', customer);
    const id = rid('bps');
    const session: Obj = { id, object: 'billing_portal.session', customer, return_url: body.return_url ?? null, flow: body.flow_data ?? null, url: `https://billing.stripe.test/p/session/${id}`, created: now(), livemode: false };
    this.portalSessions.set(id, session);
    return [200, session];
  }

  private createRefund(body: Record<string, unknown>): [number, unknown] {
    const pi = this.paymentIntents.get(String(body.payment_intent ?? ''));
    if (!pi) return this.missing('payment_intent', String(body.payment_intent ?? ''));
    if (pi.status !== 'succeeded') return [400, { error: { type: 'invalid_request_error', message: 'This PaymentIntent does not have a successful charge to refund.' } }];
    const refunded = [...this.refunds.values()].filter((r) => r.payment_intent === pi.id).reduce((s, r) => s + (r.amount as number), 0);
    const remaining = (pi.amount_received as number) - refunded;
    const amount = body.amount === undefined ? remaining : Number(body.amount);
    if (amount <= 0 || amount > remaining) {
      return [400, { error: { type: 'invalid_request_error', code: 'amount_too_large', message: `Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})` } }];
    }
    const refund: Obj = {
      id: rid('re'),
      object: 'refund',
      amount,
      currency: pi.currency,
      charge: pi.latest_charge,
      payment_intent: pi.id,
      reason: body.reason ?? null,
      metadata: body.metadata ?? {},
      status: 'succeeded',
      created: now(),
    };
    this.refunds.set(refund.id, refund);
    return [200, refund];
  }
}

export async function startFakeStripe(): Promise<FakeStripeServer> {
  const server = await new FakeStripeServer().start();
  server.useForStripeClient();
  return server;
}
