/** Undo and redo buttons (stub). */
export function UndoRedo() {
  return null;
}
