import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can } from '@cds/api/authz';
import { CourseRefDto } from './catalogue.dto';
import { CatalogueService } from './catalogue.service';

@ApiTags('catalogue')
@Controller('courses')
export class CoursesController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Get()
  @Can('courses.pick')
  @ApiOkResponse({ type: [CourseRefDto] })
  list() {
    return this.catalogue.courses();
  }
}
