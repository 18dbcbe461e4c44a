// The flows this page has, as languages are kept (i18n/languages.ts): the core entries register login, forgot
// password and sign-up; an entry of its own (latch/reset-page) adds the reset flow when a page uses it. The machine,
// the effect runners, the initialScreen values and the screen switch are all read from here.
import { createMachine, flowIn } from '../machine/machine';
import type { Effect, ScreenName } from '../machine/machine.types';
import type { AnyFlow, FlowRegistry, Runner } from './flow';

const registered: Partial<FlowRegistry> = {};

/** The flows registered so far, by screen. */
export const flows: Readonly<Partial<FlowRegistry>> = registered;

/** Makes a flow available to every widget on the page, as `addLanguage` does for a language. */
export function addFlow(flow: AnyFlow): void {
  Object.assign(registered, { [flow.screen]: flow });
}

/** The registered flow that owns a screen; none for the core's own screens or a flow not added. */
export const flowOf = (screen: ScreenName): AnyFlow | undefined => flowIn(registered, screen);

/** The runner for a request effect, from whichever registered flow declares it. */
export function runnerOf(effect: Effect): Runner<Effect> | undefined {
  for (const flow of Object.values(registered)) {
    const runners: Readonly<Record<string, unknown>> = flow.runners;
    if (Object.hasOwn(runners, effect.type)) return runners[effect.type] as Runner<Effect>;
  }
  return undefined;
}

/** The machine over the registered flows. */
export const { transition, initialState } = createMachine(registered);
