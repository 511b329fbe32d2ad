"use client";

import {
  OpenInCodeSandboxButton,
  SandpackCodeEditor,
  SandpackLayout,
  SandpackPreview,
  SandpackProvider,
  useSandpack,
} from "@codesandbox/sandpack-react";
import { useTheme } from "nextra-theme-docs";
import { ConsolePanel } from "./console-panel";
import { FileTabs } from "./file-tabs";
import type { SandboxFiles } from "./sandbox-loader";
import { SANDBOX_THEMES } from "./sandbox-theme";
import { usePageBridge } from "./use-page-bridge";

// The only module that imports Sandpack: <SandboxLoader> loads it lazily.
export default function SandboxRoot({
  name,
  files,
}: {
  name: string;
  files: SandboxFiles;
}) {
  const { resolvedTheme } = useTheme();
  const dark = resolvedTheme === "dark";
  const sandpackFiles = Object.fromEntries(
    Object.entries(files).map(([path, { code, hidden }]) => [
      path,
      // The preview follows the site's theme, not only the system's.
      {
        code:
          path === "/styles.css"
            ? code.replace(
                "color-scheme: light dark",
                `color-scheme: ${dark ? "dark" : "light"}`,
              )
            : code,
        hidden,
      },
    ]),
  );

  return (
    <SandpackProvider
      template="react-ts"
      files={sandpackFiles}
      theme={SANDBOX_THEMES[dark ? "dark" : "light"]}
      options={{
        activeFile: "/App.tsx",
        recompileMode: "delayed",
        recompileDelay: 400,
      }}
    >
      <div className="sandbox" data-testid="sandbox" data-sandbox={name}>
        <PageBridge />
        <SandboxToolbar />
        <FileTabs />
        <SandpackLayout>
          <SandpackCodeEditor
            showTabs={false}
            showLineNumbers
            showInlineErrors
            wrapContent
          />
          <SandpackPreview showOpenInCodeSandbox={false} showRefreshButton />
        </SandpackLayout>
        <ConsolePanel />
      </div>
    </SandpackProvider>
  );
}

// Renders nothing: it answers the preview frame's requests (see use-page-bridge.ts).
function PageBridge() {
  usePageBridge();
  return null;
}

function SandboxToolbar() {
  const { sandpack } = useSandpack();
  return (
    <div className="toolbar">
      <span className="sandbox-title">Sandbox</span>
      <button
        type="button"
        className="button-small"
        onClick={() => sandpack.resetAllFiles()}
      >
        Reset code
      </button>
      <OpenInCodeSandboxButton />
    </div>
  );
}
