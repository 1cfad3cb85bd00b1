import { flattenTree, type FolderTree } from "../folder-tree.ts";

/** The <option>s of a folder <select>, parents first and indented by depth (a <select> cannot nest). */
export function FolderOptions({ tree }: { tree: FolderTree }) {
  return flattenTree(tree.roots).map((n) => (
    <option key={n.folder.id} value={n.folder.id}>
      {`${"\u2003".repeat(n.depth - 1)}${n.folder.name}`}
    </option>
  ));
}
