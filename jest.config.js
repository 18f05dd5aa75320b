// Tests are compiled by tsc with the rest of the project (make build) and run as native ES modules, so jest
// sees exactly the JavaScript that ships; no second TypeScript pipeline.
export default {
  testMatch: ["<rootDir>/dist/tests/**/*.test.js"],
  testEnvironment: "node",
  transform: {},
  testTimeout: 30000,
  reporters: ["default", "<rootDir>/jest-summary-reporter.js"],
};
