// FirebaseUI as a site's bundler sees it: Firebase's compat app and auth with FirebaseUI, resolved from
// bench/peers/node_modules. bench/lib/build.mjs bundles this file with Vite (production, minified); its stylesheet
// is FirebaseUI's own dist/firebaseui.css, linked by the page.
import firebase from 'firebase/compat/app';
import 'firebase/compat/auth';
import * as firebaseui from 'firebaseui';

window.firebase = firebase;
window.firebaseui = firebaseui;
