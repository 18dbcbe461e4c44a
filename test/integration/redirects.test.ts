// Real HTTP: an API that redirects the widget's requests elsewhere gets nothing sent on, and the widget reports a
// failure instead of following (a 307/308 would re-send the password to the new address; a 302 could hand back
// another origin's tokens).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createApiClient } from '../../src/api/client';
import { login } from '../../src/flows/login/login.effects';
import { changePassword } from '../../src/flows/forgot/forgot.effects';

let elsewhere: Server;
let redirecting: Server;
let elsewhereUrl = '';
let redirectingUrl = '';
let received: string[] = [];
let status = 307;

const listen = (server: Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
const body = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => resolve(text));
  });

beforeAll(async () => {
  // Where a redirect points: it would happily take a password and answer with tokens.
  elsewhere = createServer(async (req, res) => {
    received.push(`${req.method} ${req.url} ${await body(req)}`);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
    res.end(JSON.stringify({ access_token: 'foreign', id_token: 'foreign', token_type: 'Bearer', expires_in: 60 }));
  });
  elsewhereUrl = await listen(elsewhere);
  redirecting = createServer(async (req, res) => {
    await body(req);
    res.writeHead(status, { Location: `${elsewhereUrl}${req.url ?? '/'}` });
    res.end();
  });
  redirectingUrl = await listen(redirecting);
});
afterAll(() => Promise.all([elsewhere, redirecting].map((server) => new Promise((resolve) => server.close(resolve)))));
beforeEach(() => {
  received = [];
});

describe('the widget does not follow redirects from the API', () => {
  test.each([307, 308, 302, 301])('a %i on /oauth/token: the password goes nowhere else and no token is taken', async (code) => {
    status = code;
    const api = createApiClient({ clientID: 'cid', domain: redirectingUrl, timeout: 5000 });
    const result = await login(api, { username: 'ada@example.com', password: 'secret-password', realm: 'db', scope: 'openid' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('network');
    expect(received).toEqual([]);
  });

  test('a 307 on change_password: the request is not sent on', async () => {
    status = 307;
    const api = createApiClient({ clientID: 'cid', domain: redirectingUrl, timeout: 5000 });
    const result = await changePassword(api, { email: 'ada@example.com', connection: 'db' });
    expect(result.ok).toBe(false);
    expect(received).toEqual([]);
  });
});
