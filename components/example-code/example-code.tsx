import { cacheLife } from "next/cache";
import { Tabs } from "nextra/components";
import { compileMdx } from "nextra/compile";
import { MDXRemote } from "nextra/mdx-remote";
import { useMDXComponents as getThemeComponents } from "nextra-theme-docs";
import { CODE_THEMES } from "./code-themes";
import { readSource } from "./read-source";
import { fencedBlock, linesContaining } from "./source-lines";
import { TestedBy } from "./tested-by";

export type ExampleFile = {
  /** Path from the project root, for example "examples/server-component/page.tsx". */
  path: string;
  /** Text of the lines to highlight: each line containing one of these is marked. */
  highlight?: string[];
};

// Shiki runs here, behind "use cache" and keyed by the file's text: at build
// time for the prerendered pages, never again per request.
async function highlight(
  source: string,
  file: string,
  markers: string[],
): Promise<string> {
  "use cache";
  cacheLife("max");
  return compileMdx(
    fencedBlock(source, file, linesContaining(source, markers, file)),
    {
      mdxOptions: { rehypePrettyCodeOptions: { theme: CODE_THEMES } },
    },
  );
}

/** Shows example files verbatim from disk, highlighted by the same shiki setup as the rest of the site. */
export async function ExampleCode({ files }: { files: ExampleFile[] }) {
  const components = getThemeComponents();
  const blocks = await Promise.all(
    files.map((file) =>
      highlight(readSource(file.path), file.path, file.highlight ?? []),
    ),
  );
  const rendered = blocks.map((source, index) => (
    <div key={files[index].path} data-example-file={files[index].path}>
      <MDXRemote compiledSource={source} components={components} />
      <TestedBy file={files[index].path} />
    </div>
  ));
  if (rendered.length === 1) return rendered[0];
  return (
    <Tabs items={files.map((file) => file.path)}>
      {rendered.map((block, index) => (
        <Tabs.Tab key={files[index].path}>{block}</Tabs.Tab>
      ))}
    </Tabs>
  );
}
