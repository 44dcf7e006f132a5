// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/components/App';
import { shortcuts } from '../../../src/hooks/shortcuts';
import { appStore } from '../../../src/store';

const press = (key: string, target: Element = document.activeElement ?? document.body) =>
  fireEvent.keyDown(target, { key, bubbles: true, cancelable: true });

beforeEach(() => {
  appStore.setState(appStore.getInitialState(), true);
  render(<App />);
});
afterEach(cleanup);

describe('the help overlay', () => {
  it('is closed at first', () => {
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens with ? as a modal dialog, with the focus inside it', () => {
    press('?');
    const dialog = screen.getByRole('dialog', { name: 'Stepping through backpropagation' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByRole('button', { name: 'Close help' })).toHaveFocus();
    expect(document.querySelector('.app')).toHaveAttribute('inert');
  });

  it('lists every shortcut in a table', () => {
    press('?');
    const table = screen.getByRole('table', { name: 'Keyboard shortcuts' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(shortcuts.length);
    expect(rows[0]).toHaveTextContent('→ or Page DownNext step');
  });

  it('closes with Escape, and with ? again', () => {
    press('?');
    press('Escape');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    press('?');
    press('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.querySelector('.app')).not.toHaveAttribute('inert');
  });

  it('opens from the toolbar button and gives the focus back to it when closed', () => {
    const help = screen.getByRole('button', { name: 'Keyboard shortcuts and help' });
    help.focus();
    fireEvent.click(help);
    expect(screen.getByRole('button', { name: 'Close help' })).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Close help' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(help).toHaveFocus();
  });

  it('keeps Tab inside the dialog', () => {
    press('?');
    const close = screen.getByRole('button', { name: 'Close help' });
    press('Tab', close);
    expect(close).toHaveFocus();
  });

  it('closes when the backdrop is clicked, not when the dialog is', () => {
    press('?');
    fireEvent.click(screen.getByRole('dialog'));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('dialog').parentElement as HTMLElement);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
