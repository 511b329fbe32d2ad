import { Tabs } from "nextra/components";
import { compileMdx } from "nextra/compile";
import { MDXRemote } from "nextra/mdx-remote";
import { useMDXComponents as getThemeComponents } from "nextra-theme-docs";
import { CODE_THEMES } from "./code-themes";
import { readSource } from "./read-source";
import { fencedBlock, linesContaining } from "./source-lines";

export type ExampleFile = {
  /** Path from the project root, for example "examples/server-component/page.tsx". */
  path: string;
  /** Text of the lines to highlight: each line containing one of these is marked. */
  highlight?: string[];
};

// Compile each block once per server process (every request in development).
const compiled = new Map<string, Promise<string>>();

function compileFile({ path: file, highlight = [] }: ExampleFile): Promise<string> {
  const key = `${file}\0${highlight.join("\0")}`;
  let result = compiled.get(key);
  if (!result || process.env.NODE_ENV === "development") {
    result = (async () => {
      const source = await readSource(file);
      return compileMdx(fencedBlock(source, file, linesContaining(source, highlight, file)), {
        mdxOptions: { rehypePrettyCodeOptions: { theme: CODE_THEMES } },
      });
    })();
    compiled.set(key, result);
  }
  return result;
}

/** Shows example files verbatim from disk, highlighted by the same shiki setup as the rest of the site. */
export async function ExampleCode({ files }: { files: ExampleFile[] }) {
  const components = getThemeComponents();
  const blocks = await Promise.all(files.map(compileFile));
  const rendered = blocks.map((source, index) => (
    <div key={files[index].path} data-example-file={files[index].path}>
      <MDXRemote compiledSource={source} components={components} />
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
