import type { MachineEvent } from '../../machine/machine.types';
import type { LinkView, ViewModel } from '../view.types';
import { BackIcon } from './icons';

/**
 * The screen's secondary actions: a link to the site's own page, or a button that sends an event. Keyed by place, not
 * text: on a switch between screens the button in the same place is the same element with new text ("Don't remember
 * your password?" becomes "Back"), so the button just clicked, which has focus, is not taken out of the document (that
 * would make the browser work out styles at once, in the middle of the switch, and fire blur).
 */
export function Links({ links, send }: { readonly links: readonly LinkView[]; readonly send: (event: MachineEvent) => void }) {
  if (links.length === 0) return null;
  return (
    <div data-part="links">
      {links.map((link) =>
        link.href !== undefined ? (
          <a data-part="link" href={link.href}>
            {link.text}
          </a>
        ) : (
          <button
            type="button"
            data-part={link.primary ? 'submit' : 'link'}
            data-state={link.primary ? 'idle' : undefined}
            data-variant={link.back ? 'back' : undefined}
            onClick={() => link.event && send(link.event)}
          >
            {link.back && <BackIcon />}
            {link.text}
          </button>
        ),
      )}
    </div>
  );
}

/**
 * The Log in / Sign up switch under the form: "Don't have an account? Sign up" on the login screen, "Already have
 * an account? Log in" on the sign-up screen. With the site's own sign-up page (`signUpLink`), a plain link to it.
 */
export function AccountSwitch({ switchTo, send }: { readonly switchTo: ViewModel['switchTo']; readonly send: (event: MachineEvent) => void }) {
  if (!switchTo) return null;
  return (
    <p data-part="switch">
      {switchTo.prompt}{' '}
      {switchTo.href ? (
        <a data-part="link" href={switchTo.href}>
          {switchTo.action}
        </a>
      ) : (
        <button type="button" data-part="link" onClick={() => send(switchTo.event)}>
          {switchTo.action}
        </button>
      )}
    </p>
  );
}
