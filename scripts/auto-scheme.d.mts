/**
 * `css` with every top-level dark-root rule copied for `auto` under `@media (prefers-color-scheme: dark)`. Throws when
 * there is none, unless `required` is false (then `css` comes back unchanged).
 */
export function withAutoScheme(css: string, options?: { required?: boolean }): string;
