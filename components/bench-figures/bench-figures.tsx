import { Fragment } from "react";
import {
  benchCaption,
  benchTable,
  type BenchTopic,
} from "@/lib/docs/bench-tables";
import "./bench-figures.css";

// Figures measured by `npm run bench` and committed in bench/results.json, so
// the pages show what was measured, with when and on what. The tables are the
// same model the page's Markdown is written from.
export function BenchFigures({ topic }: { topic: BenchTopic }) {
  const { header, rows } = benchTable(topic);
  return (
    <figure className="bench-figures" data-testid={`bench-${topic}`}>
      <table>
        <thead>
          <tr>
            {header.map((cell) => (
              <th key={cell}>{cell}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row[0]}>
              {row.map((cell, index) => (
                <td key={index}>
                  <InlineCode text={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption>
        <InlineCode text={benchCaption(topic)} />
      </figcaption>
    </figure>
  );
}

/** Text with `code` in backticks, as in the Markdown the same table becomes. */
function InlineCode({ text }: { text: string }) {
  return text
    .split("`")
    .map((part, index) => (
      <Fragment key={index}>
        {index % 2 === 1 ? <code>{part}</code> : part}
      </Fragment>
    ));
}
