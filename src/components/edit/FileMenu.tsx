/** Open file and Save file (stub). */
export function FileMenu() {
  return null;
}
