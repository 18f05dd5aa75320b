export { contextAround, mentionId } from "./kwic.js";
