/** One sentence saying what the current step computes (stub: replaced by the card work). */
export function StepCaption() {
  return <p className="step-caption" />;
}
