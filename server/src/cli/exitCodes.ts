/** No error-level finding (warnings and below are fine). */
export const EXIT_OK = 0;
/** At least one error-level finding. */
export const EXIT_FINDINGS = 1;
/** A wrong command line, or a file or config that could not be read. */
export const EXIT_USAGE = 2;
