import type { Iteration, Model } from '../../engine';
import { chainRuleCard, describable, type Card } from '../../formulas';
import type { Step } from '../../timeline';

/** The cards made last, by step, with what they were made from; the least recently used dropped first. */
const cards = new Map<Step, { readonly model: Model; readonly iteration: Iteration; readonly card: Card }>();

/** At most this many cards are kept (a δ of a wide layer has some 50 lines). */
const cardLimit = 200;

/**
 * The chain-rule card of a step, made once for the card, the presentation caption and the typesetting ahead. A card
 * made before the formulas of its step have come is not kept: it is made again once they have.
 */
export function cardOf(model: Model, iteration: Iteration, step: Step): Card {
  const kept = cards.get(step);
  if (kept?.model === model && kept.iteration === iteration) {
    cards.delete(step);
    cards.set(step, kept);
    return kept.card;
  }
  const card = chainRuleCard(model, iteration, step);
  if (!describable(step)) return card;
  cards.set(step, { model, iteration, card });
  if (cards.size > cardLimit) cards.delete(cards.keys().next().value ?? step);
  return card;
}
