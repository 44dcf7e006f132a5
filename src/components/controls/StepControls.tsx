/** Step, phase and play controls with the scrubber (stub: replaced by the controls work). */
export function StepControls() {
  return <nav className="step-controls" aria-label="Stepper" />;
}
