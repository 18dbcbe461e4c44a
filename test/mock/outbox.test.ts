import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Outbox, OUTBOX_LIMIT, type EmailDraft } from '../../mock/outbox';
import { ADMIN_HEADERS, changePasswordBody, startTestMock, type TestMock } from './mock-harness';

// The reset email is written after the answer, from a job queued for known and unknown addresses alike, so the
// request path of a known address does no more work than that of an unknown one. The mock takes when queued
// emails run as an option; here they are held back so the test can look between the answer and the email.
describe('the reset email is written off the request path', () => {
  let mock: TestMock;
  const held: Array<() => void> = [];
  beforeAll(async () => {
    mock = await startTestMock({ deferEmail: (job) => held.push(job) });
  });
  afterAll(() => mock.close());

  const outbox = async () => (await (await fetch(`${mock.url}/__outbox`, { headers: ADMIN_HEADERS })).json()) as Array<{ to: string; link: string }>;

  it('a known and an unknown address each queue one job and get their answer before any email is built', async () => {
    const known = await mock.post('/dbconnections/change_password', changePasswordBody('demo@latch.dev'));
    expect(known.status).toBe(200);
    expect(held).toHaveLength(1);
    const unknown = await mock.post('/dbconnections/change_password', changePasswordBody('nobody-9@latch.dev'));
    expect(unknown.status).toBe(200);
    expect(held).toHaveLength(2);
    expect(await known.text()).toBe(await unknown.text());

    for (const job of held.splice(0)) job();
    const sent = await outbox();
    expect(sent.map((email) => email.to)).toEqual(['demo@latch.dev']);
    expect(sent[0]?.link).toMatch(/\/lo\/reset\?ticket=/);
  });

  it('an email queued before a reset is not written after it', async () => {
    await mock.post('/dbconnections/change_password', changePasswordBody('demo@latch.dev'));
    expect(held).toHaveLength(1);
    await mock.reset();
    for (const job of held.splice(0)) job();
    expect(await outbox()).toEqual([]);
  });
});

describe('the outbox is bounded', () => {
  const draft = (n: number): EmailDraft => ({ to: `user-${n}@latch.dev`, from: 'a@latch.dev', subject: 's', text: 't', link: '' });

  it(`keeps the newest ${OUTBOX_LIMIT} emails, oldest first`, async () => {
    const box = new Outbox(() => 0, (job) => job());
    for (let n = 0; n < OUTBOX_LIMIT + 5; n++) box.queue(() => draft(n));
    await box.settled();
    const list = box.list();
    expect(list).toHaveLength(OUTBOX_LIMIT);
    expect(list[0]?.to).toBe('user-5@latch.dev');
    expect(list.at(-1)?.to).toBe(`user-${OUTBOX_LIMIT + 4}@latch.dev`);
  });

  it('settled() waits for emails still queued', async () => {
    const box = new Outbox(() => 0);
    box.queue(() => draft(1));
    expect(box.list()).toEqual([]);
    await box.settled();
    expect(box.list().map((email) => email.to)).toEqual(['user-1@latch.dev']);
  });
});
