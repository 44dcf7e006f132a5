/** The header: title, preset, sample and detail pickers, help (stub: replaced by the controls work). */
export function Toolbar() {
  return (
    <header className="toolbar">
      <h1>Neural structure</h1>
    </header>
  );
}
