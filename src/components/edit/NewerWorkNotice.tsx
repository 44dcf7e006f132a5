import { useApp } from '../../store';

/** While another tab's newer work waits: says this tab stopped saving, and offers to open that work or keep this. */
export function NewerWorkNotice() {
  const title = useApp((state) => state.newerWork?.model.title);
  const openNewerWork = useApp((state) => state.openNewerWork);
  const keepThisTabWork = useApp((state) => state.keepThisTabWork);
  if (title === undefined) return null;
  return (
    <div className="notice notice-warning" data-testid="newer-work" data-level="warning">
      <span className="notice-mark" aria-hidden="true">
        !
      </span>
      <p className="notice-text">
        Another tab saved newer work (“{title}”). This tab stopped saving, so as not to overwrite it.
      </p>
      <button type="button" className="text-button" onClick={openNewerWork}>
        Open it here
      </button>
      <button type="button" className="text-button" onClick={keepThisTabWork}>
        Keep this tab’s work
      </button>
    </div>
  );
}
