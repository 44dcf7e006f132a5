import { useId, useState, type CSSProperties, type FocusEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { selectFieldDraft, selectFieldProblem, useApp, type EditResult } from '../../store';

/** Props of a text field bound to one field of the model. */
export interface FieldProps {
  /** The field's path in the model file (`layers[1].weights[0][2]`): its problem and kept text are stored there. */
  readonly path: string;
  /** The model's value, as text (what the field holds while it has the focus). */
  readonly value: string;
  /** A shorter text shown while the field does not have the focus (a long number rounded); the value otherwise. */
  readonly short?: string;
  /** Applies the typed text as an edit (checked by the model-file parser). */
  readonly onCommit: (text: string) => EditResult;
  /** The accessible name (plain text, e.g. `w^{2,1}_3`). */
  readonly label: string;
  readonly className?: string;
  /** A number field: decimals or fractions such as -3000/11600000 (a decimal keyboard on touch screens). */
  readonly numeric?: boolean;
  /** False when the caller lists the problem itself (a table cell): the field is only marked. */
  readonly showProblem?: boolean;
  /** The id of the element where the caller shows the problem (when showProblem is false), to describe the field. */
  readonly problemId?: string;
  readonly id?: string;
}

/**
 * A text field for one value of the model. Enter or leaving the field applies it, Escape puts the model's value
 * back. An invalid value keeps the text typed (in the store, so it survives the field being hidden) with the
 * parser's message next to it, while the model keeps its previous valid value.
 */
export function Field(props: FieldProps) {
  const {
    path,
    value,
    short,
    onCommit,
    label,
    className,
    numeric,
    showProblem = true,
    problemId,
    id,
  } = props;
  const [typing, setTyping] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const draft = useApp(selectFieldDraft(path));
  const problem = useApp(selectFieldProblem(path));
  const clearFieldProblem = useApp((state) => state.clearFieldProblem);
  const ownId = useId();
  const messageId = showProblem ? ownId : problemId;
  const text = typing ?? draft ?? (focused || short === undefined ? value : short);

  const commit = () => {
    if (typing === null) return;
    setTyping(null);
    if (typing === value) clearFieldProblem(path);
    else if (typing !== draft) onCommit(typing);
  };
  const cancel = () => {
    setTyping(null);
    clearFieldProblem(path);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && text !== value) {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    }
  };
  // A shortened value gives way to the whole one at once, selected, so that typing replaces it.
  const onFocus = (event: FocusEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    flushSync(() => setFocused(true));
    if (short !== undefined && typing === null && draft === null) input.select();
  };
  const invalid = problem !== null;
  // A table sizes its columns so that the shortened value, in ch, is never cut (edit.css).
  const chars = short === undefined ? {} : { style: { '--shown-chars': short.length } as CSSProperties };
  return (
    <span className={`field${invalid ? ' is-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <input
        type="text"
        {...(id === undefined ? {} : { id })}
        className="field-input"
        {...chars}
        data-path={path}
        value={text}
        aria-label={label}
        aria-invalid={invalid}
        {...(invalid && messageId !== undefined ? { 'aria-describedby': messageId } : {})}
        {...(numeric ? { inputMode: 'decimal' as const } : {})}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => setTyping(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        {...(short !== undefined && short !== value ? { title: value } : {})}
        onFocus={onFocus}
        onBlur={() => {
          setFocused(false);
          commit();
        }}
      />
      {invalid && showProblem && (
        <span className="field-problem" id={messageId} role="alert" data-testid="field-problem">
          {problem}
        </span>
      )}
    </span>
  );
}
