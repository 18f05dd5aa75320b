import { words } from "natural/lib/natural/util/stopwords.js";

/** natural's English stopword list (170 words), lower-case: words `collocates --stopwords` leaves out. */
export const STOPWORDS: ReadonlySet<string> = new Set(words);
