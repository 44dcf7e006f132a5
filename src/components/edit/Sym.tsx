import { Sym } from '../train/Sym';

/** A layer's name L^k, as the series writes it. */
export function LayerName({ k }: { readonly k: number }) {
  return <Sym base="L" sup={String(k)} />;
}
