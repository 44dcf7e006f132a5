import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../store';
import { Sym } from '../train/Sym';

/** The field a path names, as the series writes it (w^{k,j}_i, b^k_j, x_c of a sample), else the path itself. */
export function FieldName({ path }: { readonly path: string }): ReactNode {
  const weight = /^layers\[(\d+)\]\.weights\[(\d+)\]\[(\d+)\]$/.exec(path);
  if (weight) {
    const [, k = 0, j = 0, i = 0] = weight.map(Number);
    return <Sym base="w" sup={`${k + 1},${j + 1}`} sub={String(i + 1)} />;
  }
  const bias = /^layers\[(\d+)\]\.biases\[(\d+)\]$/.exec(path);
  if (bias) {
    const [, k = 0, j = 0] = bias.map(Number);
    return <Sym base="b" sup={String(k + 1)} sub={String(j + 1)} />;
  }
  const sample = /^dataset\[(\d+)\]\.([xy])\[(\d+)\]$/.exec(path);
  if (sample) {
    const [, n = '0', part = 'x', c = '0'] = sample;
    const symbol =
      part === 'x' ? (
        <Sym base="x" sub={String(Number(c) + 1)} />
      ) : (
        <Sym base="y" sup="truth" sub={String(Number(c) + 1)} />
      );
    return (
      <>
        {symbol}
        {` of sample ${Number(n) + 1}`}
      </>
    );
  }
  return <code>{path}</code>;
}

/** The field problems whose paths start with one of `prefixes` (a table's cells), listed under the table. */
export function FieldProblems({ prefixes }: { readonly prefixes: readonly string[] }) {
  const paths = useApp(
    useShallow((state) =>
      Object.keys(state.fieldProblems).filter((path) => prefixes.some((prefix) => path.startsWith(prefix))),
    ),
  );
  const messages = useApp(useShallow((state) => paths.map((path) => state.fieldProblems[path] ?? '')));
  if (paths.length === 0) return null;
  return (
    <ul className="field-problems" role="alert">
      {paths.map((path, n) => (
        <li key={path} data-testid="field-problem">
          <FieldName path={path} />: {messages[n]}
        </li>
      ))}
    </ul>
  );
}
