// A seam for measuring the tagger: while a measurement runs, the tagger hands what it computes to the function the
// measurement set (the confidence table's shapes, the relevance score's features); otherwise there is none.
export class Probe<F> {
  private current: F | null = null;

  /** The function set by the measurement running now, or null. */
  get(): F | null {
    return this.current;
  }

  /** Runs `run` with `f` set. */
  with<T>(f: F, run: () => T): T {
    this.current = f;
    try {
      return run();
    } finally {
      this.current = null;
    }
  }
}
