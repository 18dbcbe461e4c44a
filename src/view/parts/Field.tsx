import type { MachineEvent } from '../../machine/machine.types';
import type { Ids } from '../ids';
import type { FieldView } from '../view.types';
import { EyeIcon, EyeOffIcon } from './icons';

interface FieldProps {
  readonly field: FieldView;
  readonly ids: Ids;
  readonly send: (event: MachineEvent) => void;
}

/**
 * A labelled input; its error sits under it and is tied to it for assistive tech. A password field has a show/hide
 * toggle that keeps focus and announces its state through aria-pressed.
 */
export function Field({ field, ids, send }: FieldProps) {
  const { name, error, reveal } = field;
  const id = ids.field(name);
  const errorId = ids.fieldError(name);
  const described = [error ? errorId : '', field.rules ? ids.field('rules') : ''].filter(Boolean).join(' ');
  return (
    <div data-part="field" data-invalid={error ? '' : undefined}>
      <label data-part="label" for={id}>
        {field.label}
      </label>
      <div data-part="control">
        <input
          data-part="input"
          id={id}
          name={name}
          // Preact's input types pair each `type` with the roles it allows; this input sets no role, so each of the
          // three types is valid, but a union cannot pick one branch: name one.
          type={field.type as 'text'}
          autocomplete={field.autocomplete}
          inputMode={field.inputMode}
          spellcheck={false}
          autocapitalize="none"
          required
          value={field.value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={described || undefined}
          onInput={(event) => send({ type: 'FIELD.CHANGE', field: name, value: event.currentTarget.value })}
        />
        {reveal && (
          <button
            type="button"
            data-part="reveal"
            aria-pressed={reveal.shown ? 'true' : 'false'}
            aria-label={reveal.label}
            onClick={() => send({ type: 'FIELD.REVEAL', field: name })}
          >
            {reveal.shown ? <EyeOffIcon /> : <EyeIcon />}
          </button>
        )}
      </div>
      {error && (
        <p data-part="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
