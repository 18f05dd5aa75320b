// natural ships no types for this deep path; we import the one file to avoid loading all of natural
// (its index pulls in dotenv, which prints to stdout, and database clients).
declare module "natural/lib/natural/stemmers/porter_stemmer.js" {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
declare module "natural/lib/natural/util/stopwords.js" {
  export const words: readonly string[];
}
