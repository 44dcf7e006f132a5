/**
 * Exports of the current frame and of the derivations: a standalone SVG (and its PNG at 2×), a LaTeX document of every
 * δ, δw and δb, and file names from the title. No React or store: the view passes the elements and the data in.
 */
export { composeFrame, wrapText, xmlText, type Frame, type FrameParts } from './frame';
export { derivationDocument } from './latex';
export { exportFileName, type ExportKind } from './names';
export { downloadBlob, svgToPng } from './png';
export { standaloneDiagram, viewBoxOf } from './svg';
export { latexText } from './tex';
