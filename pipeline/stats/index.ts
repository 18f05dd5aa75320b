export { computeShare, describeShare } from "./compute-share.js";
