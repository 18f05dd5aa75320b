// Prints one plain closing line ("N passed, N failed, N skipped") that CI systems read. Jest prints its own
// summary after the reporters run, so the line is written when the process exits, to come last.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`;
    process.once("exit", () => process.stderr.write(line));
  }
}
