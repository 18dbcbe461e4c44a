// What a flow is: the unit Latch grows by. A flow owns one screen and brings everything that screen needs — its
// machine rows, its request runners, what its screen shows, its component, its ready and submit events — as one
// object. The registry (registry.ts) derives the transition table, the maps and the screen switch from these
// objects, so a flow that leaves out a piece does not compile.
import type { FunctionComponent } from 'preact';
import type { ApiClient } from '../api/client';
import type { AuthConfig } from '../auth/session';
import type { MessageKey } from '../i18n/en';
import type { ScreenTable } from '../machine/core';
import type { FieldName, HostEventName, MachineEvent, MachineState, ResetTicket, ScreenName } from '../machine/machine.types';
import type { NormalizedOptions } from '../options';
import type { ScreenProps } from '../view/view.types';
import type { FlowScreen, FlowTypes } from './flows.types';

/** What request runners need besides the machine's state. */
export interface EffectContext {
  readonly api: ApiClient;
  readonly connection: string;
  readonly scope: string;
  readonly audience?: string;
  readonly reset?: ResetTicket | null;
  readonly now: () => number;
  /** How to log in through /co/authenticate and /authorize; absent: the password-realm grant on /oauth/token. */
  readonly auth?: AuthConfig;
}

/** Runs one request effect and answers with the machine's result event (success or failure; it never throws). */
export type Runner<E> = (effect: E, context: EffectContext, signal: AbortSignal) => Promise<MachineEvent>;
type Runners<E extends { type: string }> = { readonly [T in E['type']]: Runner<Extract<E, { type: T }>> };

/** An input a screen asks for: which field, its label, and what the browser's autofill should offer ('off': none, as Lock's default). */
export interface FieldSpec {
  readonly name: FieldName;
  readonly label: MessageKey;
  readonly autocomplete: 'username' | 'email' | 'current-password' | 'new-password' | 'off';
  /** The connection's password rules are shown under the form and describe this field. */
  readonly rules?: boolean;
}

/** A link or secondary button: sends `event`, or goes to `href` when the site gave its own page. */
export interface LinkSpec {
  readonly text: MessageKey;
  readonly event?: MachineEvent;
  readonly href?: string;
  /** Drawn with a back arrow. */
  readonly back?: boolean;
  /** Drawn as the screen's main button (the only action left on a dead reset link). */
  readonly primary?: boolean;
}

/** What a flow's screen shows for a state: the flow's part of the view model, before it is put in words. */
export interface ScreenSpec {
  /** The line under the title; none when undefined. */
  readonly subtitle?: MessageKey;
  /** The form: fields in order, and the submit button's label and its label while pending. Null: no form. */
  readonly form: { readonly fields: readonly FieldSpec[]; readonly submit: MessageKey; readonly pending: MessageKey } | null;
  /** A hidden username input with the account's email, so password managers file a new password under it. */
  readonly username?: boolean;
  /** The site's additional sign-up fields and the terms follow the fields. */
  readonly extras?: boolean;
  readonly links?: readonly LinkSpec[];
  /** "Don't have an account? Sign up": the question, the action and its event, or the site's own page (`href`). */
  readonly switchTo?: { readonly prompt: MessageKey; readonly action: MessageKey; readonly event: MachineEvent; readonly href?: string | null };
  /** The field to focus first when the widget is shown with autofocus. */
  readonly first: FieldName;
}

/** A flow's rows: its own screen's table, and tables for the other screens it can be opened from. */
export type FlowRows<S extends FlowScreen> = { readonly [K in S]: ScreenTable } & { readonly [K in ScreenName]?: ScreenTable };

export interface Flow<S extends FlowScreen> {
  readonly screen: S;
  readonly title: MessageKey;
  /**
   * This flow's rows of the transition table: the events its own screen answers, and, under other screens, the
   * events that open it from there (so "Don't remember your password?" exists only where the forgot flow does).
   */
  readonly rows: FlowRows<S>;
  /** One runner for each request effect the flow's rows ask for. */
  readonly runners: Runners<FlowTypes[S]['effect']>;
  /** The event its form submits (sent again by itself when a held offline submission can go). */
  readonly submit: Extract<MachineEvent, { type: FlowTypes[S]['submit'] }>;
  /** The host event announcing that its screen is showing (null: Lock has none for it). */
  readonly ready: HostEventName | null;
  /** Why the options cannot start on this screen (`initialScreen`), or null when they can. */
  readonly initial: (options: Pick<NormalizedOptions, 'allowLogin' | 'allowSignUp' | 'allowForgotPassword' | 'resetPassword'>) => string | null;
  /** What its screen shows in `state` (pure: the view model is built from it). */
  readonly model: (state: MachineState, options: NormalizedOptions) => ScreenSpec;
  /** Its screen: view-model props in, events out. */
  readonly View: FunctionComponent<ScreenProps>;
}

/** Every flow, by screen: a mapped type over the screen union, so a missing flow is a compile error where one is required. */
export type FlowRegistry = { readonly [S in FlowScreen]: Flow<S> };
/** Any one flow. */
export type AnyFlow = FlowRegistry[FlowScreen];
