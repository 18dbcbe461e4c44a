import type { ComponentChildren } from 'preact';
import type { MachineEvent } from '../../machine/machine.types';
import type { LatchContext } from '../context';

/** A native form: Enter submits, and the browser's password manager recognises it. */
export function Form({ submit, children }: { readonly submit: MachineEvent; readonly children: ComponentChildren }, { latch }: LatchContext) {
  const { store, ids } = latch;
  return (
    <form
      data-part="form"
      noValidate
      data-state={store.state.value.status}
      aria-labelledby={ids.title}
      aria-busy={store.state.value.status === 'pending' ? 'true' : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        store.send(submit);
      }}
    >
      {children}
    </form>
  );
}
