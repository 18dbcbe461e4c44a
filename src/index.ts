// The public surface of the package. Everything exported here is API; see test/unit/exports.test.ts.
export { Latch, Latch as default } from './latch';
export { addLanguage } from './i18n/languages';
export type { LatchOptions, ColorScheme, InitialScreen } from './options';
export type { HostEventName as LatchEventName, LockOnlyEventName, ErrorPayload } from './machine/machine.types';
export type { ShowOptions } from './latch';
export type { Tokens } from './flows/login/login.types';
export type { ResetPayload } from './flows/reset/reset.types';
export type { Dictionary, MessageKey } from './i18n/en';
