// The sandbox's half of the bridge to the docs page around it.
//
// This preview runs on CodeSandbox's origin, not on the guide's, so the
// browser gives it no session cookie: a fetch("/api/user") from here could
// never be signed in. Instead the sandbox asks the docs page, which makes the
// request with your session and passes back only the status and the body.
// In your own app none of this exists: you call fetch("/api/user") and the
// browser sends the cookie itself.

const BRIDGE = "better-auth-guide/bridge";

export type DocsPageReply =
  { status: number; body: unknown } | { refused: string };

export function askDocsPage(
  call: string,
  fields?: Record<string, string>,
): Promise<DocsPageReply> {
  const id = Math.random().toString(36).slice(2);
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => {
      window.removeEventListener("message", onReply);
      reject(
        new Error(
          "No answer from the docs page: this sandbox works on the guide's own pages.",
        ),
      );
    }, 10_000);

    function onReply(event: MessageEvent) {
      if (
        event.source !== window.parent ||
        event.data?.bridge !== BRIDGE ||
        event.data.id !== id
      ) {
        return;
      }
      clearTimeout(timeout);
      window.removeEventListener("message", onReply);
      const { bridge, id: _id, ...reply } = event.data;
      resolve(reply as DocsPageReply);
    }

    window.addEventListener("message", onReply);
    // "*": the sandbox cannot know the docs page's origin, and the request
    // carries nothing secret. The page answers only this frame's origin.
    window.parent.postMessage({ bridge: BRIDGE, id, call, fields }, "*");
  });
}
