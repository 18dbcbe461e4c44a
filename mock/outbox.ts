import { randomUUID } from 'node:crypto';

/** An email the mock would have sent; the demo and the tests read them from GET /__outbox. */
export interface Email {
  id: string;
  to: string;
  from: string;
  subject: string;
  text: string;
  /** The action link inside `text`, copied out so nobody has to parse the body; empty for a notice. */
  link: string;
  /** ISO 8601, from the app's clock. */
  createdAt: string;
}

export class Outbox {
  private emails: Email[] = [];

  constructor(private readonly now: () => number) {}

  send(email: Omit<Email, 'id' | 'createdAt'>): Email {
    const sent: Email = { id: randomUUID(), ...email, createdAt: new Date(this.now()).toISOString() };
    this.emails.push(sent);
    return sent;
  }

  /** Oldest first. */
  list(): readonly Email[] {
    return [...this.emails];
  }

  clear(): void {
    this.emails = [];
  }
}
