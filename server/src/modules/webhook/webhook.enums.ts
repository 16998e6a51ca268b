/** Where a delivery stands: queued or being retried, answered with a 2xx, or given up on (replayable). */
export enum WebhookDeliveryState {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

/** The pg-boss queue that sends deliveries. */
export const DELIVER_QUEUE = 'webhook.deliver';
