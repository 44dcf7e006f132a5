import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import type { Model } from '../../engine';
import { biasPath, weightPath } from '../../editing';
import { selectFieldDraft, selectFieldProblem, useApp } from '../../store';
import { Sym } from '../train/Sym';
import { biasName, numberText, weightName } from './text';
import type { EditTarget, OpenEditor } from './weightEditing';
import './edit.css';
import './overlays.css';

/** The value a target has in the model, or undefined when the model has no such weight or bias any more. */
function valueOf(model: Model, target: EditTarget): number | undefined {
  const layer = model.layers[target.k - 1];
  if (layer?.kind !== 'linear') return undefined;
  return target.kind === 'weight' ? layer.weights[target.j]?.[target.i] : layer.biases?.[target.j];
}

/** The symbol of a target: w^{k,j}_i or b^k_j, 1-based on screen. */
function TargetSymbol({ target }: { readonly target: EditTarget }) {
  const { k, j } = target;
  return target.kind === 'weight' ? (
    <Sym base="w" sup={`${k},${j + 1}`} sub={String(target.i + 1)} />
  ) : (
    <Sym base="b" sup={String(k)} sub={String(j + 1)} />
  );
}

/** Where the editor goes in its container: under the point it was opened at, kept inside the container. */
function placeEditor(open: OpenEditor, editor: HTMLElement): { left: number; top: number } | null {
  const container = editor.offsetParent;
  if (!(container instanceof HTMLElement)) return null;
  const box = container.getBoundingClientRect();
  const anchor = open.anchor.getBoundingClientRect();
  const point = open.point ?? { x: anchor.left + anchor.width / 2, y: anchor.top + anchor.height / 2 };
  const gap = 14;
  const { offsetWidth: width, offsetHeight: height } = editor;
  const left = Math.min(Math.max(8, point.x - box.left - width / 2), Math.max(8, box.width - width - 8));
  const below = point.y - box.top + gap;
  const top = below + height <= box.height - 8 ? below : Math.max(8, point.y - box.top - gap - height);
  return { left, top };
}

/**
 * The inline editor of a weight or a bias, over the diagram: Enter (or leaving it) applies the value, Escape
 * cancels. A value the parser refuses stays in the field with its message; the model keeps its valid value.
 */
export function WeightEditor({ open, onClose }: { readonly open: OpenEditor; readonly onClose: () => void }) {
  const { target, anchor } = open;
  const path =
    target.kind === 'weight' ? weightPath(target.k, target.j, target.i) : biasPath(target.k, target.j);
  const value = useApp((state) => valueOf(state.model, target));
  const draft = useApp(selectFieldDraft(path));
  const problem = useApp(selectFieldProblem(path));
  const edit = useApp((state) => state.edit);
  const clearFieldProblem = useApp((state) => state.clearFieldProblem);
  const shown = value === undefined ? '' : numberText(value);
  const name =
    target.kind === 'weight' ? weightName(target.k, target.j, target.i) : biasName(target.k, target.j);
  const [text, setText] = useState(() => draft ?? shown);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  const editorRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const closed = useRef(false);
  const id = useId();

  useLayoutEffect(() => {
    if (editorRef.current) setPlace(placeEditor(open, editorRef.current));
  }, [open]);
  // Unplaced, the editor is transparent rather than hidden: its field can take the focus at once.
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  // The weight is gone (its layer was removed or resized by an undo): nothing left to edit.
  useEffect(() => {
    if (value === undefined) onClose();
  }, [value, onClose]);

  const close = (refocus: boolean) => {
    if (closed.current) return;
    closed.current = true;
    onClose();
    if (refocus && anchor.isConnected) anchor.focus();
  };
  /** Applies the text; closes on success (giving the focus back when asked), stays open on a problem. */
  const apply = (refocus: boolean) => {
    if (closed.current) return;
    if (text === shown) {
      clearFieldProblem(path);
      close(refocus);
      return;
    }
    const result =
      target.kind === 'weight'
        ? edit({ kind: 'setWeight', k: target.k, j: target.j, i: target.i, value: text })
        : edit({ kind: 'setBias', k: target.k, j: target.j, value: text });
    if (result.ok) close(refocus);
    else inputRef.current?.focus();
  };
  const cancel = () => {
    clearFieldProblem(path);
    close(true);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      apply(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    }
  };
  // Leaving the editor (not moving between its own controls) applies a new value; a refused one stays open with
  // its message. Otherwise it closes (text the parser refused stays kept in the store, shown when reopened).
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (closed.current || (next instanceof Node && editorRef.current?.contains(next))) return;
    if (text !== (draft ?? shown)) apply(false);
    else close(false);
  };

  const invalid = problem !== null;
  return (
    <div
      ref={editorRef}
      className={`weight-editor${invalid ? ' is-invalid' : ''}`}
      data-testid="weight-editor"
      role="group"
      aria-label={`Edit ${name}`}
      style={place ? { left: place.left, top: place.top } : { opacity: 0 }}
      onBlur={onBlur}
    >
      <label className="weight-editor-row" htmlFor={`${id}-input`}>
        <span className="weight-editor-symbol" aria-hidden="true">
          <TargetSymbol target={target} />
        </span>
        <span aria-hidden="true">=</span>
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="field-input weight-editor-input"
        type="text"
        inputMode="decimal"
        data-path={path}
        aria-label={`Value of ${name}`}
        value={text}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-problem` : `${id}-hint`}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {invalid ? (
        <p className="field-problem" id={`${id}-problem`} role="alert" data-testid="field-problem">
          {problem}
        </p>
      ) : (
        <p className="weight-editor-hint" id={`${id}-hint`}>
          A decimal, or a fraction like -3000/11600000.
          <br />
          <kbd>Enter</kbd> applies, <kbd>Esc</kbd> cancels.
        </p>
      )}
      <div className="weight-editor-buttons">
        <button type="button" className="text-button" onClick={cancel}>
          Cancel
        </button>
        <button type="button" className="text-button primary" onClick={() => apply(true)}>
          Apply
        </button>
      </div>
    </div>
  );
}
