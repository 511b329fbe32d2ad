import {
  testedBySummary,
  testsRunning,
  type TestReference,
} from "@/lib/docs/tested-by";
import { themeConfig } from "@/theme.config";
import "./tested-by.css";

const blobUrl = (spec: string, line?: number) =>
  `${themeConfig.repository}/blob/main/${spec}${line ? `#L${line}` : ""}`;

function bySpec(tests: TestReference[]): [string, TestReference[]][] {
  const groups = new Map<string, TestReference[]>();
  for (const test of tests) {
    groups.set(test.spec, [...(groups.get(test.spec) ?? []), test]);
  }
  return [...groups];
}

/** The tests that run a shown file, read from the specs (lib/docs/tested-by.ts). */
export function TestedBy({ file }: { file: string }) {
  const tests = file.startsWith("tests/") ? [] : testsRunning(file);
  const summary = testedBySummary(file, tests);
  if (tests.length === 0) {
    return <p className="tested-by tested-by-none">{summary}</p>;
  }
  return (
    <details className="tested-by">
      <summary>{summary}</summary>
      <ul>
        {bySpec(tests).map(([spec, specTests]) => (
          <li key={spec}>
            <a href={blobUrl(spec)}>
              <code>{spec}</code>
            </a>
            <ul>
              {specTests.map((test) => (
                <li key={test.line}>
                  <a href={blobUrl(spec, test.line)}>{test.title}</a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}
