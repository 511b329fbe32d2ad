// How the scripts and tests launch Chromium: Debian's when it is installed,
// CHROMIUM_PATH when given, else Playwright's own download.
import { existsSync } from "node:fs";

export function chromiumPath(): string | undefined {
  return (
    process.env.CHROMIUM_PATH ||
    (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined)
  );
}

export function launchOptions() {
  return {
    executablePath: chromiumPath(),
    // For a root user on a machine with no network beyond loopback: without
    // the background-networking flags Chromium keeps dialling out.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  };
}
