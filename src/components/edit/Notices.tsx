/** The notices: plain-text messages with an optional undo (stub: an empty live region). */
export function Notices() {
  return <div className="notices" role="status" />;
}
