/** Package version, reported when two copies of the elements meet on one page. */
export const VERSION = '0.1.0';
