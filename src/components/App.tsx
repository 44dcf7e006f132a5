/** Placeholder shell; the real application replaces this content. */
export function App() {
  return (
    <>
      <h1>Neural structure</h1>
      <main />
    </>
  );
}
