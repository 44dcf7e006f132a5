/** Every o, δ, δw and δb of the current pass as a table, synchronized with the stepper (stub). */
export function ValuesTable() {
  return <p className="panel-stub">Coming soon.</p>;
}
