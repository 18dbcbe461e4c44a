import { randomUUID } from 'node:crypto';

/** An email the mock would have sent; the demo and the tests read them from GET /__outbox. */
export interface Email {
  id: string;
  to: string;
  from: string;
  subject: string;
  text: string;
  /** The HTML body, as the recipient's mail client shows it (the change-password email's template); none for a plain notice. */
  html?: string;
  /** The action link inside `text`, copied out so nobody has to parse the body; empty for a notice. */
  link: string;
  /** ISO 8601, from the app's clock. */
  createdAt: string;
}

export type EmailDraft = Omit<Email, 'id' | 'createdAt'>;

/** Runs a job later, once the current request has been answered. */
export type Defer = (job: () => void) => void;

/** The outbox keeps the newest emails only, so a flood of reset requests cannot grow the mock without bound. */
export const OUTBOX_LIMIT = 1000;

export class Outbox {
  private emails: Email[] = [];
  private pending = new Set<Promise<void>>();
  /** Bumped by clear(): a job queued before a clear writes nothing after it. */
  private generation = 0;

  constructor(
    private readonly now: () => number,
    private readonly defer: Defer = setImmediate,
  ) {}

  /**
   * Queues an email to be written after the answer has gone out. The caller queues the same job whether or not
   * there is anyone to write to (`compose` returns undefined for nobody), so a request for a known address does no
   * more work on the request path than one for an unknown address.
   */
  queue(compose: () => EmailDraft | undefined): void {
    let settle!: () => void;
    const job = new Promise<void>((resolve) => (settle = resolve));
    this.pending.add(job);
    const generation = this.generation;
    this.defer(() => {
      try {
        const draft = generation === this.generation ? compose() : undefined;
        if (draft) this.send(draft);
      } finally {
        this.pending.delete(job);
        settle();
      }
    });
  }

  /** Resolves when every queued email has been written (the development endpoints read the outbox after this). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
  }

  send(draft: EmailDraft): Email {
    const sent: Email = { id: randomUUID(), ...draft, createdAt: new Date(this.now()).toISOString() };
    this.emails.push(sent);
    if (this.emails.length > OUTBOX_LIMIT) this.emails.splice(0, this.emails.length - OUTBOX_LIMIT);
    return sent;
  }

  /** Oldest first. */
  list(): readonly Email[] {
    return [...this.emails];
  }

  clear(): void {
    this.generation += 1;
    this.emails = [];
  }
}
