import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A course of the catalogue. The catalogue module adds modules, lessons and quizzes later. */
@Entity('course')
@Index('UQ_course_code', ['code'], { unique: true })
export class Course {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 255 })
  title!: string;

  @Column({ type: 'varchar', length: 40, name: 'topic_area' })
  topicArea!: string;

  @Column({ type: 'datetime', name: 'created_at' })
  createdAt!: Date;
}
