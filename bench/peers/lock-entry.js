// Auth0 Lock as a site's bundler sees it: the npm package with React and its dependencies resolved from
// bench/peers/node_modules. bench/lib/build.mjs bundles this file with Vite (production, minified).
import Auth0Lock from 'auth0-lock';

window.Auth0Lock = Auth0Lock;
