// Preloaded into the node processes of one build by test/build/progress.test.ts
// (NODE_OPTIONS=--import): the website's own process (src/site/website-child.ts)
// dies of SIGKILL the moment it starts rendering pages, as when the system
// kills it for memory. The test never has to find that process and kill it
// from outside, where the pid it found may already be gone, or someone else's.
if (process.argv[1]?.endsWith("website-child.ts")) {
  const write = process.stdout.write;
  process.stdout.write = function (chunk, ...rest) {
    const written = write.call(this, chunk, ...rest);
    // The child's first progress line (PROGRESS_PREFIX in website-child.ts): rendering begins.
    if (String(chunk).startsWith("@@jh-website ") && String(chunk).includes('"step":"pages"')) process.kill(process.pid, "SIGKILL");
    return written;
  };
}
