// The view model: what every screen shows, in words, as one pure function of the machine state, the options and
// the dictionary. Views receive its result as props and send events; none of them reads machine state or decides
// a rule of its own. Tested by a table (test/unit/view/connect.test.ts).
import type { FieldSpec, FlowRegistry } from '../flows/flow';
import type { Dictionary, MessageKey } from '../i18n/en';
import { formatWait } from '../i18n/duration';
import { format } from '../i18n/format';
import { canSubmit } from '../machine/core';
import { answers, firstFocus, flowIn } from '../machine/machine';
import type { MachineState } from '../machine/machine.types';
import type { NormalizedOptions } from '../options';
import { evaluatePassword, type RuleCheck } from '../policy';
import type { ExtraView, FieldView, FormView, RuleView, SubmitView, TermsView, ViewModel } from './view.types';
import { fieldValue, TERMS, termsParts, type FieldProblem } from '../flows/signup/fields';

/** What connect needs besides state, options and words: the flows there are, and whether the widget is a modal. */
export interface ViewEnv {
  readonly flows: Readonly<Partial<FlowRegistry>>;
  readonly modal: boolean;
}

/** The two screens the core draws itself: their title and body. */
function coreScreen(screen: 'signedIn' | 'unrecoverable'): { title: MessageKey; body: MessageKey | null } {
  switch (screen) {
    case 'signedIn':
      return { title: 'signedIn.title', body: 'signedIn.body' };
    case 'unrecoverable':
      return { title: 'unrecoverable.title', body: null };
    default: {
      const unknown: never = screen;
      return unknown;
    }
  }
}

/** Password rules in the person's language, each marked met or not; rule kinds this version cannot word are left out. */
export function ruleViews(rules: readonly RuleCheck[], dict: Dictionary): RuleView[] {
  const known = (code: string) => `policy.${code}` in dict;
  const status = (met: boolean) => ` (${format(dict, met ? 'policy.met' : 'policy.notMet')})`;
  return rules
    .filter((rule) => known(rule.code))
    .map((rule) => ({
      code: rule.code,
      text: format(dict, `policy.${rule.code}` as MessageKey, { n: rule.format?.[0] ?? 1, total: rule.format?.[1] ?? '' }),
      met: rule.verified,
      status: status(rule.verified),
      items: rule.items
        ?.filter((item) => known(item.code))
        .map((item) => ({ code: item.code, text: format(dict, `policy.${item.code}` as MessageKey), met: item.verified, status: status(item.verified) })),
    }));
}

function fieldView(spec: FieldSpec, state: MachineState, dict: Dictionary, toggle: boolean): FieldView {
  const error = state.fieldErrors[spec.name];
  const password = spec.name === 'password' || spec.name === 'confirm';
  const email = spec.name === 'email';
  const shown = state.revealed.includes(spec.name);
  return {
    name: spec.name,
    label: format(dict, spec.label),
    type: password && !shown ? 'password' : email ? 'email' : 'text',
    autocomplete: spec.autocomplete,
    inputMode: email ? 'email' : undefined,
    value: state[spec.name],
    // The username's length, for its rule.
    error: error ? format(dict, error, { min: state.config.usernameRange?.min ?? 1, max: state.config.usernameRange?.max ?? 15 }) : null,
    rules: spec.rules === true,
    // The show/hide toggle only where the site allows it (Lock's allowShowPassword, off by default).
    reveal: password && toggle ? { shown, label: format(dict, shown ? 'field.hidePassword' : 'field.showPassword') } : null,
  };
}

const problemText = (problem: FieldProblem | undefined, dict: Dictionary) => (problem ? (problem.hint ?? format(dict, problem.key)) : null);

/** The site's additional sign-up fields (hidden ones are sent, not shown) and the terms, in words. */
function extrasView(state: MachineState, options: NormalizedOptions, dict: Dictionary): { extras: ExtraView[]; terms: TermsView | null } {
  const extras: ExtraView[] = [];
  state.config.additionalSignUpFields.forEach((field, index) => {
    if (field.type == 'hidden') return;
    const loaded = typeof field.options == 'function' ? state.choices[field.name] : field.options;
    const kind = field.type ?? 'text';
    extras.push({
      id: `extra-${index}`,
      name: field.name,
      kind,
      label: field.placeholder || (field.placeholderHTML ?? '').replace(/<[^>]*>/g, ''),
      ariaLabel: field.ariaLabel,
      value: fieldValue(state, field),
      error: problemText(state.extraProblems[field.name], dict),
      choices: loaded ? { none: format(dict, 'field.choose'), list: loaded } : null,
      note: kind == 'select' && !loaded ? format(dict, loaded === null ? 'field.loadFailed' : 'field.loading') : null,
      busy: kind == 'select' && loaded === undefined,
    });
  });
  const text = options.showTerms ? format(dict, 'signUp.terms') : '';
  const must = state.config.mustAcceptTerms;
  const terms: TermsView | null =
    text || must
      ? {
          parts: text ? termsParts(text) : [format(dict, 'signUp.acceptTerms')],
          checkbox: must ? { checked: state.terms } : null,
          error: problemText(state.extraProblems[TERMS], dict),
        }
      : null;
  return { extras, terms };
}

