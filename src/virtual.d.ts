/** The shadow-root stylesheet of `<latch-login>`, as CSS text (scripts/vite-shadow-css.mjs). */
declare module 'virtual:latch-shadow-css' {
  const css: string;
  export default css;
}
