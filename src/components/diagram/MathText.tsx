import { memo } from 'react';
import { parseScripts, scriptScale, textWidth } from '../../layout';

/**
 * A label in the script notation (`X^{2}_{1}`) as SVG tspans with real superscripts and subscripts;
 * a subscript right after a superscript is stacked under it.
 */
export const MathText = memo(function MathText({ source }: { source: string }) {
  const runs = parseScripts(source);
  return runs.map((run, index) => {
    const previous = runs[index - 1];
    const beforePrevious = runs[index - 2];
    if (run.script === 'base') {
      // After a stacked pair whose subscript is the shorter, skip the rest of the superscript.
      const back =
        previous?.script === 'sub' && beforePrevious?.script === 'super'
          ? Math.max(0, textWidth(beforePrevious.text, 1) - textWidth(previous.text, 1)) * scriptScale
          : 0;
      return (
        <tspan key={run.at} {...(back > 0 ? { dx: `${round(back)}em` } : {})}>
          {run.text}
        </tspan>
      );
    }
    const stacked = run.script === 'sub' && previous?.script === 'super';
    return (
      <tspan
        key={run.at}
        baselineShift={run.script}
        fontSize={`${scriptScale * 100}%`}
        {...(stacked ? { dx: `${-round(textWidth(previous.text, 1))}em` } : {})}
      >
        {run.text}
      </tspan>
    );
  });
});

/** Rounds an em offset to 2 decimals. */
const round = (value: number): number => Math.round(value * 100) / 100;
