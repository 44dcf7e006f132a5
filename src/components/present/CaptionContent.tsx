import { lazy, Suspense, useMemo } from 'react';
import { stepCaption } from '../../formulas';
import { captionFormula } from '../../formulas/captionFormula';
import { cardOf } from '../card/cardOf';
import { PlainFallback } from '../card/PlainFallback';
import { useStepFrame } from '../card/useStepFrame';
import { useFit } from './useFit';

/** KaTeX comes with this chunk, as for the card; the plain text stands in while it loads (or if it cannot). */
const CaptionMath = lazy(() => import('./CaptionMath'));

/** The step's line ("Loss · loss and the first learning flow δ⁴"), set smaller to fit the strip, or cut with "…". */
function CaptionStep({ caption }: { readonly caption: string }) {
  const forms = useMemo(() => [caption], [caption]);
  const { ref, fit } = useFit(forms);
  return (
    <span ref={ref} style={fit.share < 1 ? { fontSize: `${fit.share}em` } : undefined}>
      {caption}
    </span>
  );
}

/** The caption's step and formula line, for the current frame. */
export function CaptionContent() {
  const { model, iteration, step } = useStepFrame();
  const caption = useMemo(
    () => (step ? stepCaption(model, iteration.passes[step.element], step) : 'No step: the dataset is empty'),
    [model, iteration, step],
  );
  const line = useMemo(
    () => (step ? captionFormula(cardOf(model, iteration, step)) : undefined),
    [model, iteration, step],
  );
  const plain = <span className="caption-plain">{line?.text}</span>;
  return (
    <div className="presentation-caption" data-testid="presentation-caption" aria-hidden="true">
      <p className="presentation-caption-step">
        <CaptionStep caption={caption} />
      </p>
      {line && (
        <p className="presentation-caption-formula">
          <PlainFallback fallback={plain}>
            <Suspense fallback={plain}>
              <CaptionMath latex={line.latex} />
            </Suspense>
          </PlainFallback>
        </p>
      )}
    </div>
  );
}
