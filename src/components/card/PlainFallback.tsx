import { Component, type ReactNode } from 'react';

/** Shows `fallback` instead of its children if they throw: if KaTeX's chunk fails to load, the plain text stays. */
export class PlainFallback extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
