// Lock's additionalSignUpFields, mustAcceptTerms, showTerms and signUpTerms on the sign-up screen, as a person fills
// them in and as /dbconnections/signup receives them.
import { cleanup, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { LatchOptions } from '../../src/index';
import { json, mountInline, tokenResponse } from './support';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

type Fields = NonNullable<LatchOptions['additionalSignUpFields']>;

function signUp(fields: Fields, more: LatchOptions = {}) {
  return mountInline({ initialScreen: 'signUp', loginAfterSignUp: false, additionalSignUpFields: fields, ...more });
}

async function fillAccount() {
  await userEvent.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
  await userEvent.type(screen.getByLabelText('Password'), 'Correct-Horse-9!');
}

const signUpBody = (sent: { url: string; body: Record<string, unknown> }[]) => sent.find((r) => r.url.endsWith('/dbconnections/signup'))?.body;
const submit = () => userEvent.click(screen.getByRole('button', { name: 'Sign up' }));

describe('additionalSignUpFields', () => {
  test('text, select, checkbox and hidden fields are sent as Lock sends them: user_metadata, and root fields beside the email', async () => {
    const { server } = signUp([
      { name: 'given_name', placeholder: 'First name', storage: 'root' },
      { name: 'company', placeholder: 'Company' },
      { type: 'select', name: 'location', placeholder: 'Location', options: [{ value: 'us', label: 'United States' }, { value: 'fr', label: 'France' }] },
      { type: 'checkbox', name: 'newsletter', placeholder: 'Send me the newsletter' },
      { type: 'hidden', name: 'source', value: 'landing-page' },
    ]);
    await fillAccount();
    await userEvent.type(screen.getByRole('textbox', { name: 'First name' }), 'Ada');
    await userEvent.type(screen.getByRole('textbox', { name: 'Company' }), 'Analytical');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Location' }), 'fr');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Send me the newsletter' }));
    expect(screen.queryByDisplayValue('landing-page')).toBeNull(); // hidden: sent, not shown
    server.reply(json(200, { _id: 'u1', email: 'ada@example.com' }));
    await submit();
    const body = signUpBody(server.sent);
    expect(body).toMatchObject({
      email: 'ada@example.com',
      connection: 'Username-Password-Authentication',
      given_name: 'Ada',
      user_metadata: { company: 'Analytical', location: 'fr', newsletter: 'true', source: 'landing-page' },
    });
    expect((body?.user_metadata as Record<string, unknown>).given_name).toBeUndefined();
  });

  test('a field the site stores at the root cannot stand for the account’s own email or connection', async () => {
    const { server } = signUp([{ name: 'connection', placeholder: 'Team', storage: 'root' }]);
    await fillAccount();
    await userEvent.type(screen.getByRole('textbox', { name: 'Team' }), 'evil');
    server.reply(json(200, {}));
    await submit();
    expect(signUpBody(server.sent)?.connection).toBe('Username-Password-Authentication');
  });

  test('a validator’s refusal shows its hint under the field, as text; nothing is sent; focus goes there', async () => {
    const { server, events } = signUp([
      { name: 'age', placeholder: 'Age', validator: (v) => ({ valid: /^\d+$/.test(v), hint: '<b>Whole years</b> only' }) },
    ]);
    await fillAccount();
    await userEvent.type(screen.getByRole('textbox', { name: 'Age' }), 'ten');
    await submit();
    const field = screen.getByRole('textbox', { name: 'Age' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('<b>Whole years</b> only')).toBeTruthy();
    // Focus moves once the new screen has been drawn.
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(signUpBody(server.sent)).toBeUndefined();
    expect(events.map((e) => e.name)).toContain('signup submit');
    // Mending it clears the error, and the next press signs up.
    await userEvent.clear(field);
    await userEvent.type(field, '36');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    server.reply(json(200, {}));
    await submit();
    expect(signUpBody(server.sent)?.user_metadata).toEqual({ age: '36' });
  });

  test('a validator that says false (no hint) gets the widget’s own message; one that throws counts as false', async () => {
    signUp([
      { name: 'code', placeholder: 'Invite code', validator: () => false },
      {
        name: 'other',
        placeholder: 'Other',
        validator: () => {
          throw new Error('broken');
        },
      },
    ]);
    await fillAccount();
    await submit();
    expect(screen.getAllByText('Check this field.')).toHaveLength(2);
  });

  test('a select needs a choice; a text field without a validator may stay empty', async () => {
    const { server } = signUp([
      { name: 'nickname', placeholder: 'Nickname' },
      { type: 'select', name: 'plan', placeholder: 'Plan', options: [{ value: 'free', label: 'Free' }] },
    ]);
    await fillAccount();
    await submit();
    expect(screen.getByText('Choose an option.')).toBeTruthy();
    expect(signUpBody(server.sent)).toBeUndefined();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Plan' }), 'free');
    server.reply(json(200, {}));
    await submit();
    expect(signUpBody(server.sent)?.user_metadata).toEqual({ nickname: '', plan: 'free' });
  });

  test('prefill as a string and from a function; a late prefill does not replace what was typed', async () => {
    let late: ((error: unknown, value?: string) => void) | undefined;
    signUp([
      { name: 'country', placeholder: 'Country', prefill: 'France' },
      { name: 'city', placeholder: 'City', prefill: (cb) => cb(null, 'Paris') },
      { name: 'street', placeholder: 'Street', prefill: (cb) => (late = cb) },
    ]);
    expect((screen.getByRole('textbox', { name: 'Country' }) as HTMLInputElement).value).toBe('France');
    expect((screen.getByRole('textbox', { name: 'City' }) as HTMLInputElement).value).toBe('Paris');
    await userEvent.type(screen.getByRole('textbox', { name: 'Street' }), 'Rue de Rivoli');
    late?.(null, 'Avenue Foch');
    await Promise.resolve();
    expect((screen.getByRole('textbox', { name: 'Street' }) as HTMLInputElement).value).toBe('Rue de Rivoli');
  });

  test('choices from a function: "Loading…" until they come, then choosable; a failure says so', async () => {
    let give: ((error: unknown, list?: { value: string; label: string }[]) => void) | undefined;
    signUp([
      { type: 'select', name: 'team', placeholder: 'Team', options: (cb) => (give = cb) },
      { type: 'select', name: 'site', placeholder: 'Site', options: (cb) => cb(new Error('down')) },
    ]);
    const team = screen.getByRole('combobox', { name: 'Team' });
    expect(team.getAttribute('aria-busy')).toBe('true');
    expect(screen.getAllByText('Loading…').length).toBeGreaterThan(0);
    expect(screen.getAllByText('The choices could not be loaded. Please try again later.').length).toBeGreaterThan(0);
    give?.(null, [{ value: 'red', label: 'Red team' }]);
    await waitFor(() => expect(screen.getByRole('option', { name: 'Red team' })).toBeTruthy());
    expect(screen.getByRole('combobox', { name: 'Team' }).getAttribute('aria-busy')).toBeNull();
  });

  test('what was typed stays when the person goes to log in and back', async () => {
    signUp([{ name: 'company', placeholder: 'Company' }], { allowLogin: true });
    await userEvent.type(screen.getByRole('textbox', { name: 'Company' }), 'Analytical');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect((screen.getByRole('textbox', { name: 'Company' }) as HTMLInputElement).value).toBe('Analytical');
  });

  test('the fields are not on the login screen', () => {
    mountInline({ additionalSignUpFields: [{ name: 'company', placeholder: 'Company' }] });
    expect(screen.queryByRole('textbox', { name: 'Company' })).toBeNull();
  });

  test('a field Lock would leave out is left out, with one warning; the others work', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    signUp([
      { name: 'password', placeholder: 'Password again' },
      { name: 'has space', placeholder: 'Bad' },
      { name: 'plan', type: 'select', placeholder: 'Plan' },
      { name: 'ok', placeholder: 'Fine' },
    ]);
    expect(screen.getByRole('textbox', { name: 'Fine' })).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/additionalSignUpFields #1, #2, #3 left out/);
  });
});

