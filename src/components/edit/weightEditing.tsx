import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { WeightEditor } from '../lazyParts';

/** What the inline editor changes: a weight w^{k,j}_i or a bias b^k_j (k 1-based, j and i 0-based). */
export type EditTarget =
  | { readonly kind: 'weight'; readonly k: number; readonly j: number; readonly i: number }
  | { readonly kind: 'bias'; readonly k: number; readonly j: number };

/** An open inline editor: what it edits, the element it was opened from, and where (a pointer, or that element). */
export interface OpenEditor {
  readonly target: EditTarget;
  readonly anchor: SVGElement | HTMLElement;
  readonly point: { readonly x: number; readonly y: number } | null;
}

/** Opens the inline editor on a weight or a bias (the one open before is closed, its invalid text kept). */
export type OpenWeightEditor = (
  target: EditTarget,
  anchor: SVGElement | HTMLElement,
  point?: { readonly x: number; readonly y: number },
) => void;

const OpenContext = createContext<OpenWeightEditor | null>(null);
const EditingContext = createContext<string | null>(null);

/** The function that opens the inline editor, or null outside a WeightEditing (the edges are then read-only). */
export const useOpenWeightEditor = (): OpenWeightEditor | null => useContext(OpenContext);

/** True while the inline editor is open on this target (its edge or pill is then marked). */
export const useIsEditing = (target: EditTarget): boolean => useContext(EditingContext) === targetKey(target);

/** A stable key per target, so that opening another weight starts a fresh editor. */
const targetKey = (target: EditTarget): string =>
  target.kind === 'weight' ? `w:${target.k}:${target.j}:${target.i}` : `b:${target.k}:${target.j}`;

/** Lets the diagram's edges and biases open one inline editor, drawn over the diagram (an HTML field). */
export function WeightEditing({ children }: { readonly children: ReactNode }) {
  const [open, setOpen] = useState<OpenEditor | null>(null);
  const openEditor = useCallback<OpenWeightEditor>(
    (target, anchor, point) => setOpen({ target, anchor, point: point ?? null }),
    [],
  );
  const close = useCallback(() => setOpen(null), []);
  return (
    <OpenContext value={openEditor}>
      <EditingContext value={open ? targetKey(open.target) : null}>
        {children}
        {open && <WeightEditor key={targetKey(open.target)} open={open} onClose={close} />}
      </EditingContext>
    </OpenContext>
  );
}
