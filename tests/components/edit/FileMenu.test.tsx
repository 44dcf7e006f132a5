// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileMenu } from '../../../src/components/edit/FileMenu';
import { presets } from '../../../src/presets';
import linear from '../../../src/presets/linear.json';
import { appStore } from '../../../src/store';

const state = () => appStore.getState();

/** A file as the file picker gives it (jsdom's File has no text(), so it is given here). */
const fileOf = (name: string, text: string): File =>
  Object.assign(new File([text], name, { type: 'application/json' }), { text: () => Promise.resolve(text) });

const choose = (file: File) =>
  fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });

beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
  render(<FileMenu />);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('FileMenu', () => {
  it('opens and closes its menu of Open file… and Save file', () => {
    const toggle = screen.getByRole('button', { name: 'File' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByTestId('open-file')).toBeVisible();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('accepts JSON files only', () => {
    expect(screen.getByTestId('file-input')).toHaveAttribute('accept', '.json,application/json');
  });

  it('opens a model file as one undoable step and says so', async () => {
    const before = state().model;
    choose(fileOf('linear.json', JSON.stringify(linear)));
    await waitFor(() => expect(state().model.title).toBe('The Linear layer'));
    expect(state().model).toEqual(presets.find((preset) => preset.id === 'linear')?.model);
    expect(state().past.at(-1)?.label).toBe('open "linear.json"');
    expect(state().notices.at(-1)?.text).toBe('Opened “linear.json”.');
    state().undo();
    expect(state().model).toBe(before);
  });

  it('lists every problem of a broken file in a dialog and keeps the model', async () => {
    const before = state().model;
    const broken = { ...linear, learningRate: 0, batchSize: 'all', title: 7 };
    choose(fileOf('broken.json', JSON.stringify(broken)));
    const dialog = await screen.findByRole('alertdialog', { name: '“broken.json” was not opened' });
    const items = within(dialog).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('code')?.textContent)).toEqual(
      expect.arrayContaining(['title', 'learningRate', 'batchSize']),
    );
    expect(items).toHaveLength(3);
    expect(dialog).toHaveTextContent('Your current model is unchanged. The file has these 3 problems:');
    expect(state().model).toBe(before);
    // The dialog takes the focus once it is drawn (it comes in a chunk of its own): later on a busy machine.
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'OK' })).toHaveFocus());
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'File' })).toHaveFocus();
  });

  it('counts every problem of a file with more than it lists (500 bad samples: 2,500 problems)', async () => {
    const bad = Array.from({ length: 500 }, () => ({ x: ['a', 'b'], y: ['z'] }));
    choose(fileOf('many.json', JSON.stringify({ ...linear, dataset: bad })));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('The file has 2,500 problems; the first 49:');
    const items = within(dialog).getAllByRole('listitem');
    expect(items).toHaveLength(50);
    expect(items.at(-1)).toHaveTextContent('and 2,451 more problems (fix these first)');
  });

  it('says when the file is not JSON at all', async () => {
    choose(fileOf('notes.json', 'hello'));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(1);
    expect(dialog).toHaveTextContent('The file has this problem:');
  });

  it('saves the model as a file named after its title', () => {
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        created.push(blob);
        return 'blob:model';
      },
      revokeObjectURL: () => undefined,
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'File' }));
    fireEvent.click(screen.getByTestId('save-file'));
    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('The-Example.json');
    expect(created[0]?.type).toBe('application/json');
    expect(state().notices.at(-1)?.text).toBe('Saved the model as “The-Example.json” in your downloads.');
  });
});
