/** Export the frame as SVG or PNG, the derivations as LaTeX, the model as JSON (stub). */
export function ExportMenu() {
  return null;
}
