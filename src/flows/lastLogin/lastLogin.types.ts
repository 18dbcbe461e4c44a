import type { FailureEvent } from '../../machine/machine.types';

/** The account of the session this browser last logged in with, as the last-login screen shows it. */
export interface Account {
  /** Its email (or name), as the session's ID token gives it. */
  readonly name: string;
  /** What the site's `avatar.displayName` calls it, shown instead of `name` when given. */
  readonly displayName?: string;
  /** The site's `avatar.url` picture for it. */
  readonly picture?: string;
}

export type LastLoginEvent =
  /** The API has a session for the account this browser last logged in with (or more about it: its avatar). */
  | { readonly type: 'SSO.FOUND'; readonly account: Account }
  /** Logs in with that session. */
  | { readonly type: 'LASTLOGIN.SUBMIT' }
  | ({ readonly type: 'LASTLOGIN.FAILURE' } & FailureEvent);

export type LastLoginEffect = { readonly type: 'sessionLogin'; readonly requestId: number };

export interface LastLoginTypes {
  readonly event: LastLoginEvent;
  readonly effect: LastLoginEffect;
  readonly submit: 'LASTLOGIN.SUBMIT';
  readonly payload: never;
}
