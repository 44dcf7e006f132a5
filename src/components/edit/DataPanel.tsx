/** The dataset: a table of samples x → y^truth with add, remove and edit (stub). */
export function DataPanel() {
  return <p className="panel-stub">Coming soon.</p>;
}
