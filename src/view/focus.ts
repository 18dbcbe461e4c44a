// Everything focusable in the widget is a link, a button, an input or a select; none is ever disabled (busy buttons use
// aria-disabled), so this short selector finds every stop of the Tab order.
const TABBABLE = 'a[href],button,input,select';

/** Keeps Tab and Shift+Tab inside a modal: from the last stop to the first and back. */
export function trapTab(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const items = container.querySelectorAll<HTMLElement>(TABBABLE);
  const first = items[0];
  const last = items[items.length - 1];
  const active = container.ownerDocument.activeElement;
  // Focus outside the dialog, or on the title (focused by script, not a Tab stop), counts as "before the first".
  const outside = !container.contains(active) || active === container.querySelector('[data-part=title]');
  const target = event.shiftKey ? (active === first || outside ? last : null) : active === last || outside ? first : null;
  if (target) {
    event.preventDefault();
    target.focus();
  }
}
