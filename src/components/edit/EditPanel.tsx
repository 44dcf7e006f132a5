/** The network editor: layers, sizes, activations, α, batch size and the initialiser's seed (stub). */
export function EditPanel() {
  return <p className="panel-stub">Coming soon.</p>;
}
