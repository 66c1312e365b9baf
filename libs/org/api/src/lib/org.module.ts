import { Module } from '@nestjs/common';
import { OrgController } from './org.controller';
import { OrgHooks } from './org-hooks';
import { OrgService } from './org.service';
import { OrgUnitSuccessor } from './org-unit-successor.entity';
import { OrgUnitVersion } from './org-unit-version.entity';
import { OrgRevision } from './org-revision.entity';
import { OrgUnit } from './org-unit.entity';
import { ScopeService } from './scope.service';

export const ORG_ENTITIES = [OrgUnit, OrgUnitVersion, OrgUnitSuccessor, OrgRevision];

/**
 * The organisation tree with its history. Offers other domains the scope check against the tree
 * (ScopeService) and the hooks through which they take part in reorganisations (OrgHooks).
 */
@Module({ controllers: [OrgController], providers: [OrgService, ScopeService, OrgHooks], exports: [OrgService, ScopeService, OrgHooks] })
export class OrgModule {}
