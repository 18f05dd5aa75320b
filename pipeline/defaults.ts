// The only place the pipeline's default numbers live; the CLI shows them in --help.

/** Headline mentions a plan needs to count as mentioning social value (spec §The statistic). */
export const THRESHOLD_MENTIONS = 1;
/** Words of context kept each side of a mention. */
export const WINDOW_TOKENS = 8;
/** Documents extracted at once. */
export const JOBS = 2;
/** Default database file, relative to the working directory. */
export const DB_FILE = "output/stp-scan.sqlite";
/** Default corpus folder, relative to the working directory. */
export const CORPUS_DIR = "corpus";