describe('mustAcceptTerms, showTerms and signUpTerms', () => {
  const terms = 'By signing up, you agree to our <a href="https://example.com/terms" target="_blank">terms of service</a> and <a href="javascript:alert(1)">privacy</a> <img src=x onerror=alert(1)>policy.';

  test('the terms show as text with their https links as links; no markup from the string is made', () => {
    const { container } = signUp([], { languageDictionary: { signUpTerms: terms } });
    const link = screen.getByRole('link', { name: 'terms of service' });
    expect(link.getAttribute('href')).toBe('https://example.com/terms');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByRole('link', { name: 'privacy' })).toBeNull();
    expect(container.textContent).toContain('By signing up, you agree to our terms of service and privacy policy.');
  });

  test('mustAcceptTerms: unticked, sign-up is refused with a message and focus on the box; ticked, it goes', async () => {
    const { server } = signUp([], { mustAcceptTerms: true, languageDictionary: { signUpTerms: terms } });
    await fillAccount();
    await submit();
    const box = screen.getByRole('checkbox', { name: /By signing up, you agree/ });
    expect(screen.getByText('Accept the terms to sign up.')).toBeTruthy();
    expect(box.getAttribute('aria-invalid')).toBe('true');
    // Focus moves once the new screen has been drawn.
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(signUpBody(server.sent)).toBeUndefined();
    await userEvent.click(box);
    expect(screen.queryByText('Accept the terms to sign up.')).toBeNull();
    server.reply(json(200, {}));
    await submit();
    expect(signUpBody(server.sent)?.email).toBe('ada@example.com');
  });

  test('mustAcceptTerms without terms text still gives a box to tick, with its own label', () => {
    signUp([], { mustAcceptTerms: true });
    expect(screen.getByRole('checkbox', { name: 'I accept the terms.' })).toBeTruthy();
  });

  test('showTerms: false hides the terms text; no terms text, nothing shows', () => {
    signUp([], { showTerms: false, languageDictionary: { signUpTerms: 'Our terms apply.' } });
    expect(screen.queryByText('Our terms apply.')).toBeNull();
    cleanup();
    document.body.innerHTML = '';
    const { container } = signUp([]);
    expect(container.querySelector('[data-part=terms]')).toBeNull();
  });

  test('with loginAfterSignUp, the ticked terms and fields lead to a login as before', async () => {
    const { server, events } = mountInline({ initialScreen: 'signUp', mustAcceptTerms: true, additionalSignUpFields: [{ name: 'company', placeholder: 'Company' }] });
    await fillAccount();
    await userEvent.click(screen.getByRole('checkbox', { name: 'I accept the terms.' }));
    server.reply(json(200, {}));
    server.reply(tokenResponse());
    await submit();
    await waitFor(() => expect(events.map((e) => e.name)).toContain('authenticated'));
  });
});
