import { importEdges, isServerActionModule, type ImportEdge } from "./import-graph";

/**
 * The folders whose imports must form no cycle: each lib domain, each part of lib/platform and of
 * lib/tooling, each components/<feature>, and app/. app/ is two nodes: its "use server" action modules
 * are what client components call (components → actions → lib), while its pages, layouts and routes
 * render components (app → components); one node would make every form a cycle.
 */
export function folderOf(file: string): string {
  const parts = file.split("/");
  if (parts[0] === "app") return isServerActionModule(file) ? "app (server actions)" : "app";
  if (parts[0] === "components") return parts.length > 2 ? `components/${parts[1]}` : "components";
  if (parts[0] === "lib" && (parts[1] === "platform" || parts[1] === "tooling")) {
    return parts.length > 3 ? `lib/${parts[1]}/${parts[2]}` : `lib/${parts[1]}/${parts[2]!.replace(/\.[^.]+$/, "")}`;
  }
  if (parts[0] === "lib") return parts.length > 2 ? `lib/${parts[1]}` : "lib";
  return parts[0]!;
}

export type FolderCycle = {
  /** The folders in import order, the first repeated at the end: a → b → a. */
  folders: string[];
  /** For each step of the cycle, the file imports that make it. */
  edges: ImportEdge[][];
};

type FolderGraph = Map<string, Map<string, ImportEdge[]>>;

function folderGraph(edges: ImportEdge[]): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const edge of edges) {
    const from = folderOf(edge.from);
    const to = folderOf(edge.to);
    if (from === to) continue;
    const targets = graph.get(from) ?? new Map<string, ImportEdge[]>();
    targets.set(to, [...(targets.get(to) ?? []), edge]);
    graph.set(from, targets);
  }
  return graph;
}

/** Tarjan's strongly connected components: every folder set in which each reaches every other. */
function stronglyConnected(graph: FolderGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components;
}

/** The shortest way back from `start` to itself inside one component (breadth-first). */
function shortestCycle(graph: FolderGraph, start: string, members: Set<string>): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at = node; at !== start; at = previous.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

/**
 * One cycle per folder that sits on one, shortest first, duplicates (the same ring from another
 * start) removed: enough to name every file import that has to go, without listing every path.
 */
export function folderCycles(edges: ImportEdge[] = importEdges()): FolderCycle[] {
  const graph = folderGraph(edges);
  const seen = new Set<string>();
  const cycles: FolderCycle[] = [];
  for (const component of stronglyConnected(graph)) {
    const members = new Set(component);
    for (const start of component) {
      const folders = shortestCycle(graph, start, members);
      const ring = folders.slice(0, -1);
      const key = ring.map((_, i) => [...ring.slice(i), ...ring.slice(0, i)].join(">")).sort()[0]!;
      if (seen.has(key)) continue;
      seen.add(key);
      cycles.push({ folders, edges: folders.slice(0, -1).map((from, i) => graph.get(from)!.get(folders[i + 1]!)!) });
    }
  }
  return cycles.sort((a, b) => a.folders.length - b.folders.length || a.folders.join().localeCompare(b.folders.join()));
}

export function describeCycle(cycle: FolderCycle): string {
  const steps = cycle.edges.map((edges, i) => {
    const files = edges.map((edge) => `      ${edge.from} → ${edge.to}`).join("\n");
    return `  ${cycle.folders[i]} → ${cycle.folders[i + 1]}:\n${files}`;
  });
  return `${cycle.folders.join(" → ")}\n${steps.join("\n")}`;
}
