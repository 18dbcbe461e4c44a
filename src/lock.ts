// `latch/lock`: the package under Lock's name, for a site that imports Lock from npm. `import Auth0Lock from
// 'auth0-lock'` becomes `import Auth0Lock from 'latch/lock'` (or `import { Auth0Lock } from 'latch/lock'`) and the
// rest of the site's code stays: `Auth0Lock` is the Latch class itself, which reads Lock's options, dictionary keys,
// methods and events. Everything `latch` exports is here too.
export * from './index';
export { Latch as Auth0Lock, Latch as default } from './latch';
