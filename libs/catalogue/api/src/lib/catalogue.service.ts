import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CourseRef } from '@cds/contracts';
import { DataSource } from 'typeorm';
import { Course } from './course.entity';

/** The course catalogue. Today: the list of courses a post can name as its qualification. */
@Injectable()
export class CatalogueService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async courses(): Promise<CourseRef[]> {
    const rows = await this.db.getRepository(Course).find({ order: { code: 'ASC' } });
    return rows.map((c) => ({ id: c.id, code: c.code, title: c.title }));
  }
}
