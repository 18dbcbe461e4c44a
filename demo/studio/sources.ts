// The stylesheets the studio reads its tokens and presets from, as text (Vite's ?raw imports).
export { default as tokensCss } from '../../styles/tokens.css?raw';
export { default as midnightCss } from '../../styles/themes/midnight.css?raw';
export { default as monoCss } from '../../styles/themes/mono.css?raw';
export { default as sandCss } from '../../styles/themes/sand.css?raw';
