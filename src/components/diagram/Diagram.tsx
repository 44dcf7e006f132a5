/** The network's neural structure as SVG (stub: replaced by the diagram work). */
export function Diagram() {
  return <svg role="img" aria-label="Neural structure" />;
}
