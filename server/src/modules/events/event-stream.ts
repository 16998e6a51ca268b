import type { EventHub } from './event-hub.js';
import type { EventRecord } from './event-record.js';

const REPLAY_PAGE = 500;

export interface StreamOptions {
  keys: readonly string[];
  jobId?: string | null;
  /** Resume strictly after this sequence number. */
  after?: number;
  /** Events buffered before the subscriber counts as too slow and is cut off (it resumes from its cursor). */
  maxBuffered: number;
  onOverflow?: () => void;
}

/**
 * A subscriber's events: first the log after its cursor, then live events, with no gap and no
 * duplicate. It registers with the hub before it notes the hub's head, so every event above that
 * head arrives live; the replay reads the log up to that head. Written as a plain iterator (not an
 * async generator) so that `return()` ends it at once even while it waits.
 */
export class EventStream implements AsyncIterableIterator<EventRecord> {
  private readonly out: EventRecord[] = [];
  private readonly heldDuringReplay: EventRecord[] = [];
  private readonly unsubscribe: () => void;
  private replayUntil: number | null;
  private last: number;
  private waiting: { resolve(result: IteratorResult<EventRecord>): void; reject(error: unknown): void } | null = null;
  private closed = false;

  constructor(
    private readonly hub: EventHub,
    private readonly options: StreamOptions,
  ) {
    this.unsubscribe = hub.subscribe({ keys: options.keys, push: (event) => this.onLive(event) });
    const head = hub.head;
    if (options.after !== undefined && options.after < head) {
      this.replayUntil = head;
      this.last = options.after;
    } else {
      this.replayUntil = null;
      this.last = options.after ?? head;
    }
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<EventRecord>> {
    for (;;) {
      const event = this.out.shift();
      if (event) return { value: event, done: false };
      if (this.closed) return { value: undefined, done: true };
      if (this.replayUntil !== null) {
        await this.replayPage();
        continue;
      }
      return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
    }
  }

  async return(): Promise<IteratorResult<EventRecord>> {
    this.finish();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<EventRecord>> {
    this.finish();
    throw error;
  }

  private onLive(event: EventRecord): void {
    if (this.closed) return;
    if (this.options.jobId && event.jobId !== this.options.jobId) return;
    if (this.replayUntil !== null) {
      this.heldDuringReplay.push(event);
    } else if (event.seq > this.last) {
      this.last = event.seq;
      this.out.push(event);
    }
    if (this.out.length + this.heldDuringReplay.length > this.options.maxBuffered) {
      // Too far behind: the stream ends and drops what it held; the socket is closed with a code
      // that tells the client to resume from its last cursor. An expected end, not an error.
      this.finish();
      this.options.onOverflow?.();
      return;
    }
    this.wake();
  }

  private async replayPage(): Promise<void> {
    const upTo = this.replayUntil as number;
    const page = await this.hub.read({
      after: this.last,
      upTo,
      keys: this.options.keys,
      jobId: this.options.jobId,
      limit: REPLAY_PAGE,
    });
    for (const event of page) {
      this.out.push(event);
      this.last = event.seq;
    }
    if (page.length < REPLAY_PAGE) {
      // The log is read up to the head noted at registration; everything above it came live.
      this.last = upTo;
      this.replayUntil = null;
      for (const event of this.heldDuringReplay.splice(0)) {
        if (event.seq > this.last) {
          this.last = event.seq;
          this.out.push(event);
        }
      }
    }
  }

  private wake(): void {
    const waiting = this.waiting;
    if (!waiting) return;
    this.waiting = null;
    const event = this.out.shift();
    if (event) {
      waiting.resolve({ value: event, done: false });
    } else if (this.closed) {
      waiting.resolve({ value: undefined, done: true });
    } else {
      this.waiting = waiting;
    }
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe();
    this.out.length = 0;
    this.heldDuringReplay.length = 0;
    this.wake();
  }
}
