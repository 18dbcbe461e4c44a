import type { ComponentChildren } from 'preact';
import type { ScreenProps } from '../view.types';
import { ExtraField, Terms } from './Extras';
import { Field } from './Field';
import { PolicyChecklist } from './PolicyChecklist';
import { SubmitButton } from './SubmitButton';

/**
 * A native form: Enter submits, and the browser's password manager recognises it. It lays out the screen's fields,
 * the password rules when a field asks for a new password, the submit button, then `children` (links).
 */
export function Form({ vm, ids, send, submitText, children }: ScreenProps & { readonly children?: ComponentChildren }) {
  const form = vm.form;
  if (!form) return null;
  return (
    <form
      data-part="form"
      noValidate
      data-state={form.status}
      aria-labelledby={ids.title}
      aria-busy={form.pending ? 'true' : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        send(form.submitEvent);
      }}
    >
      {/* Lets password managers file a new password under the right account. */}
      {form.username !== null && <input type="text" name="username" autocomplete="username" value={form.username} readOnly hidden />}
      {form.fields.map((field) => (
        <Field key={field.name} field={field} ids={ids} send={send} />
      ))}
      {form.policy && <PolicyChecklist policy={form.policy} id={ids.field('rules')} />}
      {form.extras.map((field) => (
        <ExtraField key={field.id} field={field} ids={ids} send={send} />
      ))}
      {form.terms && <Terms terms={form.terms} ids={ids} send={send} />}
      <SubmitButton submit={form.submit} text={submitText} />
      {children}
    </form>
  );
}
