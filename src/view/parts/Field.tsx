import type { ComponentChildren } from 'preact';
import { format } from '../../i18n/format';
import type { FieldName } from '../../machine/machine.types';
import { useView } from '../context';

interface FieldProps {
  readonly name: FieldName;
  readonly label: string;
  readonly type: string;
  readonly autocomplete: string;
  readonly inputMode?: 'email' | 'text';
  /** Extra control inside the field, such as the show/hide password toggle. */
  readonly children?: ComponentChildren;
}

/** A labelled input bound to the machine; its error sits under it and is tied to it for assistive tech. */
export function Field({ name, label, type, autocomplete, inputMode, children }: FieldProps) {
  const { store, dict, ids } = useView();
  const state = store.state.value;
  const errorKey = state.fieldErrors[name];
  const id = ids.field(name);
  const errorId = ids.fieldError(name);
  return (
    <div data-part="field" data-invalid={errorKey ? '' : undefined}>
      <label data-part="label" for={id}>
        {label}
      </label>
      <div data-part="control">
        <input
          data-part="input"
          id={id}
          name={name}
          type={type}
          autocomplete={autocomplete}
          inputMode={inputMode}
          spellcheck={false}
          autocapitalize="none"
          required
          value={state[name]}
          aria-invalid={errorKey ? 'true' : undefined}
          aria-describedby={errorKey ? errorId : undefined}
          onInput={(event) => store.send({ type: 'FIELD.CHANGE', field: name, value: event.currentTarget.value })}
        />
        {children}
      </div>
      {errorKey && (
        <p data-part="field-error" id={errorId}>
          {format(dict, errorKey)}
        </p>
      )}
    </div>
  );
}
