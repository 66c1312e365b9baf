import { IsoDate, OrgUnitDto } from '@cds/contracts';

export interface OrgTreeNode {
  unit: OrgUnitDto;
  depth: number;
  children: OrgTreeNode[];
}

/** Whether the unit existed on the date (`validTo` is exclusive). */
export function isValidOn(unit: Pick<OrgUnitDto, 'validFrom' | 'validTo'>, asOf: IsoDate): boolean {
  return unit.validFrom <= asOf && (unit.validTo === null || unit.validTo > asOf);
}

const byName = (a: OrgTreeNode, b: OrgTreeNode) => a.unit.name.localeCompare(b.unit.name, 'vi');

/**
 * Nests the API's flat list. With `asOf`, units that did not exist that day are left out.
 * A unit whose parent is not in the list (outside the caller's subtree, or ended) becomes a root.
 * Siblings are sorted by their Vietnamese name.
 */
export function buildOrgTree(units: readonly OrgUnitDto[], asOf?: IsoDate): OrgTreeNode[] {
  const kept = asOf ? units.filter((u) => isValidOn(u, asOf)) : [...units];
  const nodes = new Map<number, OrgTreeNode>(kept.map((u) => [u.id, { unit: u, depth: 0, children: [] }]));
  const roots: OrgTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId !== null ? nodes.get(node.unit.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const settle = (list: OrgTreeNode[], depth: number, seen: Set<number>) => {
    list.sort(byName);
    for (const n of list) {
      if (seen.has(n.unit.id)) continue;
      seen.add(n.unit.id);
      n.depth = depth;
      settle(n.children, depth + 1, seen);
    }
  };
  settle(roots, 0, new Set());
  return roots;
}

/** Depth-first list of the nodes, parents before children. */
export function flattenTree(roots: readonly OrgTreeNode[]): OrgTreeNode[] {
  const out: OrgTreeNode[] = [];
  const walk = (list: readonly OrgTreeNode[]) => {
    for (const n of list) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(roots);
  return out;
}

/** Options for a unit select: every unit, indented by its depth in the tree. */
export interface UnitOption {
  id: number;
  name: string;
  depth: number;
  ended: boolean;
}

export function unitOptions(units: readonly OrgUnitDto[], asOf?: IsoDate): UnitOption[] {
  return flattenTree(buildOrgTree(units, asOf)).map((n) => ({
    id: n.unit.id,
    name: n.unit.name,
    depth: n.depth,
    ended: n.unit.validTo !== null && (!asOf || n.unit.validTo <= asOf),
  }));
}

/** Ids of the unit and every unit below it. */
export function subtreeIds(units: readonly OrgUnitDto[], rootId: number): Set<number> {
  const ids = new Set<number>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parentId !== null && ids.has(u.parentId) && !ids.has(u.id)) {
        ids.add(u.id);
        grew = true;
      }
    }
  }
  return ids;
}
