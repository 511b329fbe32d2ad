import type { SandboxFile } from "@/lib/course/lessons";

// Each sandbox's client code, a file of examples/sandboxes/ that the sandbox
// shows as App.tsx; the files it imports beside the bridge; and what it does,
// in a sentence the Markdown twin of a page says where the page runs it.
export const SANDBOXES: Record<
  SandboxFile,
  { imports: readonly string[]; does: string }
> = {
  "what-the-browser-sees.tsx": {
    imports: [],
    does: "reads `document.cookie`, asks for `GET /api/user` and for Better Auth's `/api/auth/get-session`, and shows what each answer holds",
  },
  "user-from-api.tsx": {
    imports: [],
    does: "calls `GET /api/user` and shows the user or the `401`",
  },
  "rename-through-action.tsx": {
    imports: ["actions.ts"],
    does: "sends a new display name to the protected Server Action and shows what it returns",
  },
};

export function isSandboxFile(file: string): file is SandboxFile {
  return Object.hasOwn(SANDBOXES, file);
}