export function connect(state: MachineState, options: NormalizedOptions, dict: Dictionary, env: ViewEnv): ViewModel {
  const { screen, status, message } = state;
  const flow = flowIn(env.flows, screen);
  const spec = flow?.model(state, options);
  const core = screen === 'signedIn' || screen === 'unrecoverable' ? coreScreen(screen) : null;

  let form: FormView | null = null;
  if (flow && spec?.form) {
    const { fields, submit, pending } = spec.form;
    const waiting = status === 'waiting' && state.waitUntil !== null;
    const button: SubmitView = {
      text: format(dict, status === 'pending' ? pending : submit),
      state: status === 'pending' ? 'pending' : canSubmit(state) ? 'idle' : 'waiting',
      busy: !canSubmit(state),
      waitUntil: waiting ? state.waitUntil : null,
      labeled: options.theme.labeledSubmitButton,
    };
    form = {
      status,
      pending: status === 'pending',
      submitEvent: flow.submit,
      fields: fields.map((field) => fieldView(field, state, dict, options.allowShowPassword)),
      policy: fields.some((field) => field.rules)
        ? { label: format(dict, 'policy.label'), rules: ruleViews(evaluatePassword(state.password, state.config.passwordPolicy).rules, dict) }
        : null,
      username: spec.username ? state.email : null,
      ...(spec.extras ? extrasView(state, options, dict) : { extras: [], terms: null }),
      submit: button,
    };
  }

  let alert = '';
  if (message) {
    const params: Record<string, string> = { description: message.description ?? '' };
    if (message.waitSeconds !== undefined) params.wait = formatWait(message.waitSeconds, options.language);
    alert = format(dict, message.key, params).trim();
  }

  return {
    screen,
    title: format(dict, flow?.title ?? core?.title ?? 'unrecoverable.title'),
    // As Lock's hideMainScreenTitle: on the first screen (and on sign-up beside login), out of sight but still there
    // to name the form and the dialog.
    titleHidden: options.theme.hideMainScreenTitle && (screen === options.initialScreen || (screen === 'signUp' && options.allowLogin)),
    subtitle: spec?.subtitle ? format(dict, spec.subtitle, { email: state.email }) : null,
    logo: options.theme.logo ? { src: options.theme.logo, alt: format(dict, 'logo.alt') } : null,
    alert: { text: alert, tone: message?.tone, rules: message?.rules ? ruleViews(message.rules, dict) : null },
    form,
    // A link that sends an event is offered only where a registered flow answers it (a flow a page did not add
    // has no way in); a link to the site's own page always is.
    links: (spec?.links ?? [])
      .filter((link) => !link.event || answers(env.flows, screen, link.event))
      .map((link) => ({ ...link, text: format(dict, link.text) })),
    // A switch to the site's own page (`href`) is offered whatever flows there are, like a link.
    switchTo:
      spec?.switchTo && (spec.switchTo.href || answers(env.flows, screen, spec.switchTo.event))
      ? { prompt: format(dict, spec.switchTo.prompt), action: format(dict, spec.switchTo.action), event: spec.switchTo.event, href: spec.switchTo.href }
      : null,
    account: state.account ? { name: state.account.displayName || state.account.name, picture: state.account.picture ?? null, busy: status === 'pending' } : null,
    body: core?.body ? format(dict, core.body) : null,
    firstFocus: firstFocus(state, spec?.form ? spec.first : null, options.autofocus, env.modal),
    closeLabel: format(dict, 'dialog.close'),
  };
}

/** The submit button's text at `now`: the countdown during a 429 wait, its text otherwise. */
export function submitText(submit: SubmitView | undefined, now: number, dict: Dictionary, language: string): string {
  if (!submit) return '';
  if (submit.waitUntil === null) return submit.text;
  return format(dict, 'submit.wait', { wait: formatWait((submit.waitUntil - now) / 1000, language) });
}
