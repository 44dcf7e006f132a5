/** Presentation mode for teachers (stub). */
export function PresentationToggle() {
  return null;
}
