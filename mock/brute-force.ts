/** Auth0's default brute-force threshold: this many consecutive failures block the IP+user pair. */
export const MAX_FAILED_LOGINS = 10;

/**
 * Counts consecutive failed logins per IP+user. Once the threshold is reached the pair stays blocked
 * (even for the right password) until an admin reset, as Auth0 blocks until the unblock link is used.
 */
export class BruteForceGuard {
  private readonly failures = new Map<string, number>();
  /** The last attempt queued per pair: attempts on one pair run one after another. */
  private readonly queues = new Map<string, Promise<void>>();

  /**
   * Runs `attempt` once every earlier attempt on the same pair has finished. Checking the block, hashing and
   * recording the outcome then happen as if the attempts had come one by one: guesses sent all at once cannot all
   * pass the check before any failure is counted, so no more than MAX_FAILED_LOGINS passwords are ever tried.
   */
  async exclusive<T>(key: string, attempt: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    let release = () => {};
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => mine);
    this.queues.set(key, tail);
    await previous;
    try {
      return await attempt();
    } finally {
      release();
      if (this.queues.get(key) === tail) this.queues.delete(key);
    }
  }

  isBlocked(key: string): boolean {
    return (this.failures.get(key) ?? 0) >= MAX_FAILED_LOGINS;
  }

  recordFailure(key: string): void {
    this.failures.set(key, (this.failures.get(key) ?? 0) + 1);
  }

  /** A success before the threshold ends the run of consecutive failures. */
  recordSuccess(key: string): void {
    this.failures.delete(key);
  }

  /** A password reset lifts the user's blocks from every IP, as Auth0 does. Keys end in realm + username. */
  clearUser(realm: string, username: string): void {
    const suffix = `\u0000${realm}\u0000${username.trim().toLowerCase()}`;
    for (const key of this.failures.keys()) if (key.endsWith(suffix)) this.failures.delete(key);
  }

  reset(): void {
    this.failures.clear();
    this.queues.clear();
  }
}
