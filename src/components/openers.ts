/**
 * What a click or a key opens from the toolbar or the diagram, the presenter's parts, the presets of the menu and
 * what the File menu runs: one chunk, fetched as a whole once the first frame is on screen (see lazyParts.ts), so that
 * each opens at once.
 */
export { HelpOverlay } from './controls/HelpOverlay';
export { MenuPopover } from './controls/MenuPopover';
export { openModelFile } from './edit/fileActions';
export { FilePopover } from './edit/FilePopover';
export { FileProblems } from './edit/FileProblems';
export { WeightEditor } from './edit/WeightEditor';
export { Blackout } from './present/Blackout';
export { CaptionContent } from './present/CaptionContent';
export { ExportPopover } from './present/ExportPopover';
export { leaveFullscreen, toggleFullscreen } from './present/fullscreen';
export { PresenterControls } from './present/PresenterControls';
export { SharePanel } from './share/SharePanel';
export { presets } from '../presets';
