// Hanko Elements as a site's bundler sees it: the npm package with the Hanko frontend SDK and preact resolved
// from bench/peers/node_modules. bench/lib/build.mjs bundles this file with Vite (production, minified).
import { register } from '@teamhanko/hanko-elements';

window.registerHanko = register;
