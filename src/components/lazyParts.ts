/**
 * The parts of the view that are not in the first frame: the dialogs, menus, editor and panels a click or a key
 * opens, and the parts of the drawing and the card that come later. The dialogs, menus and editor share one chunk
 * (openers.ts), fetched ahead once the first frame is on screen so that they open at once; the parts that the embed
 * draws too (the diagram's and the card's) keep a chunk each, and the panels come when their tab is first chosen.
 */
import { editingCode, lazyCode, linkCode, trainingCode } from '../store';
import { lazyComponent } from './lazyComponent';

/** The chunk of the dialogs, menus, editor and presenter's parts that a click or a key opens (see openers.ts). */
const openers = () => import('./openers');

/** The help: every keyboard shortcut and the phases (? or the toolbar's ? button). */
export const HelpOverlay = lazyComponent('the help', () => openers().then((parts) => parts.HelpOverlay));

/** The inline editor of a weight or a bias, opened from its edge or pill in the diagram. */
export const WeightEditor = lazyComponent(
  'the weight editor',
  () => openers().then((parts) => parts.WeightEditor),
  [editingCode],
);

/** The entries of an open toolbar menu (File, Export). */
export const MenuPopover = lazyComponent('the menu', () => openers().then((parts) => parts.MenuPopover));

/** The open File menu, and the save it runs. */
export const FilePopover = lazyComponent('the menu', () => openers().then((parts) => parts.FilePopover));

/** The open Export menu, and the exports it runs (their own code comes on the first export). */
export const ExportPopover = lazyComponent('the menu', () => openers().then((parts) => parts.ExportPopover));

/** The dialog listing the problems of a file that could not be opened. */
export const FileProblems = lazyComponent('the report of the file', () =>
  openers().then((parts) => parts.FileProblems),
);

/** The Share menu's panel: the link to this step and the embed code. */
export const SharePanel = lazyComponent('the share panel', () => openers().then((parts) => parts.SharePanel));

/** The banner of a link that could not be opened. */
export const LinkBanner = lazyComponent('the report of the link', () =>
  import('./share/LinkBanner').then((module) => module.LinkBanner),
);

/** The notice that another tab saved newer work: only when one did. */
export const NewerWorkNotice = lazyComponent('the notice of the other tab', () =>
  import('./edit/NewerWorkNotice').then((module) => module.NewerWorkNotice),
);

/** The presenter's buttons, in the toolbar while presenting. */
export const PresenterControls = lazyComponent("the presenter's controls", () =>
  openers().then((parts) => parts.PresenterControls),
);

/** The black screen of presentation mode. */
export const Blackout = lazyComponent('the black screen', () => openers().then((parts) => parts.Blackout));

/** Full screen on and off (the Fullscreen API), for presenting. */
export const fullscreenCode = lazyCode(openers);

/** The large caption of presentation mode. */
export const CaptionContent = lazyComponent('the presentation caption', () =>
  openers().then((parts) => parts.CaptionContent),
);

/** The Network tab: the title, the layers and their weights, the seed, α and the batch size. */
export const EditPanel = lazyComponent(
  'the Network panel',
  () => import('./edit/EditPanel').then((module) => module.EditPanel),
  [editingCode],
);

/** The Data tab: the samples x → y^truth, and which one the stepper walks. */
export const DataPanel = lazyComponent(
  'the Data panel',
  () => import('./edit/DataPanel').then((module) => module.DataPanel),
  [editingCode],
);

/** The Train tab: runs, the loss curve, the results before and after. */
export const TrainPanel = lazyComponent(
  'the Train panel',
  () => import('./train/TrainPanel').then((module) => module.TrainPanel),
  [editingCode, trainingCode],
);

/** The Values tab: every value of the pass. */
export const ValuesTable = lazyComponent('the Values table', () =>
  import('./values/ValuesTable').then((module) => module.ValuesTable),
);

/** The card of the neuron selected in the diagram. */
export const NeuronCardBody = lazyComponent('the neuron card', () =>
  import('./diagram/NeuronCard').then((module) => module.NeuronCardBody),
);

/** The bias pills: the Example has no bias, so they come after its first frame (fetched ahead with the openers). */
export const BiasMarker = lazyComponent('the bias pills', () =>
  import('./diagram/BiasMarker').then((module) => module.BiasMarker),
);

/** The tooltip of the weight under the pointer in the diagram. */
export const EdgeTooltip = lazyComponent('the weight tooltip', () =>
  import('./diagram/EdgeTooltip').then((module) => module.EdgeTooltip),
);

/** The red arrows of the steps after the forward pass: impact paths, the goal's "?", the Loss's first flows. */
export const ImpactPaths = lazyComponent('the impact paths', () =>
  import('./diagram/ImpactPaths').then((module) => module.ImpactPaths),
);

/** The table of a card listing the terms of a long sum (a wide layer's). */
export const TableContent = lazyComponent('the table of terms', () =>
  import('./card/TableContent').then((module) => module.TableContent),
);

/** Opening and saving model files (the model-file parser and writer, and what the File menu does with them). */
export const filesCode = lazyCode(openers);

/** The presets of the menu: the first chunk holds the Example's model alone. */
export const presetsCode = lazyCode(() => openers().then((parts) => parts.presets));

/** Runs a task once the first frame is on screen and the page is idle (a second later at the latest). */
export function afterFirstFrame(task: () => void): void {
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
    else setTimeout(task, 0);
  });
}

/**
 * Fetches ahead what a click or a key opens from the toolbar or the diagram, the parts of the drawing that come later
 * (the bias pills), and the link reader (a link pasted in the address then opens at once); the panels load with their
 * tab.
 */
export function preloadOpeners(): Promise<void> {
  const parts = [
    HelpOverlay,
    WeightEditor,
    MenuPopover,
    FilePopover,
    ExportPopover,
    FileProblems,
    SharePanel,
    LinkBanner,
    PresenterControls,
    Blackout,
    CaptionContent,
    NeuronCardBody,
    EdgeTooltip,
    ImpactPaths,
    TableContent,
    BiasMarker,
  ];
  const code = [filesCode, fullscreenCode, linkCode, presetsCode].map((module) =>
    module.load().catch(() => undefined),
  );
  return Promise.all([...parts.map((part) => part.preload()), ...code]).then(() => undefined);
}
