import type { SliceCreator } from './store';

/** How much a notice matters. */
export type NoticeLevel = 'info' | 'warning' | 'error';

/** A short message for the user, in plain text (never HTML), with an optional action button. */
export interface Notice {
  readonly id: string;
  readonly level: NoticeLevel;
  readonly text: string;
  /** 'undo': the notice offers to undo the change it reports. */
  readonly action?: 'undo';
  /** A notice with the same key replaces the previous one (a message said once stays once). */
  readonly key?: string;
}

/** At most this many notices are kept; the oldest go first. */
export const maxNotices = 5;

/** The notices shown to the user. */
export interface NoticeSlice {
  readonly notices: readonly Notice[];
  /** Shows a notice and gives its id. */
  readonly notify: (notice: Omit<Notice, 'id'>) => string;
  readonly dismiss: (id: string) => void;
}

/** The notice slice; ids are n1, n2, … in the order notices are made. */
export const createNoticeSlice: SliceCreator<NoticeSlice> = (set, get) => {
  let made = 0;
  return {
    notices: [],
    notify: (notice) => {
      made += 1;
      const id = `n${made}`;
      const others = get().notices.filter((old) => notice.key === undefined || old.key !== notice.key);
      set({ notices: [...others, { ...notice, id }].slice(-maxNotices) });
      return id;
    },
    dismiss: (id) => {
      const { notices } = get();
      if (notices.some((notice) => notice.id === id))
        set({ notices: notices.filter((notice) => notice.id !== id) });
    },
  };
};
