import { serializeModel } from '../../format';
import { backwardFormulas, chainRuleCard, stepCaption } from '../../formulas';
import {
  composeFrame,
  derivationDocument,
  downloadBlob,
  exportFileName,
  standaloneDiagram,
  svgToPng,
  viewBoxOf,
  type Frame,
} from '../../export';
import { selectStep, type AppState } from '../../store';

/** What can be exported from the menu. */
export type ExportFormat = 'svg' | 'png' | 'tex' | 'json';

/** The frame of the app's main diagram (not a help figure or an embed elsewhere on the page). */
const diagramFrame = (doc: Document): HTMLElement | null =>
  doc.querySelector<HTMLElement>('.diagram-pane .diagram-frame') ??
  doc.querySelector<HTMLElement>('.diagram-frame');

/** "step-12": the step's number as the file names say it (1-based, as on screen). */
const stepName = (state: AppState): string => `step-${state.stepIndex + 1}`;

/** The current frame as a standalone SVG: title, caption, the diagram with its values, and the chain-rule card. */
export function frameOf(state: AppState, doc: Document = document): Frame {
  const frame = diagramFrame(doc);
  // The defs (arrowheads) first, then the sheets bottom to top, as the page stacks them.
  const sheets = [...(frame?.querySelectorAll<SVGSVGElement>('svg.diagram-defs, svg.diagram-sheet') ?? [])];
  const first = frame?.querySelector<SVGSVGElement>('svg.diagram-sheet');
  if (!frame || !first) throw new Error('the diagram is not on the page');
  const step = selectStep(state);
  const { model, iteration } = state;
  const box = viewBoxOf(first);
  const label = frame.getAttribute('aria-label') ?? model.title;
  const diagram = new XMLSerializer().serializeToString(standaloneDiagram(sheets, label));
  return composeFrame({
    diagram,
    diagramWidth: box.width,
    diagramHeight: box.height,
    title: model.title,
    caption: step
      ? stepCaption(model, iteration.passes[step.element], step)
      : 'No step: the dataset is empty',
    card: step ? chainRuleCard(model, iteration, step) : undefined,
    position: `step ${state.stepIndex + 1} of ${state.timeline.steps.length}`,
  });
}

/** Exports the current state in a format, as a download; gives the file's name. */
export async function exportAs(format: ExportFormat, state: AppState): Promise<string> {
  // The derivations go through every step after the forward pass: their formulas first.
  await backwardFormulas.load();
  const title = state.model.title;
  switch (format) {
    case 'svg': {
      const name = exportFileName(title, stepName(state), 'svg');
      downloadBlob(new Blob([frameOf(state).svg], { type: 'image/svg+xml' }), name);
      return name;
    }
    case 'png': {
      const frame = frameOf(state);
      const name = exportFileName(title, stepName(state), 'png');
      downloadBlob(await svgToPng(frame.svg, frame.width, frame.height, 2), name);
      return name;
    }
    case 'tex': {
      const name = exportFileName(title, 'derivation', 'tex');
      downloadBlob(new Blob([derivationDocument(state.iteration)], { type: 'application/x-tex' }), name);
      return name;
    }
    case 'json': {
      const name = exportFileName(title, null, 'json');
      downloadBlob(new Blob([serializeModel(state.model)], { type: 'application/json' }), name);
      return name;
    }
  }
}
