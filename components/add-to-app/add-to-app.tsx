import Link from "next/link";
import { appPath, buildItem } from "@/lib/registry/build";
import { REGISTRY_ITEMS } from "@/lib/registry/items";
import { builtOrigin } from "@/lib/site-origin";
import { InstallCommand } from "./install-command";
import "./add-to-app.css";

/** "Add it to your app": the shadcn command for a lesson's registry item, the files it writes and what comes next. */
export function AddToApp({ item }: { item: string }) {
  const built = buildItem(item, "");
  const dependsOn = (built.registryDependencies ?? []).map((url) =>
    REGISTRY_ITEMS.find((candidate) => url === `/r/${candidate.name}.json`)!,
  );
  return (
    <div className="add-to-app" data-registry-item={item}>
      <InstallCommand item={item} builtOrigin={builtOrigin()} />
      {dependsOn.length > 0 && (
        <p>
          It installs{" "}
          {dependsOn.map((dependency) => (
            <Link key={dependency.name} href={`/${dependency.page}`}>
              {dependency.name}
            </Link>
          ))}{" "}
          with it; the CLI asks before it replaces a file your app already has.
        </p>
      )}
      <p>It writes:</p>
      <ul className="add-to-app-files">
        {built.files.map((file) => (
          <li key={file.target}>
            <code>{appPath(file)}</code>
          </li>
        ))}
      </ul>
      {(built.dependencies ?? built.devDependencies) && (
        <p>
          And adds{" "}
          {[
            ...(built.dependencies ?? []),
            ...(built.devDependencies ?? []),
          ].join(", ")}{" "}
          to package.json.
        </p>
      )}
      <p>Then:</p>
      <ol>
        {built.docs.split("\n").map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </div>
  );
}
