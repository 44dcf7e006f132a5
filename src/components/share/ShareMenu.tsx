/** Copy a link to this step, and the embed code (stub). */
export function ShareMenu() {
  return null;
}
