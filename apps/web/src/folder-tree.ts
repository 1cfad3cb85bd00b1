// The caller's folders arrive flat (`folders.list`); the console shows them as a tree.
import { useQuery } from "@tanstack/react-query";
import { trpc, type RouterOutputs } from "./trpc.ts";

export type Folder = RouterOutputs["folders"]["list"][number];

export interface FolderNode {
  folder: Folder;
  /** 1 for a top-level folder. */
  depth: number;
  /** Names from the top level down to this folder: "Finance / 2025 / Invoices". */
  path: string;
  children: FolderNode[];
}

export interface FolderTree {
  roots: FolderNode[];
  byId: ReadonlyMap<string, FolderNode>;
}

/** Builds the tree; a folder whose parent is missing from the list is shown at the top level. */
export function buildFolderTree(flat: readonly Folder[]): FolderTree {
  const byId = new Map<string, FolderNode>(flat.map((f) => [f.id, { folder: f, depth: 1, path: f.name, children: [] }]));
  const roots: FolderNode[] = [];
  for (const node of byId.values()) {
    const parent = node.folder.parentId ? byId.get(node.folder.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const byName = (a: FolderNode, b: FolderNode) => a.folder.name.localeCompare(b.folder.name, undefined, { sensitivity: "base" });
  const walk = (nodes: FolderNode[], depth: number, prefix: string) => {
    nodes.sort(byName);
    for (const n of nodes) {
      n.depth = depth;
      n.path = prefix ? `${prefix} / ${n.folder.name}` : n.folder.name;
      walk(n.children, depth + 1, n.path);
    }
  };
  walk(roots, 1, "");
  return { roots, byId };
}

/** The tree in display order (parents before their children). */
export function flattenTree(nodes: readonly FolderNode[]): FolderNode[] {
  return nodes.flatMap((n) => [n, ...flattenTree(n.children)]);
}

/** The folder and every folder below it. */
export function subtree(node: FolderNode): FolderNode[] {
  return [node, ...flattenTree(node.children)];
}

const EMPTY: FolderTree = { roots: [], byId: new Map() };

/** The caller's folders as a tree, with the query's state for loading and error display. */
export function useFolderTree() {
  const query = useQuery({ ...trpc.folders.list.queryOptions(), select: buildFolderTree });
  return { query, tree: query.data ?? EMPTY };
}
