/**
 * The app's clock: the injected time plus an offset that POST /__clock moves forward, so a browser
 * test can expire a reset link without waiting five days. /__reset puts the offset back to zero.
 */
export class MockClock {
  private offsetMs = 0;

  constructor(private readonly base: () => number) {}

  readonly now = (): number => this.base() + this.offsetMs;

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }

  get offsetSeconds(): number {
    return this.offsetMs / 1000;
  }
}
