// `latch/lock`: the package under Lock's name, for a site that imports Lock from npm. `import Auth0Lock from
// 'auth0-lock'` becomes `import Auth0Lock from 'latch/lock'` (or `import { Auth0Lock } from 'latch/lock'`) and the
// rest of the site's code stays: `Auth0Lock` is the Latch class itself, which reads Lock's options, dictionary keys,
// methods and events. Everything `latch` exports is here too.
import { Latch } from './latch';

export * from './index';
export { Latch as Auth0Lock, Latch as default } from './latch';

/**
 * Lock's passwordless widget (email or SMS codes and links). Latch does not do passwordless login yet: the name
 * exists so a Lock page that uses it keeps running, and the widget shows its "unavailable" card where the box goes,
 * says why in the console once and fires `unrecoverable_error`.
 */
export class Auth0LockPasswordless extends Latch {
  static readonly refusal = 'passwordless login (Auth0LockPasswordless) is not supported by Latch yet';
}
