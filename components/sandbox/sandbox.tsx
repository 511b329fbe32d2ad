import { readSource } from "@/components/example-code/read-source";
import type { SandboxFile } from "@/lib/course/lessons";
import packageJson from "@/package.json";
import { BRIDGE_CALLS } from "./page-bridge";
import { SandboxLoader, type SandboxFiles } from "./sandbox-loader";
import { SANDBOXES } from "./sandboxes";

const SANDBOX_DIR = "examples/sandboxes";

function read(file: string): string {
  return readSource(`${SANDBOX_DIR}/${file}`);
}

/**
 * A live, editable sandbox of client code that talks to this page's real
 * example through the page. `file` is the lesson's sandbox in
 * lib/course/lessons.ts, read from examples/sandboxes/ as it is, like
 * <ExampleCode> reads its files.
 */
export function Sandbox({ file }: { file: SandboxFile }) {
  const shown = (path: string, hidden = false) => ({
    code: read(path),
    source: `${SANDBOX_DIR}/${path}`,
    hidden,
  });
  const files: SandboxFiles = {
    "/App.tsx": shown(file),
    ...Object.fromEntries(
      SANDBOXES[file].imports.map((path) => [`/${path}`, shown(path)]),
    ),
    "/docs-page-bridge.ts": shown("docs-page-bridge.ts"),
    // Loads the bridge before the app, then renders it as the template does.
    "/index.tsx": shown("index.tsx", true),
    "/styles.css": shown("styles.css", true),
    // Exact versions, the ones this site runs: the sandbox resolves nothing.
    // react-scripts is never downloaded: it selects the bundler's Create
    // React App preset (Babel 7, fast refresh).
    "/package.json": {
      code: JSON.stringify(
        {
          main: "/index.tsx",
          dependencies: {
            react: packageJson.dependencies.react,
            "react-dom": packageJson.dependencies["react-dom"],
            "react-scripts": "4.0.3",
          },
        },
        null,
        2,
      ),
      hidden: true,
    },
  };
  return (
    <>
      <SandboxLoader name={file} files={files} />
      <p className="sandbox-note">
        <strong>Where your session goes.</strong> The preview runs on
        CodeSandbox&apos;s site, so your browser gives it no cookie of this one,
        and <code>document.cookie</code> there is empty. When the sandbox needs
        the server, it asks this page (<code>docs-page-bridge.ts</code>). The
        page answers only that frame and its origin, makes only the calls on its
        allowlist (
        {BRIDGE_CALLS.map((call, index) => (
          <span key={call}>
            {index > 0 && ", "}
            <code>{call}</code>
          </span>
        ))}
        ) with your session, and passes back the status and body, never a cookie
        or a header. Your session stays on this site; the sandbox gets only what
        the server chose to answer.
      </p>
    </>
  );
}
