import type { ReadonlySignal } from '@preact/signals';
import type { FieldName, FocusTarget, MachineEvent, ScreenName, Status, Tone } from '../machine/machine.types';
import type { Ids } from './ids';
import type { Choice, TermsPart } from '../flows/signup/fields';

/** A password rule in words, met or not; charset rules list their kinds of character under them. */
export interface RuleView {
  readonly code: string;
  readonly text: string;
  readonly met: boolean;
  /** " (met)" / " (not met)", read by screen readers after the rule. */
  readonly status: string;
  readonly items?: readonly RuleView[];
}

export interface FieldView {
  readonly name: FieldName;
  readonly label: string;
  readonly type: 'email' | 'text' | 'password';
  readonly autocomplete: string;
  readonly inputMode?: 'email';
  readonly value: string;
  /** The field's error in words, or null. */
  readonly error: string | null;
  /** The password rules below describe this field. */
  readonly rules: boolean;
  /** The show/hide toggle of a password field: whether it shows the text, and the toggle's label. */
  readonly reveal: { readonly shown: boolean; readonly label: string } | null;
}

/** One of the site's additional sign-up fields, in words. */
export interface ExtraView {
  /** Its id among the widget's fields, and its focus target (`extra-0`, …). */
  readonly id: `extra-${number}`;
  readonly name: string;
  readonly kind: 'text' | 'select' | 'checkbox';
  readonly label: string;
  /** The accessible name when the site gave one other than the label. */
  readonly ariaLabel: string | undefined;
  readonly value: string;
  /** The field's error in words (the site's hint when its validator gave one), or null. */
  readonly error: string | null;
  /** A select's choices, with the empty first choice's text; null while they load or when they could not. */
  readonly choices: { readonly none: string; readonly list: readonly Choice[] } | null;
  /** Why a select has no choices (loading, failed), or null. */
  readonly note: string | null;
  /** Its choices are still loading. */
  readonly busy: boolean;
}

/** The terms under the sign-up fields: text and the site's links, with the box to tick when they must be accepted. */
export interface TermsView {
  readonly parts: readonly TermsPart[];
  readonly checkbox: { readonly checked: boolean } | null;
  readonly error: string | null;
}

export interface SubmitView {
  /** The button's text while not waiting out a 429 (its label, or its pending label). */
  readonly text: string;
  readonly state: 'idle' | 'pending' | 'waiting';
  /** aria-disabled rather than disabled, so the button keeps focus while a request or a wait runs. */
  readonly busy: boolean;
  /** While a 429 wait runs, when it ends (epoch ms): the button counts down to it. */
  readonly waitUntil: number | null;
  /** Whether the button shows its text; otherwise an arrow, the text being its accessible name (Lock's labeledSubmitButton). */
  readonly labeled: boolean;
}

export interface FormView {
  readonly status: Status;
  readonly pending: boolean;
  readonly submitEvent: MachineEvent;
  readonly fields: readonly FieldView[];
  /** The connection's password rules, checked as the person types; null when no field asks for a new password. */
  readonly policy: { readonly label: string; readonly rules: readonly RuleView[] } | null;
  /** The account's email for a hidden username input (password managers), or null. */
  readonly username: string | null;
  /** The site's additional fields (sign-up). */
  readonly extras: readonly ExtraView[];
  readonly terms: TermsView | null;
  readonly submit: SubmitView;
}

export interface LinkView {
  readonly text: string;
  readonly event?: MachineEvent;
  readonly href?: string;
  readonly back?: boolean;
  readonly primary?: boolean;
}

/** Everything a screen shows, in words, decided in one place (connect.ts); views only lay it out. */
export interface ViewModel {
  readonly screen: ScreenName;
  readonly title: string;
  /** The title is out of sight (Lock's hideMainScreenTitle) but still names the form and the dialog. */
  readonly titleHidden: boolean;
  readonly subtitle: string | null;
  readonly logo: { readonly src: string; readonly alt: string } | null;
  readonly alert: { readonly text: string; readonly tone: Tone | undefined; readonly rules: readonly RuleView[] | null };
  readonly form: FormView | null;
  readonly links: readonly LinkView[];
  /** The Log in / Sign up switch; with `href`, a plain link to the site's own page. */
  readonly switchTo: { readonly prompt: string; readonly action: string; readonly event: MachineEvent; readonly href?: string | null | undefined } | null;
  /** The last-login screen's account: its name (or the site's display name), the site's picture, and whether it is logging in. */
  readonly account: { readonly name: string; readonly picture: string | null; readonly busy: boolean } | null;
  /** A paragraph of text (the signed-in screen). */
  readonly body: string | null;
  /** Where focus goes when the widget is shown. */
  readonly firstFocus: FocusTarget | null;
  readonly closeLabel: string;
}

/** What every screen component receives: the view model, the instance's element ids, and a way to send events. */
export interface ScreenProps {
  readonly vm: ViewModel;
  readonly ids: Ids;
  readonly send: (event: MachineEvent) => void;
  /** The submit button's text as a signal: a 429 countdown updates that text alone, not the form. */
  readonly submitText: ReadonlySignal<string>;
}
