import type { ReadonlySignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { flowOf } from '../flows/registry';
import type { FocusTarget } from '../machine/machine.types';
import type { Store, ViewSettings } from '../store';
import type { brandPalette } from '../theme/palette';
import { trapTab } from './focus';
import type { Ids } from './ids';
import { Alert } from './parts/Alert';
import { Heading } from './parts/Heading';
import { CloseIcon } from './parts/icons';
import type { ScreenProps } from './view.types';

export interface AppProps {
  readonly store: Store;
  readonly settings: ReadonlySignal<ViewSettings>;
  readonly ids: Ids;
  /** Brand colours as custom properties (src/theme/palette.ts), worked out once per widget. */
  readonly palette: ReturnType<typeof brandPalette>;
  readonly mode: 'modal' | 'inline';
  readonly onClose: () => void;
  /** The root was pre-rendered (latch/server) and is being hydrated: its custom properties are set here. */
  readonly hydrated?: boolean;
}

function focusTarget(root: HTMLElement | null, ids: Ids, target: FocusTarget) {
  const id = target === 'heading' ? ids.title : ids.field(target);
  // The root node, not the document: inside <latch-login> the ids live in its shadow root.
  (root?.getRootNode() as Document | undefined)?.getElementById(id)?.focus(); // a ShadowRoot has getElementById too
}

/** The focused element of the root's own tree (inside <latch-login>'s shadow root, the document's is the host). */
const activeIn = (root: HTMLElement | null) => (root?.getRootNode() as Document | undefined)?.activeElement;

/**
 * Moves focus once the frame that shows the new screen has been drawn, so focusing never forces a style and layout
 * pass inside show() or a screen switch; not if the person has put focus somewhere else in the meantime.
 */
function focusAfterFrame(root: HTMLElement | null, ids: Ids, target: FocusTarget) {
  const before = activeIn(root);
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (root?.isConnected && activeIn(root) === before) focusTarget(root, ids, target);
    }),
  );
}

/** The body of a screen: its flow's component, or what the core draws for its own two screens. */
function Screen(props: ScreenProps) {
  const { vm } = props;
  const flow = flowOf(vm.screen);
  if (flow) return <flow.View {...props} />;
  return vm.body !== null ? <p data-part="body">{vm.body}</p> : null;
}

/**
 * The widget's root. It reads the view model through signals (so it re-renders when the state or the language
 * changes, and a countdown tick touches only the submit button's text), applies brand colours, and moves focus
 * where the view model and the machine ask.
 */
export function App({ store, settings, ids, palette, mode, onClose, hydrated }: AppProps) {
  const vm = store.view.value;
  const { options } = settings.value;
  const focus = store.focus.value;
  const root = useRef<HTMLDivElement>(null);
  // Focus requests made before this root existed (while hidden) are not replayed.
  const seen = useRef(store.focus.peek()?.seq ?? 0);
  // First focus, as the view model decided it, once the first screen is in the document; not when the person is
  // already in it (a pre-rendered form they started typing in).
  useLayoutEffect(() => {
    const first = store.view.peek().firstFocus;
    const el = root.current;
    if (hydrated && el) for (const [name, value] of Object.entries(style)) el.style.setProperty(name, value ?? '');
    if (first && !el?.contains(activeIn(el) ?? null)) focusAfterFrame(el, ids, first);
  }, []);
  // Later focus moves, once the screen change they belong to is drawn.
  useLayoutEffect(() => {
    if (focus && focus.seq !== seen.current) {
      seen.current = focus.seq;
      focusAfterFrame(root.current, ids, focus.target);
    }
  });

  const closable = mode === 'modal' && options.closable;
  // A bare number is px. The card's corners follow the controls' (16px to 10px by default), at most 32px.
  const radius = `${options.theme.radius}`.replace(/\d$/, '$&px');
  // Brand colours, corners and font as custom properties, which Preact sets through CSSOM (setProperty): no style
  // attribute string, no <style>, so a strict CSP holds. Empty values leave the stylesheet's.
  const style: Record<string, string | undefined> = {
    ...palette,
    '--latch-radius-control': radius,
    '--latch-radius-card': radius && `min(${radius}*1.6,32px)`,
    '--latch-font-family': options.theme.font,
  };
  const card = (
    <div
      data-part="card"
      role={mode === 'modal' ? 'dialog' : undefined}
      aria-modal={mode === 'modal' ? 'true' : undefined}
      aria-labelledby={mode === 'modal' ? ids.title : undefined}
      aria-describedby={mode === 'modal' && vm.subtitle !== null ? ids.subtitle : undefined}
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
        <button type="button" data-part="close" aria-label={vm.closeLabel} onClick={onClose}>
          <CloseIcon />
        </button>
      )}
      <Heading vm={vm} ids={ids} />
      <Alert alert={vm.alert} id={ids.alert} />
      <Screen vm={vm} ids={ids} send={store.send} submitText={store.submitText} />
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
      data-screen={vm.screen}
      style={style}
      ref={root}
    >
      {mode === 'modal' ? <div data-part="backdrop">{card}</div> : card}
    </div>
  );
}
