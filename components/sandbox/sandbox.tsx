import { readSource } from "@/components/example-code/read-source";
import packageJson from "@/package.json";
import { BRIDGE_CALLS } from "./page-bridge";
import { SandboxLoader, type SandboxFiles } from "./sandbox-loader";

// Which client component each pattern page runs. The files live in
// examples/sandboxes/ and are read as they are, like <ExampleCode> reads its files.
const SANDBOXES = {
  "route-handler": "user-from-api.tsx",
  "server-action": "rename-through-action.tsx",
  "session-visibility": "what-the-browser-sees.tsx",
} as const;

const SANDBOX_DIR = "examples/sandboxes";

function read(file: string): string {
  return readSource(`${SANDBOX_DIR}/${file}`);
}

/** A live, editable sandbox of client code that talks to this page's real example through the page. */
export function Sandbox({ example }: { example: keyof typeof SANDBOXES }) {
  const main = SANDBOXES[example];
  const [app, bridge, styles] = [
    read(main),
    read("docs-page-bridge.ts"),
    read("styles.css"),
  ];
  const files: SandboxFiles = {
    // The template's /index.tsx renders /App.tsx.
    "/App.tsx": { code: app, source: `${SANDBOX_DIR}/${main}` },
    "/docs-page-bridge.ts": {
      code: bridge,
      source: `${SANDBOX_DIR}/docs-page-bridge.ts`,
    },
    "/styles.css": {
      code: styles,
      source: `${SANDBOX_DIR}/styles.css`,
      hidden: true,
    },
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
      <SandboxLoader name={example} files={files} />
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
