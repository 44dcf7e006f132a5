/** Training: run iterations and epochs, before and after, results tables and the loss curve (stub). */
export function TrainPanel() {
  return <p className="panel-stub">Coming soon.</p>;
}
