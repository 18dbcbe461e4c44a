// Local answers to the requests the peers make while they render, so every page renders offline and no
// widget waits on the internet. Each answer is the smallest one its widget accepts, shaped like the real
// service's. Anything else leaving the page's origin is refused and reported.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { lockDir, versionOf } from './build.mjs';
import { corsHeaders } from './cors.mjs';
import { hankoAnswers } from './hanko-routes.mjs';

const require = createRequire(import.meta.url);

/** Auth0 tenant, client and Okta org the pages name. */
export const LOCK_DOMAIN = 'bench.auth0.com';
export const OKTA_ORG = 'https://bench.okta.com';
const CLIENT_ID = 'bench-client';

// A 1×1 transparent PNG, for Lock's default logo (a CDN image).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/**
 * Auth0 Lock's three requests:
 * - client settings, JSONP from <domain>/client/<id>.js: one database connection with sign-up and
 *   "forgot password" on (Lock's defaults for a new tenant);
 * - its English dictionary, JSONP from cdn.auth0.com/js/lock/<version>/en.js (Lock fetches it even for
 *   English): the dictionary the package itself carries, lib/i18n/en.js;
 * - the silent session check, an iframe to <domain>/authorize?prompt=none&response_mode=web_message: the
 *   answer Auth0 gives a visitor without a session (login_required, posted to the parent).
 */
function lockAnswers() {
  const version = versionOf(lockDir);
  const dictionary = require(join(lockDir, 'lib', 'i18n', 'en.js')).default;
  const client = {
    id: CLIENT_ID,
    tenant: 'bench',
    subscription: 'free',
    authorize: `https://${LOCK_DOMAIN}/authorize`,
    callback: 'http://127.0.0.1/',
    hasAllowedOrigins: true,
    strategies: [{ name: 'auth0', connections: [{ name: 'Username-Password-Authentication', showSignup: true, showForgot: true, passwordPolicy: 'fair' }] }],
  };
  const js = (body) => ({ status: 200, contentType: 'text/javascript; charset=utf-8', body });
  return (url) => {
    if (url.hostname === LOCK_DOMAIN && url.pathname === `/client/${CLIENT_ID}.js`) return js(`Auth0.setClient(${JSON.stringify(client)});`);
    if (url.hostname === 'cdn.auth0.com' && url.pathname === `/js/lock/${version}/en.js`) return js(`Auth0.registerLanguageDictionary('en', ${JSON.stringify(dictionary)});`);
    if (url.hostname === LOCK_DOMAIN && url.pathname === '/authorize') {
      const html = `<!doctype html><script>parent.postMessage({type:'authorization_response',response:{error:'login_required',error_description:'Login required',state:new URLSearchParams(location.search).get('state')}},'*');</script>`;
      return { status: 200, contentType: 'text/html; charset=utf-8', body: html };
    }
    if (url.hostname === 'cdn.auth0.com' && url.pathname.endsWith('/badge.png')) return { status: 200, contentType: 'image/png', body: PNG };
    return null;
  };
}

/**
 * The Okta Sign-In Widget on the Identity Engine (its default) with a state token: it POSTs
 * /idp/idx/introspect and renders the remediation it gets. Answers: the "identify" form with username and
 * password and the password authenticator's "recover" link (which shows "Forgot password?"); after that
 * link, POST /idp/idx/recover answers the "identify-recovery" form (the reset screen's username field).
 */
function oktaAnswers() {
  const handle = 'bench-state-handle';
  const stateHandle = { name: 'stateHandle', required: true, value: handle, visible: false, mutable: false };
  const form = (name, path, value = []) => ({
    rel: ['create-form'],
    name,
    href: `${OKTA_ORG}/idp/idx/${path}`,
    method: 'POST',
    accepts: 'application/json; okta-version=1.0.0',
    value: [...value, stateHandle],
  });
  const envelope = (remediation, extra = {}) => ({
    version: '1.0.0',
    stateHandle: handle,
    expiresAt: '2099-01-01T00:00:00.000Z',
    intent: 'LOGIN',
    remediation: { type: 'array', value: [remediation] },
    cancel: form('cancel', 'cancel'),
    ...extra,
  });
  const identify = envelope(
    form('identify', 'identify', [
      { name: 'identifier', label: 'Username' },
      { name: 'credentials', type: 'object', required: true, form: { value: [{ name: 'passcode', label: 'Password', secret: true }] } },
      { name: 'rememberMe', label: 'Remember Me', type: 'boolean' },
    ]),
    {
      currentAuthenticatorEnrollment: {
        type: 'object',
        value: { type: 'password', id: 'aut-bench', displayName: 'Password', methods: [{ type: 'password' }], recover: form('recover', 'recover') },
      },
    },
  );
  const recovery = envelope(form('identify-recovery', 'identify', [{ name: 'identifier', label: 'Username' }]));
  const bodies = { '/idp/idx/introspect': identify, '/idp/idx/recover': recovery };
  return (url, request) => {
    if (url.origin !== OKTA_ORG) return null;
    const cors = corsHeaders(request, { headers: 'accept, accept-language, content-type, x-okta-user-agent-extended', methods: 'GET, POST, OPTIONS' });
    if (request.method() === 'OPTIONS') return { status: 204, headers: cors };
    const body = bodies[url.pathname];
    if (!body || request.method() !== 'POST') return null;
    return { status: 200, headers: { ...cors, 'content-type': 'application/ion+json; okta-version=1.0.0' }, body: JSON.stringify(body) };
  };
}

/**
 * FirebaseUI with the email provider: after the email and "Next" it asks Firebase Auth which sign-in methods the
 * address has (`POST identitytoolkit.googleapis.com/v1/accounts:createAuthUri`). Answer: a registered account with
 * a password, as Firebase answers for one (so the password screen, with "Trouble signing in?", comes next). Its
 * Roboto stylesheet from Google Fonts gets an empty one.
 */
function firebaseAnswers() {
  const cors = (request) =>
    corsHeaders(request, { headers: 'content-type, x-client-version, x-firebase-gmpid, x-firebase-client, x-firebase-appcheck, x-firebase-locale', methods: 'POST, OPTIONS', credentials: false });
  return (url, request) => {
    // FirebaseUI's page also asks Google Fonts for Roboto: an empty stylesheet (the offline page keeps its own font).
    if (url.hostname === 'fonts.googleapis.com' && url.pathname === '/css') return { status: 200, contentType: 'text/css; charset=utf-8', body: '' };
    if (url.hostname !== 'identitytoolkit.googleapis.com' || url.pathname !== '/v1/accounts:createAuthUri') return null;
    if (request.method() === 'OPTIONS') return { status: 204, headers: cors(request) };
    const body = { kind: 'identitytoolkit#CreateAuthUriResponse', allProviders: ['password'], registered: true, sessionId: 'bench-session', signinMethods: ['password'] };
    return { status: 200, headers: { ...cors(request), 'content-type': 'application/json; charset=UTF-8' }, body: JSON.stringify(body) };
  };
}

/**
 * Routes a browser context: the benchmark's own origin passes, the answers above are served, anything else
 * is aborted and listed in `refused` (a page that needs more than its answers shows up there).
 */
export async function routeOffline(context, pageOrigin) {
  const answers = [lockAnswers(), oktaAnswers(), firebaseAnswers(), hankoAnswers()];
  const refused = [];
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin === pageOrigin) return route.continue();
    for (const answer of answers) {
      const response = answer(url, request);
      if (response) return route.fulfill(response);
    }
    refused.push(`${request.method()} ${url.origin}${url.pathname}`);
    return route.abort('blockedbyclient');
  });
  return refused;
}
