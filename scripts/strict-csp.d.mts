/** The policy, with `connect` added to connect-src and `extra` directives at the end. */
export function strictCsp(options?: { connect?: readonly string[]; extra?: readonly string[] }): string;
/** The policy for a page whose API is on its own origin. */
export const STRICT_CSP: string;
