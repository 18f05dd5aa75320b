// make bench: every PDF of ../shared read with the patched and the unpatched pdf.js (fixtures/patched-pdfjs.ts),
// compared on everything the scan decides per page; make test reads the part of them that fits its time.
import { SHARED_DIR } from "../helpers.js";
import { filesReadDifferently, sharedPdfs } from "../fixtures/patched-pdfjs.js";

if (SHARED_DIR === null) {
  process.stdout.write(
    "patched pdf.js against unpatched: ../shared is missing, nothing compared\n",
  );
} else {
  const files = sharedPdfs(SHARED_DIR);
  const started = Date.now();
  const { differing } = await filesReadDifferently(files);
  process.stdout.write(
    `patched pdf.js against unpatched, every PDF of ../shared: ${files.length} files, ${differing.length} read differently (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
  );
  for (const f of differing) process.stdout.write(`  differs: ${f}\n`);
  if (differing.length > 0) process.exitCode = 1;
}
