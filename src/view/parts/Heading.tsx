import type { MessageKey } from '../../i18n/en';
import { format } from '../../i18n/format';
import type { LatchContext } from '../context';

/** Screen title and its one line of explanation. Focus lands on the title when the screen changes. */
export function Heading({ title, subtitle }: { readonly title: MessageKey; readonly subtitle?: MessageKey }, { latch }: LatchContext) {
  const { dict, ids, options, store } = latch;
  const { email, linkProblem } = store.state.value;
  // The reset screen names the account it changes; without an email (or for a dead link) a general line.
  const line = subtitle === 'reset.subtitle' && (!email || linkProblem) ? (linkProblem ? undefined : 'reset.subtitleNoEmail') : subtitle;
  return (
    <>
      <header data-part="header">
        {options.theme.logo && <img data-part="logo" src={options.theme.logo} alt={format(dict, 'logo.alt')} />}
        <h2 data-part="title" id={ids.title} tabIndex={-1}>
          {format(dict, title)}
        </h2>
      </header>
      {line && (
        <p data-part="subtitle" id={ids.subtitle}>
          {format(dict, line, { email })}
        </p>
      )}
    </>
  );
}
