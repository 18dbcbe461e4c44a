import { Component, createRef } from 'preact';
import type { MessageKey } from '../i18n/en';
import { format } from '../i18n/format';
import type { FocusTarget, ScreenName } from '../machine/machine.types';
import { brandPalette } from '../theme/palette';
import type { LatchContext, ViewContext } from './context';
import { trapTab } from './focus';
import { Alert } from './parts/Alert';
import { Heading } from './parts/Heading';
import { CloseIcon } from './parts/icons';
import { ForgotPasswordScreen } from './screens/ForgotPasswordScreen';
import { LoginScreen } from './screens/LoginScreen';
import { ResetPasswordScreen } from './screens/ResetPasswordScreen';
import { SignedInScreen } from './screens/SignedInScreen';
import { SignUpScreen } from './screens/SignUpScreen';

/** The flat facade: one entry per screen, so the root has a single switch. */
const SCREENS: { readonly [S in ScreenName]: { title: MessageKey; subtitle?: MessageKey; Body: (props: unknown, context: LatchContext) => preact.JSX.Element | null } } = {
  login: { title: 'login.title', subtitle: 'login.subtitle', Body: LoginScreen },
  signUp: { title: 'signUp.title', subtitle: 'signUp.subtitle', Body: SignUpScreen },
  resetPassword: { title: 'reset.title', subtitle: 'reset.subtitle', Body: ResetPasswordScreen },
  forgotPassword: { title: 'forgot.title', subtitle: 'forgot.instructions', Body: ForgotPasswordScreen },
  signedIn: { title: 'signedIn.title', Body: SignedInScreen },
  unrecoverable: { title: 'unrecoverable.title', Body: () => null },
};

export interface AppProps {
  readonly view: ViewContext;
  readonly mode: 'modal' | 'inline';
  readonly onClose: () => void;
}

function focusTarget(root: HTMLElement, view: ViewContext, target: FocusTarget) {
  const id = target === 'heading' ? view.ids.title : view.ids.field(target);
  // The root node, not the document: inside <latch-login> the ids live in its shadow root.
  (root.getRootNode() as Document).getElementById(id)?.focus(); // a ShadowRoot has getElementById too
}

/**
 * The widget's root. It re-renders the whole (small) tree whenever the machine state changes, provides the view
 * context to every part, applies brand colours, and moves focus when the machine asks.
 */
export class App extends Component<AppProps> {
  private readonly root = createRef<HTMLDivElement>();
  private unsubscribe: (() => void) | undefined;
  private focusSeq = 0;
  private readonly palette = brandPalette(this.props.view.options.theme.primaryColor ?? '');

  override getChildContext(): LatchContext {
    return { latch: this.props.view };
  }

  override componentDidMount(): void {
    const { view, mode } = this.props;
    const { store, options } = view;
    const root = this.root.current;
    // Re-render on every later change of the state, and on every countdown tick.
    const update = () => this.forceUpdate();
    const stops = [store.state.subscribe(update), store.clock.subscribe(update)];
    this.unsubscribe = () => stops.forEach((stop) => stop());
    if (!root) return;
    // First focus: the first field to fill in, or the title when autofocus is off (a modal must still take
    // focus, so assistive tech knows it opened).
    const state = store.state.peek();
    const screen = state.screen;
    this.focusSeq = store.focus.peek()?.seq ?? 0;
    if (options.autofocus && screen !== 'signedIn' && screen !== 'unrecoverable' && !state.linkProblem) {
      const first = screen === 'resetPassword' || (screen === 'login' && state.email !== '') ? 'password' : 'email';
      focusTarget(root, view, first);
    } else if (mode === 'modal') {
      focusTarget(root, view, 'heading');
    }
  }

  override componentDidUpdate(): void {
    // Focus moves in the same task as the screen change, before anything else can take it.
    const focus = this.props.view.store.focus.peek();
    const root = this.root.current;
    if (focus && focus.seq !== this.focusSeq && root) {
      this.focusSeq = focus.seq;
      focusTarget(root, this.props.view, focus.target);
    }
  }

  override componentWillUnmount(): void {
    this.unsubscribe?.();
  }

  render() {
    const { view, mode, onClose } = this.props;
    const { store, options, dict, ids } = view;
    const { screen, linkProblem } = store.state.value;
    const { title, subtitle, Body } = SCREENS[screen];
    // A dead reset link has no subtitle (Heading): the dialog must not point at a description that is not there.
    const described = subtitle && !(screen === 'resetPassword' && linkProblem);
    const closable = mode === 'modal' && options.closable;
    // A bare number is px. The card's corners follow the controls' (16px to 10px by default), at most 32px.
    const radius = `${options.theme.radius}`.replace(/\d$/, '$&px');
    const card = (
      <div
        data-part="card"
        role={mode === 'modal' ? 'dialog' : undefined}
        aria-modal={mode === 'modal' ? 'true' : undefined}
        aria-labelledby={mode === 'modal' ? ids.title : undefined}
        aria-describedby={mode === 'modal' && described ? ids.subtitle : undefined}
        onKeyDown={(event) => {
          if (mode !== 'modal') return;
          if (event.key === 'Escape' && closable) {
            event.stopPropagation();
            onClose();
          } else {
            trapTab(event, event.currentTarget);
          }
        }}
      >
        {closable && (
          <button type="button" data-part="close" aria-label={format(dict, 'dialog.close')} onClick={onClose}>
            <CloseIcon />
          </button>
        )}
        <Heading title={title} subtitle={subtitle} />
        <Alert />
        <Body />
      </div>
    );
    return (
      <div
        class="latch"
        data-part="root"
        lang={options.language}
        // Arabic, Hebrew and the other right-to-left scripts mirror the layout (the CSS uses logical properties).
        dir={/^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)(-|$)/i.test(options.language) ? 'rtl' : 'ltr'}
        data-mode={mode}
        data-color-scheme={options.theme.colorScheme}
        data-screen={screen}
        // Brand colours, corners and font as custom properties, which Preact sets through CSSOM (setProperty): no
        // style attribute string, no <style>, so a strict CSP holds. Empty values leave the stylesheet's.
        style={{
          ...this.palette,
          '--latch-radius-control': radius,
          '--latch-radius-card': radius && `min(${radius}*1.6,32px)`,
          '--latch-font-family': options.theme.font,
        }}
        ref={this.root}
      >
        {mode === 'modal' ? <div data-part="backdrop">{card}</div> : card}
      </div>
    );
  }
}
