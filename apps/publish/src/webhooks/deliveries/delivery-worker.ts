import { Logger } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { deliveryHeaders } from '../sending/signature';
import { OutgoingRequest } from '../sending/webhook-sender';
import { ClaimedDelivery, DeliveryStore } from './delivery-store';
import { AttemptOutcome, RetrySchedule, describeOutcome, verdictFor } from './retry-policy';

export interface Sender {
  send(request: OutgoingRequest): Promise<AttemptOutcome>;
}

export interface DeliveryWorkerOptions {
  /** Deliveries in flight at once in this process, at most one per subscription. */
  concurrency: number;
  pollMs: number;
  /** The sender's per-attempt bound; a lease lasts well beyond it. */
  timeoutMs: number;
  schedule: RetrySchedule;
}

/**
 * Sends what RecordDeliveries recorded. Each poll leases due deliveries
 * (see DeliveryStore.claimDue: replicas share the work, one delivery in
 * flight per subscription) and sends them concurrently without waiting for
 * one another, so a subscriber that hangs until the timeout occupies one
 * slot and nobody else's. A finished send frees its slot and polls at once.
 * A crash mid-send leaves a lease that runs out, and the delivery is sent
 * again under the same id: at least once, and the id lets the receiver
 * drop the repeat.
 */
export class DeliveryWorker {
  private readonly inFlight = new Map<string, Promise<void>>();
  private timer?: NodeJS.Timeout;
  private polling?: Promise<void>;
  private pollAgain = false;
  private stopped = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: DeliveryStore,
    private readonly sender: Sender,
    private readonly options: DeliveryWorkerOptions,
    private readonly log: Pick<Logger, 'log' | 'warn'> = new Logger('Webhooks'),
  ) {}

  start(): void {
    this.stopped = false;
    this.nudge();
  }

  /** Stops polling and waits for the sends in flight (each bounded by the timeout). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.polling;
    await Promise.all(this.inFlight.values());
  }

  /** Polls now rather than at the next interval: new deliveries are waiting, or a slot came free. */
  nudge(): void {
    if (this.stopped) return;
    if (this.polling) {
      this.pollAgain = true;
      return;
    }
    clearTimeout(this.timer);
    this.polling = this.claimAndSend()
      .catch((error: Error) => this.log.warn(`webhook poll failed, trying again: ${error.message}`))
      .finally(() => {
        this.polling = undefined;
        if (this.stopped) return;
        const again = this.pollAgain;
        this.pollAgain = false;
        this.timer = setTimeout(() => this.nudge(), again ? 0 : this.options.pollMs);
      });
  }

  private async claimAndSend(): Promise<void> {
    const free = this.options.concurrency - this.inFlight.size;
    if (free <= 0) return;
    const leaseMs = this.options.timeoutMs * 2 + 5000;
    const claimed = await this.store.claimDue(this.dataSource, free, leaseMs, [...this.inFlight.keys()]);
    for (const delivery of claimed) {
      const sending = this.deliver(delivery).finally(() => {
        this.inFlight.delete(delivery.subscriptionId);
        this.nudge();
      });
      this.inFlight.set(delivery.subscriptionId, sending);
    }
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    const startedAt = new Date();
    const started = performance.now();
    const outcome = await this.sender.send({
      url: delivery.url,
      headers: deliveryHeaders({ ...delivery, deliveryId: delivery.id, now: startedAt }),
      body: delivery.body,
    });
    const durationMs = performance.now() - started;
    const verdict = verdictFor(outcome, delivery.attempt, this.options.schedule, new Date());
    const result = verdict.kind === 'dead' ? verdict.reason : describeOutcome(outcome);
    if (verdict.kind === 'dead') this.log.warn(`webhook delivery ${delivery.id} is dead: ${verdict.reason}`);
    await this.dataSource
      .transaction((manager) =>
        this.store.finish(manager, {
          delivery,
          startedAt,
          durationMs,
          statusCode: outcome.kind === 'response' ? outcome.status : null,
          error: outcome.kind === 'response' ? null : outcome.error,
          verdict,
          result,
        }),
      )
      // The lease runs out and the delivery goes again: at least once.
      .catch((error: Error) => this.log.warn(`could not record webhook delivery ${delivery.id}: ${error.message}`));
  }
}
