import type { Iteration, Model } from '../../engine';
import { chainRuleCard, describable, type Card } from '../../formulas';
import type { Step } from '../../timeline';
import { lru } from './lru';

/** At most this many cards are kept (a δ of a wide layer has some 50 lines). */
const cardLimit = 200;

/** The cards made last, by step, with what they were made from; the least recently used dropped first. */
const cards = lru<Step, { readonly model: Model; readonly iteration: Iteration; readonly card: Card }>(
  cardLimit,
);

/**
 * The chain-rule card of a step, made once for the card, the presentation caption and the typesetting ahead. A card
 * made before the formulas of its step have come is not kept: it is made again once they have.
 */
export function cardOf(model: Model, iteration: Iteration, step: Step): Card {
  const kept = cards.get(step);
  if (kept?.model === model && kept.iteration === iteration) return kept.card;
  const card = chainRuleCard(model, iteration, step);
  if (describable(step)) cards.set(step, { model, iteration, card });
  return card;
}
