// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toolbar } from '../../../src/components/controls/Toolbar';
import { presetsCode } from '../../../src/components/lazyParts';
import { examplePreset, presets } from '../../../src/presets';
import { appStore } from '../../../src/store';

const state = () => appStore.getState();

beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
});
afterEach(cleanup);

describe('Toolbar', () => {
  it('shows the app name as the page heading and the model title', () => {
    render(<Toolbar onHelp={() => {}} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Neural structure');
    expect(screen.getByTestId('model-title')).toHaveTextContent('The Example');
  });

  it('shows a model title as plain text, never as HTML', () => {
    const title = '<img src=x onerror="alert(1)"> \\href{javascript:alert(1)}{x}';
    act(() => state().loadModel({ ...examplePreset.model, title }));
    render(<Toolbar onHelp={() => {}} />);
    expect(screen.getByTestId('model-title').textContent).toBe(title);
    expect(document.querySelector('img')).toBeNull();
  });

  it('the help button calls onHelp', () => {
    const onHelp = vi.fn();
    render(<Toolbar onHelp={onHelp} />);
    fireEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts and help' }));
    expect(onHelp).toHaveBeenCalledOnce();
  });
});

describe('PresetPicker', () => {
  it('offers every preset once the menu’s presets came, and loads the one chosen', async () => {
    render(<Toolbar onHelp={() => {}} />);
    // The first chunk holds the Example alone: the other presets come in a chunk of their own.
    await act(() => presetsCode.load());
    const picker = screen.getByRole('combobox', { name: 'Model' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(presets.map((preset) => preset.title));
    fireEvent.change(picker, { target: { value: 'linear' } });
    expect(state().model).toBe(presets.find((preset) => preset.id === 'linear')?.model);
    expect(picker).toHaveValue('linear');
  });

  it('says "Your model" for a model that is not a preset', () => {
    act(() => state().loadModel({ ...examplePreset.model, title: 'Mine' }));
    render(<Toolbar onHelp={() => {}} />);
    expect(screen.getByRole('combobox', { name: 'Model' })).toHaveDisplayValue('Your model');
  });
});

describe('SamplePicker', () => {
  it('offers each sample as "x = (…) → y = …", then the batch', () => {
    render(<Toolbar onHelp={() => {}} />);
    const picker = screen.getByRole('combobox', { name: 'Data' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'x = (100, 2000, 100) → y = 0',
      'x = (200, 0, 0) → y = 1',
      'x = (0, 2000, 3000) → y = 1',
      'the batch (3 samples)',
    ]);
  });

  it('walks the chosen sample, or the batch', () => {
    render(<Toolbar onHelp={() => {}} />);
    const picker = screen.getByRole('combobox', { name: 'Data' });
    act(() => state().seek(9));
    fireEvent.change(picker, { target: { value: '2' } });
    expect(state().selection).toBe(2);
    expect(state().stepIndex).toBe(0);
    fireEvent.change(picker, { target: { value: 'batch' } });
    expect(state().selection).toBe('batch');
  });

  it('is disabled when the model has no sample', () => {
    act(() => state().loadModel({ ...examplePreset.model, dataset: [] }));
    render(<Toolbar onHelp={() => {}} />);
    expect(screen.getByRole('combobox', { name: 'Data' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Data' })).toHaveDisplayValue('No sample yet');
  });
});

describe('DetailToggle', () => {
  it('switches between the detailed sub-steps and one step per δ', () => {
    render(<Toolbar onHelp={() => {}} />);
    expect(screen.getByRole('radio', { name: 'Detailed' })).toBeChecked();
    fireEvent.click(screen.getByRole('radio', { name: 'One step per δ' }));
    expect(state().detail).toBe('compact');
    expect(screen.getByRole('radio', { name: 'One step per δ' })).toBeChecked();
    fireEvent.click(screen.getByRole('radio', { name: 'Detailed' }));
    expect(state().detail).toBe('detailed');
  });
});

describe('the pickers after a choice', () => {
  it('give the focus up when chosen with a pointer, and keep it when chosen with the keys', () => {
    render(<Toolbar onHelp={() => {}} />);
    const data = screen.getByRole('combobox', { name: 'Data' });
    data.focus();
    fireEvent.pointerDown(data);
    fireEvent.change(data, { target: { value: '1' } });
    expect(state().selection).toBe(1);
    expect(data).not.toHaveFocus();

    data.focus();
    fireEvent.keyDown(data, { key: 'ArrowDown' });
    fireEvent.change(data, { target: { value: '2' } });
    expect(state().selection).toBe(2);
    expect(data).toHaveFocus();

    const compact = screen.getByRole('radio', { name: 'One step per δ' });
    compact.focus();
    fireEvent.pointerDown(compact);
    fireEvent.click(compact);
    expect(state().detail).toBe('compact');
    expect(compact).not.toHaveFocus();

    const detailed = screen.getByRole('radio', { name: 'Detailed' });
    detailed.focus();
    fireEvent.keyDown(detailed, { key: 'ArrowLeft' });
    fireEvent.click(detailed);
    expect(state().detail).toBe('detailed');
    expect(detailed).toHaveFocus();
  });
});
