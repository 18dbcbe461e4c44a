import type { Ids } from '../ids';
import type { ViewModel } from '../view.types';

/**
 * Screen title and its one line of explanation. Focus lands on the title when the screen changes. A title hidden
 * by `theme.hideMainScreenTitle` stays in the document, out of sight, as the form's and the dialog's name.
 */
export function Heading({ vm, ids }: { readonly vm: ViewModel; readonly ids: Ids }) {
  return (
    <>
      <header data-part="header">
        {vm.logo && <img data-part="logo" src={vm.logo.src} alt={vm.logo.alt} />}
        <h2 data-part="title" id={ids.title} tabIndex={-1} data-hidden={vm.titleHidden ? '' : undefined}>
          {vm.title}
        </h2>
      </header>
      {vm.subtitle !== null && (
        <p data-part="subtitle" id={ids.subtitle}>
          {vm.subtitle}
        </p>
      )}
    </>
  );
}
