// The sandbox's half of the bridge to the docs page around it. App.tsx does
// not know it is here: it calls fetch("/api/user") as in your own app.
//
// This preview runs on CodeSandbox's origin, not on the guide's, so the
// browser gives it no session cookie: a real fetch("/api/user") from here
// could never be signed in. So this file answers the app's /api/ requests by
// asking the docs page, which makes them with your session and passes back
// only the status and the body. In your own app none of this exists: the
// browser sends the cookie itself.

const BRIDGE = "better-auth-guide/bridge";

type DocsPageReply = { status: number; body: unknown } | { refused: string };

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

// fetch() for this origin's /api/ paths goes to the docs page; a call the
// page refuses fails as a request the network refused would.
const networkFetch = window.fetch.bind(window);
window.fetch = async (input, init) => {
  const url = new URL(
    input instanceof Request ? input.url : String(input),
    location.href,
  );
  if (url.origin !== location.origin || !url.pathname.startsWith("/api/")) {
    return networkFetch(input, init);
  }
  const method = (init?.method ?? "GET").toUpperCase();
  const reply = await askDocsPage(`${method} ${url.pathname}`);
  if ("refused" in reply) throw new TypeError(`Refused: ${reply.refused}`);
  return Response.json(reply.body, { status: reply.status });
};
