import { useLayoutEffect, useRef } from 'preact/hooks';
import type { MessageKey } from '../i18n/en';
import { format } from '../i18n/format';
import type { FocusTarget, ScreenName } from '../machine/machine.types';
import { brandPalette } from '../theme/palette';
import { Ctx, type ViewContext } from './context';
import { trapTab } from './focus';
import { Alert } from './parts/Alert';
import { Heading } from './parts/Heading';
import { CloseIcon } from './parts/icons';
import { ForgotPasswordScreen } from './screens/ForgotPasswordScreen';
import { LoginScreen } from './screens/LoginScreen';
import { SignedInScreen } from './screens/SignedInScreen';

/** The flat facade: one entry per screen, so the root has a single switch. */
const SCREENS: { readonly [S in ScreenName]: { title: MessageKey; subtitle?: MessageKey; Body: () => preact.JSX.Element } } = {
  login: { title: 'login.title', subtitle: 'login.subtitle', Body: LoginScreen },
  forgotPassword: { title: 'forgot.title', subtitle: 'forgot.instructions', Body: ForgotPasswordScreen },
  signedIn: { title: 'signedIn.title', Body: SignedInScreen },
  unrecoverable: { title: 'unrecoverable.title', Body: () => <></> },
};

export interface AppProps {
  readonly view: ViewContext;
  readonly mode: 'modal' | 'inline';
  readonly onClose: () => void;
}

function focusTarget(root: HTMLElement, view: ViewContext, target: FocusTarget) {
  const id = target === 'heading' ? view.ids.title : view.ids.field(target);
  root.ownerDocument.getElementById(id)?.focus();
}

export function App({ view, mode, onClose }: AppProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const { store, options, dict, ids } = view;
  const screen = store.screen.value;
  const focus = store.focus.value;
  const { title, subtitle, Body } = SCREENS[screen];

  // Brand colours go in through CSSOM custom properties: no style attribute string, no <style>, CSP-clean.
  useLayoutEffect(() => {
    const root = rootRef.current;
    const palette = options.primaryColor ? brandPalette(options.primaryColor) : null;
    if (!root || !palette) return;
    for (const [name, value] of Object.entries(palette)) root.style.setProperty(name, value);
  }, [options.primaryColor]);

  // First focus when shown: the first field to fill in, or the title when autofocus is off (a modal must still
  // take focus, so assistive tech knows it opened).
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    if (options.autofocus && (screen === 'login' || screen === 'forgotPassword')) {
      const state = store.state.peek();
      focusTarget(root, view, screen === 'login' && state.email !== '' ? 'password' : 'email');
    } else if (mode === 'modal') {
      focusTarget(root, view, 'heading');
    }
  }, []);

  // Layout effect: focus moves in the same task as the screen change, before anything else can take it.
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (root && focus) focusTarget(root, view, focus.target);
  }, [focus]);

  const closable = mode === 'modal' && options.closable;
  const card = (
    <div
      data-part="card"
      role={mode === 'modal' ? 'dialog' : undefined}
      aria-modal={mode === 'modal' ? 'true' : undefined}
      aria-labelledby={mode === 'modal' ? ids.title : undefined}
      aria-describedby={mode === 'modal' && subtitle ? ids.subtitle : undefined}
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
    <Ctx.Provider value={view}>
      <div class="latch" data-part="root" data-mode={mode} data-color-scheme={options.colorScheme} data-screen={screen} ref={rootRef}>
        {mode === 'modal' ? <div data-part="backdrop">{card}</div> : card}
      </div>
    </Ctx.Provider>
  );
}
