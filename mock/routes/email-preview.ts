import { randomUUID } from 'node:crypto';
import type { Exchange } from '../context';
import { liquidProblem, renderResetEmail, type ResetEmailTemplate } from '../email-template';
import { invalidRequest, readBody, sendJson, sendText } from '../http';
import { EMAIL_CSP } from './outbox-page';

// The dashboard's live preview of the change-password email: a template not yet saved, rendered by the same code as
// the emails the mock sends, for a sample user, and served like an outbox email (a sandboxed document).

export const EMAIL_PREVIEW_PATH = /^\/__email-preview\/[^/]+\.html$/;
const KEPT = 20;
const previews = new Map<string, string>();

const SAMPLE_USER = {
  email: 'ada@example.com',
  email_verified: true,
  name: 'Ada Lovelace',
  nickname: 'ada',
  given_name: 'Ada',
  family_name: 'Lovelace',
  picture: undefined,
  user_metadata: {},
};

/** POST /__email-preview `{from, subject, body}` → `{id, from, subject, text}`, or 400 with the Liquid parser's words. */
export async function previewEmail({ req, res, ctx }: Exchange): Promise<void> {
  const input = await readBody(req);
  for (const key of ['from', 'subject', 'body'] as const) if (typeof input[key] !== 'string') throw invalidRequest(`${key} must be a string.`);
  const problem = liquidProblem(input.body as string);
  if (problem) throw invalidRequest(`The body is not valid Liquid: ${problem}`);
  const template: ResetEmailTemplate = { ...ctx.settings.resetEmail, from: input.from as string, subject: input.subject as string, body: input.body as string };
  const client = ctx.tenant.clients[0];
  const connection = ctx.store.defaultConnection()?.name ?? '';
  const email = renderResetEmail(template, { tenant: ctx.tenant, client, user: { ...SAMPLE_USER, connection }, url: `${ctx.tenant.publicUrl}/lo/reset?ticket=preview` });
  const id = randomUUID();
  previews.set(id, email.html ?? '');
  if (previews.size > KEPT) previews.delete(previews.keys().next().value as string);
  sendJson(res, 200, { id, from: email.from, subject: email.subject, text: email.text });
}

/** GET /__email-preview/{id}.html */
export function previewPage({ res, url }: Exchange): void {
  const html = previews.get(url.pathname.slice('/__email-preview/'.length, -'.html'.length));
  if (html === undefined) {
    sendJson(res, 404, { error: 'not_found', error_description: 'No such preview (only the latest ones are kept).' });
    return;
  }
  sendText(res, 200, html, 'text/html; charset=utf-8', { 'Content-Security-Policy': EMAIL_CSP, 'X-Frame-Options': 'SAMEORIGIN', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
}
