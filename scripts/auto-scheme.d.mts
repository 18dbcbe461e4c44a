/** `css` with every top-level dark-root rule copied for `auto` under `@media (prefers-color-scheme: dark)`. */
export function withAutoScheme(css: string): string;
