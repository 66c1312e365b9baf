import { OrgUnitDto } from '@cds/contracts';
import { buildOrgTree, flattenTree, isValidOn, subtreeIds, unitOptions } from './org-tree';

const unit = (id: number, name: string, parentId: number | null, validFrom = '2000-01-01', validTo: string | null = null): OrgUnitDto => ({
  id,
  code: null,
  name,
  kind: parentId === null ? 'province' : 'commune',
  parentId,
  validFrom,
  validTo,
});

const UNITS = [
  unit(1, 'Tỉnh Nam Định', null),
  unit(2, 'Huyện Giao Thủy', 1, '2000-01-01', '2025-07-01'),
  unit(3, 'Xã Giao Thiện', 2, '2000-01-01', '2025-07-01'),
  unit(4, 'Xã Giao Hương', 2, '2000-01-01', '2025-07-01'),
  unit(5, 'Xã Giao Minh', 1, '2025-07-01'),
  unit(6, 'Huyện Hải Hậu', 1),
  unit(7, 'Xã Bạch Long', 2),
];

describe('buildOrgTree', () => {
  it('nests a flat list under the parents and sorts siblings by Vietnamese name', () => {
    const roots = buildOrgTree(UNITS);
    expect(roots.map((r) => r.unit.name)).toEqual(['Tỉnh Nam Định']);
    expect(roots[0].children.map((c) => c.unit.name)).toEqual(['Huyện Giao Thủy', 'Huyện Hải Hậu', 'Xã Giao Minh']);
    expect(roots[0].children[0].children.map((c) => [c.unit.name, c.depth])).toEqual([
      ['Xã Bạch Long', 2],
      ['Xã Giao Hương', 2],
      ['Xã Giao Thiện', 2],
    ]);
  });

  it('keeps only the units of the date, the day before and on the effective date of a merger', () => {
    const before = flattenTree(buildOrgTree(UNITS, '2025-06-30')).map((n) => n.unit.id);
    expect(before).toEqual([1, 2, 7, 4, 3, 6]);
    const after = flattenTree(buildOrgTree(UNITS, '2025-07-01')).map((n) => n.unit.id);
    // Xã Bạch Long outlived its district in this data: it is shown at the top rather than lost.
    expect(after).toEqual([1, 6, 5, 7]);
  });

  it('makes a unit whose parent is missing a root', () => {
    const roots = buildOrgTree([unit(3, 'Xã Giao Thiện', 2), unit(9, 'Xã Giao An', 2)]);
    expect(roots.map((r) => [r.unit.name, r.depth])).toEqual([
      ['Xã Giao An', 0],
      ['Xã Giao Thiện', 0],
    ]);
  });

  it('survives a cycle in bad data', () => {
    const roots = buildOrgTree([unit(1, 'A', 2), unit(2, 'B', 1), unit(3, 'C', null)]);
    expect(roots.map((r) => r.unit.name)).toEqual(['C']);
  });
});

describe('org tree helpers', () => {
  it('treats validTo as exclusive', () => {
    expect(isValidOn(UNITS[1], '2025-06-30')).toBe(true);
    expect(isValidOn(UNITS[1], '2025-07-01')).toBe(false);
    expect(isValidOn(UNITS[4], '2025-06-30')).toBe(false);
  });

  it('lists indented options and subtrees', () => {
    expect(unitOptions(UNITS, '2025-06-30').slice(0, 3)).toEqual([
      { id: 1, name: 'Tỉnh Nam Định', depth: 0, ended: false },
      { id: 2, name: 'Huyện Giao Thủy', depth: 1, ended: false },
      { id: 7, name: 'Xã Bạch Long', depth: 2, ended: false },
    ]);
    expect([...subtreeIds(UNITS, 2)].sort()).toEqual([2, 3, 4, 7]);
  });
});
