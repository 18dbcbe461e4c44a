import { randomBytes } from 'node:crypto';
import { digest } from './tickets';

/**
 * Values behind random 256-bit handles, kept under the handle's SHA-256 hash, each with its own expiry. Bounded: at
 * most `limit` entries, the oldest go first. The base of the login tickets and the authorize transactions.
 */
export class ExpiringStore<T> {
  private entries = new Map<string, { value: T; expiresAt: number }>();

  constructor(
    private readonly now: () => number,
    private readonly limit = 10_000,
  ) {}

  /** Keeps `value` for `lifetimeMs` and returns its handle. */
  put(value: T, lifetimeMs: number): string {
    const handle = randomBytes(32).toString('base64url');
    this.prune();
    while (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    this.entries.set(digest(handle), { value, expiresAt: this.now() + lifetimeMs });
    return handle;
  }

  /** The live value, left in place. */
  get(handle: string): T | undefined {
    const key = digest(handle);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** The live value, removed: a second take of the same handle finds nothing. */
  take(handle: string): T | undefined {
    const value = this.get(handle);
    this.entries.delete(digest(handle));
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private prune(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}
