import { useHeightVariable } from '../../hooks/useHeightVariable';
import { useApp } from '../../store';
import { FileMenu } from '../edit/FileMenu';
import { UndoRedo } from '../edit/UndoRedo';
import { ExportMenu } from '../present/ExportMenu';
import { PresentationToggle } from '../present/PresentationToggle';
import { ShareMenu } from '../share/ShareMenu';
import { DetailToggle } from './DetailToggle';
import { PresetPicker } from './PresetPicker';
import { SamplePicker } from './SamplePicker';
import './controls.css';

/** The header: the app's name, the model's title (plain text), the pickers, and the help button. */
export function Toolbar({ onHelp }: { readonly onHelp: () => void }) {
  const title = useApp((state) => state.model.title);
  // A narrow screen sizes the diagram to the room between the toolbar and the stepper bar.
  const ref = useHeightVariable('--toolbar-height');
  return (
    <header className="toolbar" ref={ref}>
      <div className="brand">
        <h1>Neural structure</h1>
        <p className="model-title" data-testid="model-title" title={title}>
          {title}
        </p>
      </div>
      <div className="toolbar-controls">
        <PresetPicker />
        <SamplePicker />
        <DetailToggle />
        <div className="toolbar-actions">
          <UndoRedo />
          <FileMenu />
          <ShareMenu />
          <ExportMenu />
          <PresentationToggle />
        </div>
        <button
          type="button"
          className="help-button"
          data-testid="help-button"
          aria-label="Keyboard shortcuts and help"
          aria-haspopup="dialog"
          aria-keyshortcuts="?"
          title="Help and keyboard shortcuts (?)"
          onClick={onHelp}
        >
          ?
        </button>
      </div>
    </header>
  );
}
