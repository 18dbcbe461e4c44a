import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../i18n/en';
import { format } from '../../i18n/format';
import type { FieldName } from '../../machine/machine.types';
import type { LatchContext } from '../context';

interface FieldProps {
  readonly name: FieldName;
  readonly label: MessageKey;
  readonly type: string;
  readonly autocomplete: string;
  readonly inputMode?: 'email' | 'text';
  /** Id of more text that describes the field, such as the password rules. */
  readonly describedBy?: string;
  /** Extra control inside the field, such as the show/hide password toggle. */
  readonly children?: ComponentChildren;
}

/** A labelled input bound to the machine; its error sits under it and is tied to it for assistive tech. */
export function Field({ name, label, type, autocomplete, inputMode, describedBy, children }: FieldProps, { latch }: LatchContext) {
  const { store, dict, ids } = latch;
  const state = store.state.value;
  const errorKey = state.fieldErrors[name];
  const id = ids.field(name);
  const errorId = ids.fieldError(name);
  const described = [errorKey ? errorId : '', describedBy ?? ''].filter(Boolean).join(' ');
  return (
    <div data-part="field" data-invalid={errorKey ? '' : undefined}>
      <label data-part="label" for={id}>
        {format(dict, label)}
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
          aria-describedby={described || undefined}
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

/** The email field, the same on every screen that asks for one. */
export const EmailField = () => <Field name="email" label="field.email" type="email" inputMode="email" autocomplete="username" />;
