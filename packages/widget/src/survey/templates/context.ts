import type { UiStrings } from '../strings.js';

/** What every template needs besides the model object it renders. */
export interface RenderContext {
  strings: UiStrings;
  /** Largest file (bytes) a `file` question keeps as a data URL; set by the page. */
  maxFileSize: number;
  /** Asks the element to render again (after a lazily loaded template arrives). */
  refresh?: () => void;
}

/** 1 MB: a photo of a signed form, not a video. Pages raise it with `max-file-size`. */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
