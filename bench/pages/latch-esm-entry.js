// Latch's ESM build as a site's bundler sees it: dist/latch.js with preact resolved from node_modules.
// bench/lib/build.mjs bundles this file with Vite (production build, minified) to measure what a site ships.
import { Latch } from '../../dist/latch.js';

window.Latch = Latch;
