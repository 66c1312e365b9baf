import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PLAN_TIERS, type PlanTier } from '@cds/contracts';
import type { OrgUnitKind } from '@cds/org/api';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@cds/audit/api';
import type { Principal } from '@cds/api/authz';
import { isUniqueViolation, refuse, todayInVietnam } from '@cds/api/common';
import { Course } from '@cds/catalogue/api';
import { PlanItem, TrainingPlan } from '../delivery.entities';
import { inTransaction } from './transaction';
import type { CreatePlanDto, PlanItemBodyDto, PlanItemResponse, PlanResponse, PlanSummaryResponse } from './classes.dto';

/** The tier a unit kind counts for in a plan's targets. */
export const TIER_OF_KIND: Record<OrgUnitKind, PlanTier> = {
  province: 'province',
  department: 'department',
  agency: 'department',
  district: 'district',
  commune: 'commune',
  ward: 'commune',
};

const zeroTiers = (): Record<PlanTier, number> => ({ province: 0, department: 0, district: 0, commune: 0 });

/** The yearly training plans: courses with planned classes and per-tier targets, against what was delivered. */
@Injectable()
export class PlanService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<PlanSummaryResponse[]> {
    const plans = await this.db.getRepository(TrainingPlan).find({ order: { year: 'DESC' } });
    return plans.map((p) => ({ id: Number(p.id), year: Number(p.year), title: p.title }));
  }

  async byYear(year: number, today = todayInVietnam()): Promise<PlanResponse> {
    const plan = await this.db.getRepository(TrainingPlan).findOneBy({ year });
    if (!plan) throw refuse(HttpStatus.NOT_FOUND, 'delivery.plan_not_found', { year });
    return this.planDto(plan, today);
  }

  async create(principal: Principal, dto: CreatePlanDto): Promise<PlanResponse> {
    if (await this.db.getRepository(TrainingPlan).existsBy({ year: dto.year })) throw refuse(HttpStatus.CONFLICT, 'delivery.plan_exists', { year: dto.year });
    let plan: TrainingPlan;
    try {
      plan = await inTransaction(this.db, async (tx) => {
        const { identifiers } = await tx.insert(TrainingPlan, { year: dto.year, title: dto.title, createdAt: new Date() });
        const id = Number(identifiers[0]['id']);
        await this.record(tx, principal, 'plan.created', id, `${dto.year} · ${dto.title}`, { ...dto });
        return tx.getRepository(TrainingPlan).findOneByOrFail({ id });
      });
    } catch (e) {
      if (isUniqueViolation(e, 'UQ_training_plan_year', 'training_plan.year')) throw refuse(HttpStatus.CONFLICT, 'delivery.plan_exists', { year: dto.year });
      throw e;
    }
    return this.planDto(plan);
  }

  async addItem(principal: Principal, planId: number, dto: PlanItemBodyDto): Promise<PlanResponse> {
    const plan = await this.db.getRepository(TrainingPlan).findOneBy({ id: planId });
    if (!plan) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
    const course = await this.course(dto.courseId);
    await this.writeItem(planId, course, null, async (tx) => {
      const { identifiers } = await tx.insert(PlanItem, { planId, ...this.itemColumns(dto) });
      await this.record(tx, principal, 'plan.changed', planId, `${plan.year} · ${plan.title}`, { item: Number(identifiers[0]['id']), added: { ...dto } });
    });
    return this.planDto(plan);
  }

  async updateItem(principal: Principal, itemId: number, dto: PlanItemBodyDto): Promise<PlanResponse> {
    const item = await this.db.getRepository(PlanItem).findOne({ where: { id: itemId }, relations: { plan: true } });
    if (!item?.plan) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
    const plan = item.plan;
    const course = await this.course(dto.courseId);
    await this.writeItem(plan.id, course, itemId, async (tx) => {
      await tx.update(PlanItem, { id: itemId }, this.itemColumns(dto));
      await this.record(tx, principal, 'plan.changed', plan.id, `${plan.year} · ${plan.title}`, { item: itemId, changed: { ...dto } });
    });
    return this.planDto(plan);
  }

  async removeItem(principal: Principal, itemId: number): Promise<PlanResponse> {
    const item = await this.db.getRepository(PlanItem).findOne({ where: { id: itemId }, relations: { plan: true } });
    if (!item?.plan) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
    const plan = item.plan;
    await inTransaction(this.db, async (tx) => {
      await tx.delete(PlanItem, { id: itemId });
      await this.record(tx, principal, 'plan.changed', plan.id, `${plan.year} · ${plan.title}`, { item: itemId, removed: { courseId: item.courseId } });
    });
    return this.planDto(plan);
  }

  // ---- internals ------------------------------------------------------------------------

  /**
   * The plan with delivered against planned, by SQL aggregation: classes of each course that
   * started in the year up to today (not cancelled), and people who completed those classes
   * grouped by the tier of their unit.
   */
  private async planDto(plan: TrainingPlan, today = todayInVietnam()): Promise<PlanResponse> {
    const year = Number(plan.year);
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const items = await this.db
      .getRepository(PlanItem)
      .createQueryBuilder('i')
      .innerJoin(Course, 'co', 'co.id = i.course_id')
      .select([
        'i.id AS id',
        'i.course_id AS courseId',
        'co.code AS courseCode',
        'co.title AS courseTitle',
        'co.topic_area AS topicArea',
        'i.planned_classes AS plannedClasses',
        'i.target_province AS province',
        'i.target_department AS department',
        'i.target_district AS district',
        'i.target_commune AS commune',
        'i.note AS note',
      ])
      .where('i.plan_id = :planId', { planId: plan.id })
      .orderBy('co.code', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .getRawMany<Record<string, string | number>>();
    const courseIds = items.map((i) => Number(i.courseId));
    const delivered = new Map<number, number>();
    const completed = new Map<number, Record<PlanTier, number>>();
    if (courseIds.length) {
      const started = to < today ? to : today;
      const classRows: { courseId: number; n: number | string }[] = await this.db.query(
        `SELECT c.course_id AS courseId, COUNT(*) AS n FROM training_class c
         WHERE c.course_id IN (${courseIds.map(() => '?').join(', ')}) AND c.cancelled = 0 AND c.start_date >= ? AND c.start_date <= ?
         GROUP BY c.course_id`,
        [...courseIds, from, started],
      );
      for (const r of classRows) delivered.set(Number(r.courseId), Number(r.n));
      const doneRows: { courseId: number; kind: OrgUnitKind; n: number | string }[] = await this.db.query(
        `SELECT c.course_id AS courseId, u.kind AS kind, COUNT(*) AS n FROM enrolment e
         INNER JOIN training_class c ON c.id = e.class_id
         INNER JOIN person p ON p.id = e.person_id
         INNER JOIN org_unit u ON u.id = p.org_unit_id
         WHERE c.course_id IN (${courseIds.map(() => '?').join(', ')}) AND c.cancelled = 0 AND c.start_date >= ? AND c.start_date <= ? AND e.state = 'completed'
         GROUP BY c.course_id, u.kind`,
        [...courseIds, from, to],
      );
      for (const r of doneRows) {
        const tier = TIER_OF_KIND[r.kind];
        if (!tier) continue;
        const tiers = completed.get(Number(r.courseId)) ?? zeroTiers();
        tiers[tier] += Number(r.n);
        completed.set(Number(r.courseId), tiers);
      }
    }
    return {
      id: Number(plan.id),
      year,
      title: plan.title,
      items: items.map(
        (i): PlanItemResponse => ({
          id: Number(i.id),
          courseId: Number(i.courseId),
          courseCode: String(i.courseCode),
          courseTitle: String(i.courseTitle),
          topicArea: i.topicArea as PlanItemResponse['topicArea'],
          plannedClasses: Number(i.plannedClasses),
          targets: Object.fromEntries(PLAN_TIERS.map((t) => [t, Number(i[t])])) as Record<PlanTier, number>,
          deliveredClasses: delivered.get(Number(i.courseId)) ?? 0,
          completed: completed.get(Number(i.courseId)) ?? zeroTiers(),
          note: String(i.note ?? ''),
        }),
      ),
    };
  }

  private async course(courseId: number): Promise<Course> {
    const course = await this.db.getRepository(Course).findOneBy({ id: courseId });
    if (!course) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'delivery.course_not_found', { id: courseId });
    return course;
  }

  private itemColumns(dto: PlanItemBodyDto) {
    return {
      courseId: dto.courseId,
      plannedClasses: dto.plannedClasses,
      targetProvince: dto.targets.province,
      targetDepartment: dto.targets.department,
      targetDistrict: dto.targets.district,
      targetCommune: dto.targets.commune,
      note: dto.note,
    };
  }

  /** A write of an item in one transaction; a course already in the plan is a 409 naming it (the unique index decides). */
  private async writeItem(planId: number, course: Course, itemId: number | null, write: (tx: EntityManager) => Promise<void>) {
    const same = await this.db.getRepository(PlanItem).findOneBy({ planId, courseId: course.id });
    if (same && same.id !== itemId) throw refuse(HttpStatus.CONFLICT, 'delivery.plan_item_exists', { course: `${course.code} – ${course.title}` });
    try {
      await inTransaction(this.db, write);
    } catch (e) {
      if (isUniqueViolation(e, 'UQ_plan_item_course', 'plan_item.plan_id', 'plan_item.course_id')) throw refuse(HttpStatus.CONFLICT, 'delivery.plan_item_exists', { course: `${course.code} – ${course.title}` });
      throw e;
    }
  }

  private record(tx: EntityManager, principal: Principal, action: 'plan.created' | 'plan.changed', planId: number, label: string, details: Record<string, unknown>) {
    return this.audit.record({ action, actorId: principal.accountId, actorEmail: principal.email, targetType: 'training_plan', targetId: planId, targetLabel: label, details }, tx);
  }
}
