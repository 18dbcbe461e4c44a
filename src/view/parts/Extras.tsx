import type { MachineEvent } from '../../machine/machine.types';
import type { Ids } from '../ids';
import type { ExtraView, TermsView } from '../view.types';
import { ChevronIcon } from './icons';

interface Props {
  readonly ids: Ids;
  readonly send: (event: MachineEvent) => void;
}

/**
 * One of the site's additional sign-up fields: a text input, a select (an empty first choice; a note while its
 * choices load or when they could not), or a checkbox whose label follows it. The error sits under it and is tied
 * to it, as on the widget's own fields.
 */
export function ExtraField({ field, ids, send }: Props & { readonly field: ExtraView }) {
  const id = ids.field(field.id);
  const errorId = ids.fieldError(field.id);
  const noteId = ids.field(`${field.id}-note`);
  const described = [field.error ? errorId : '', field.note ? noteId : ''].filter(Boolean).join(' ') || undefined;
  const change = (value: string) => send({ type: 'EXTRA.CHANGE', name: field.name, value });
  const common = {
    id,
    name: field.name,
    'aria-label': field.ariaLabel,
    'aria-invalid': field.error ? ('true' as const) : undefined,
    'aria-describedby': described,
  };
  const label = (
    <label data-part="label" for={id}>
      {field.label}
    </label>
  );
  return (
    <div data-part="field" data-kind={field.kind} data-invalid={field.error ? '' : undefined}>
      {field.kind === 'checkbox' ? (
        <div data-part="check">
          <input {...common} data-part="checkbox" type="checkbox" checked={field.value === 'true'} onChange={(e) => change(`${e.currentTarget.checked}`)} />
          {label}
        </div>
      ) : (
        <>
          {label}
          <div data-part="control">
            {field.kind === 'select' ? (
              <>
                <select {...common} data-part="input" value={field.value} aria-busy={field.choices ? undefined : 'true'} onChange={(e) => change(e.currentTarget.value)}>
                  {/* Before the choices: "Loading…" while they load; nothing when they failed (the note under it says so). */}
                  <option value="">{field.choices?.none ?? (field.busy ? field.note : '')}</option>
                  {field.choices?.list.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                </select>
                <ChevronIcon />
              </>
            ) : (
              <input {...common} data-part="input" type="text" value={field.value} onInput={(e) => change(e.currentTarget.value)} />
            )}
          </div>
          {field.note && (
            <p data-part="field-note" id={noteId}>
              {field.note}
            </p>
          )}
        </>
      )}
      {field.error && (
        <p data-part="field-error" id={errorId}>
          {field.error}
        </p>
      )}
    </div>
  );
}

/** The terms: text and the site's links (built here, never parsed as HTML), inside the box's label when it must be ticked. */
export function Terms({ terms, ids, send }: Props & { readonly terms: TermsView }) {
  const id = ids.field('terms');
  const errorId = ids.fieldError('terms');
  const words = terms.parts.map((part, i) =>
    typeof part === 'string' ? (
      part
    ) : (
      <a key={i} data-part="terms-link" href={part.href} target="_blank" rel="noopener noreferrer">
        {part.text}
      </a>
    ),
  );
  return (
    <div data-part="terms" data-invalid={terms.error ? '' : undefined}>
      {terms.checkbox ? (
        <div data-part="check">
          <input
            data-part="checkbox"
            id={id}
            type="checkbox"
            checked={terms.checkbox.checked}
            aria-invalid={terms.error ? 'true' : undefined}
            aria-describedby={terms.error ? errorId : undefined}
            onChange={() => send({ type: 'TERMS.TOGGLE' })}
          />
          <label data-part="label" for={id}>
            {words}
          </label>
        </div>
      ) : (
        <p>{words}</p>
      )}
      {terms.error && (
        <p data-part="field-error" id={errorId}>
          {terms.error}
        </p>
      )}
    </div>
  );
}
