import results from "@/bench/results.json";

type Topic = "route-handler" | "cached-helper" | "cookie-cache" | "server-component";

const number = (value: number, digits = 0) => value.toLocaleString("en-US", { maximumFractionDigits: digits });

// Figures measured by `npm run bench` and committed in bench/results.json, so
// the pages show what was measured, with when and on what.
export function BenchFigures({ topic }: { topic: Topic }) {
  return (
    <figure className="bench-figures" data-testid={`bench-${topic}`}>
      {topic === "route-handler" ? (
        <RouteHandler />
      ) : topic === "cached-helper" ? (
        <CachedHelper />
      ) : topic === "cookie-cache" ? (
        <CookieCache />
      ) : (
        <ServerComponent />
      )}
      <figcaption>
        Measured {results.measuredAt.slice(0, 10)} with <code>{results.command}</code> on {results.machine.cpus} ×{" "}
        {results.machine.cpuModel}, {results.machine.memoryGiB} GiB, Node {results.machine.node}. Absolute times
        depend on the machine; compare the rows.
      </figcaption>
    </figure>
  );
}

function RouteHandler() {
  const { ceiling, protected: session, throughputRatio } = results.routeHandler;
  return (
    <table>
      <thead>
        <tr>
          <th>Route</th>
          <th>Requests/s</th>
          <th>p50 ms</th>
          <th>p99 ms</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>
            <code>/api/health</code>, no session (ceiling)
          </td>
          <td>{number(ceiling.perSecond)}</td>
          <td>{number(ceiling.p50, 1)}</td>
          <td>{number(ceiling.p99, 1)}</td>
        </tr>
        <tr>
          <td>
            <code>/api/user</code>, session checked
          </td>
          <td>{number(session.perSecond)}</td>
          <td>{number(session.p50, 1)}</td>
          <td>{number(session.p99, 1)}</td>
        </tr>
        <tr>
          <td>Protected ÷ ceiling</td>
          <td colSpan={3}>{number(throughputRatio * 100)}% of the throughput</td>
        </tr>
      </tbody>
    </table>
  );
}

function CachedHelper() {
  const { cookieCache } = results;
  return (
    <table>
      <thead>
        <tr>
          <th>Components calling getUser()</th>
          <th>Reads with cache()</th>
          <th>Reads without cache()</th>
        </tr>
      </thead>
      <tbody>
        {results.cachedHelper.map((row) => (
          <tr key={row.callers}>
            <td>{row.callers} + the navbar</td>
            <td>{row.withCache}</td>
            <td>{row.withoutCache}</td>
          </tr>
        ))}
        <tr>
          <td>8 + the navbar, cookie cache on ({cookieCache.maxAgeSeconds} s)</td>
          <td colSpan={2}>
            {cookieCache.readsPerRequestWith8Callers} reads; a revoked session kept passing for{" "}
            {cookieCache.revokedSessionPassedForSeconds} s
          </td>
        </tr>
      </tbody>
    </table>
  );
}

function CookieCache() {
  const { cachedHelper, cookieCache } = results;
  const eight = cachedHelper.find((row) => row.callers === 8);
  return (
    <table>
      <thead>
        <tr>
          <th>Session cookie cache</th>
          <th>Database reads per request (8 callers + the navbar)</th>
          <th>A revoked session kept passing for</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>off, with cache()</td>
          <td>{eight?.withCache}</td>
          <td>not measured: every read asks the database</td>
        </tr>
        <tr>
          <td>on, maxAge {cookieCache.maxAgeSeconds} s</td>
          <td>{cookieCache.readsPerRequestWith8Callers}</td>
          <td>{cookieCache.revokedSessionPassedForSeconds} s</td>
        </tr>
      </tbody>
    </table>
  );
}

function ServerComponent() {
  const { serverComponent, clientCheck } = results.browser;
  return (
    <table>
      <thead>
        <tr>
          <th>Same page, checked…</th>
          <th>JavaScript shipped</th>
          <th>Name on screen after</th>
          <th>Largest paint after</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>on the server (this pattern)</td>
          <td>{number(serverComponent.jsBytes / 1024)} KiB</td>
          <td>{number(serverComponent.nameVisibleMs ?? 0)} ms</td>
          <td>{number(serverComponent.lcpMs)} ms</td>
        </tr>
        <tr>
          <td>
            in the browser (<code>useSession()</code>)
          </td>
          <td>{number(clientCheck.jsBytes / 1024)} KiB</td>
          <td>{number(clientCheck.nameVisibleMs ?? 0)} ms</td>
          <td>{number(clientCheck.lcpMs)} ms</td>
        </tr>
      </tbody>
    </table>
  );
}
