import type { MessageKey } from '../../i18n/en';
import { format } from '../../i18n/format';
import type { LatchContext } from '../context';
import { Field } from './Field';
import { EyeIcon, EyeOffIcon } from './icons';

interface PasswordFieldProps {
  readonly name?: 'password' | 'confirm';
  readonly label?: MessageKey;
  readonly autocomplete: 'current-password' | 'new-password';
  readonly describedBy?: string;
}

/** Password input with a show/hide toggle that keeps focus and announces its state through aria-pressed. */
export function PasswordField({ name = 'password', label = 'field.password', autocomplete, describedBy }: PasswordFieldProps, { latch }: LatchContext) {
  const { dict, store } = latch;
  const visible = store.state.value.revealed.includes(name);
  return (
    <Field
      name={name}
      label={label}
      type={visible ? 'text' : 'password'}
      autocomplete={autocomplete}
      describedBy={describedBy}
    >
      <button
        type="button"
        data-part="reveal"
        aria-pressed={visible ? 'true' : 'false'}
        aria-label={format(dict, visible ? 'field.hidePassword' : 'field.showPassword')}
        onClick={() => store.send({ type: 'FIELD.REVEAL', field: name })}
      >
        {visible ? <EyeOffIcon /> : <EyeIcon />}
      </button>
    </Field>
  );
}
