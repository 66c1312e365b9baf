export { OrgModule, ORG_ENTITIES } from './lib/org.module';
export { OrgHooks, type OrgListener, type UnitMerge, type MergeCounts } from './lib/org-hooks';
export { ScopeService } from './lib/scope.service';
export { OrgUnit, ORG_UNIT_KINDS, type OrgUnitKind } from './lib/org-unit.entity';
export { OrgUnitVersion } from './lib/org-unit-version.entity';
export { OrgUnitSuccessor } from './lib/org-unit-successor.entity';
export { SUBTREE_AS_OF_CTE, subtreeParams } from './lib/subtree';
export { OrgService } from './lib/org.service';
export { OrgRevision } from './lib/org-revision.entity';
