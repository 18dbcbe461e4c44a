import { useState } from 'preact/hooks';
import { format } from '../../i18n/format';
import { useView } from '../context';
import { Field } from './Field';
import { EyeIcon, EyeOffIcon } from './icons';

/** Password input with a show/hide toggle that keeps focus and announces its state through aria-pressed. */
export function PasswordField({ autocomplete }: { readonly autocomplete: 'current-password' | 'new-password' }) {
  const { dict } = useView();
  const [visible, setVisible] = useState(false);
  return (
    <Field name="password" label={format(dict, 'field.password')} type={visible ? 'text' : 'password'} autocomplete={autocomplete}>
      <button
        type="button"
        data-part="reveal"
        aria-pressed={visible ? 'true' : 'false'}
        aria-label={format(dict, visible ? 'field.hidePassword' : 'field.showPassword')}
        onClick={() => setVisible(!visible)}
      >
        {visible ? <EyeOffIcon /> : <EyeIcon />}
      </button>
    </Field>
  );
}
