import { Module } from '@nestjs/common';
import { CoreTeamController, CoursesController } from './core-team.controller';
import { CoreTeamService } from './core-team.service';

@Module({ controllers: [CoreTeamController, CoursesController], providers: [CoreTeamService], exports: [CoreTeamService] })
export class CoreTeamModule {}
