/** The chain-rule card of the current step (stub: replaced by the card work). */
export function ChainRuleCard() {
  return <div className="chain-rule-card" />;
}
