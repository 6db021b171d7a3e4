// Politeness per host: one request at a time, and a pause after each before the next may start.

export interface HostPacer {
  /** Run `request` when the host is free and its pause is over; the pause restarts when the request ends. */
  run<T>(host: string, request: () => Promise<T>): Promise<T>;
  /** Keep every request to `host` waiting for at least `ms` from now (backoff, Retry-After). */
  holdOff(host: string, ms: number): void;
}

interface HostState {
  queue: Promise<void>;
  readyAt: number;
}

export function createHostPacer(delayMs: number): HostPacer {
  const hosts = new Map<string, HostState>();
  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (!state) hosts.set(host, (state = { queue: Promise.resolve(), readyAt: 0 }));
    return state;
  };
  return {
    async run(host, request) {
      const state = stateOf(host);
      const previous = state.queue;
      let release!: () => void;
      state.queue = new Promise((resolve) => (release = resolve));
      await previous;
      try {
        await sleep(state.readyAt - Date.now());
        return await request();
      } finally {
        state.readyAt = Math.max(state.readyAt, Date.now() + delayMs);
        release();
      }
    },
    holdOff(host, ms) {
      const state = stateOf(host);
      state.readyAt = Math.max(state.readyAt, Date.now() + ms);
    },
  };
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
