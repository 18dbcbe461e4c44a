import type { MessageKey } from '../../i18n/en';
import { format } from '../../i18n/format';
import { useView } from '../context';

/** Screen title and its one line of explanation. Focus lands on the title when the screen changes. */
export function Heading({ title, subtitle }: { readonly title: MessageKey; readonly subtitle?: MessageKey }) {
  const { dict, ids, options } = useView();
  return (
    <>
      <header data-part="header">
        {options.logo && <img data-part="logo" src={options.logo} alt={format(dict, 'logo.alt')} />}
        <h2 data-part="title" id={ids.title} tabIndex={-1}>
          {format(dict, title)}
        </h2>
      </header>
      {subtitle && (
        <p data-part="subtitle" id={ids.subtitle}>
          {format(dict, subtitle)}
        </p>
      )}
    </>
  );
}
