import { PLAN_TIERS, TOPIC_AREA_LABELS, type PlanDto, type PlanTier, type TopicArea } from '@cds/contracts';
import ExcelJS from 'exceljs';
import { Lang, tableSheet } from '@cds/api/common';

const WORDS = {
  vi: {
    sheet: (year: number) => `Kế hoạch ${year}`,
    code: 'Mã khóa học',
    course: 'Khóa học',
    topic: 'Lĩnh vực',
    plannedClasses: 'Số lớp theo kế hoạch',
    deliveredClasses: 'Số lớp đã tổ chức',
    target: (tier: string) => `Chỉ tiêu ${tier}`,
    completed: (tier: string) => `Đã hoàn thành ${tier}`,
    note: 'Ghi chú',
    tiers: { province: 'cấp tỉnh', department: 'cấp sở, ngành', district: 'cấp huyện', commune: 'cấp xã' } as Record<PlanTier, string>,
    topics: TOPIC_AREA_LABELS,
    file: (year: number) => `ke-hoach-dao-tao-${year}.xlsx`,
  },
  en: {
    sheet: (year: number) => `Plan ${year}`,
    code: 'Course code',
    course: 'Course',
    topic: 'Topic area',
    plannedClasses: 'Planned classes',
    deliveredClasses: 'Classes delivered',
    target: (tier: string) => `Target, ${tier}`,
    completed: (tier: string) => `Completed, ${tier}`,
    note: 'Note',
    tiers: { province: 'province', department: 'departments', district: 'district', commune: 'commune' } as Record<PlanTier, string>,
    topics: {
      cds_knowledge: 'Digital transformation basics',
      digital_government: 'Digital government platforms',
      digital_economy: 'Digital economy',
      digital_society: 'Digital society',
      information_security: 'Information security',
      deployment_skills: 'Deployment skills for a unit',
    } as Record<TopicArea, string>,
    file: (year: number) => `training-plan-${year}.xlsx`,
  },
};

export const planFileName = (plan: PlanDto, lang: Lang) => WORDS[lang].file(plan.year);

/** The plan as a sheet: each course with planned and delivered classes, and targets against completions per tier. */
export function planWorkbook(plan: PlanDto, lang: Lang = 'vi'): ExcelJS.Workbook {
  const w = WORDS[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cds-training';
  tableSheet(
    workbook,
    w.sheet(plan.year),
    [
      { header: w.code, key: 'code', width: 16 },
      { header: w.course, key: 'course', width: 48 },
      { header: w.topic, key: 'topic', width: 32 },
      { header: w.plannedClasses, key: 'planned', width: 14 },
      { header: w.deliveredClasses, key: 'delivered', width: 14 },
      ...PLAN_TIERS.flatMap((t) => [
        { header: w.target(w.tiers[t]), key: `target_${t}`, width: 16 },
        { header: w.completed(w.tiers[t]), key: `done_${t}`, width: 18 },
      ]),
      { header: w.note, key: 'note', width: 40 },
    ],
    plan.items.map((i) => ({
      code: i.courseCode,
      course: i.courseTitle,
      topic: w.topics[i.topicArea] ?? i.topicArea,
      planned: i.plannedClasses,
      delivered: i.deliveredClasses,
      ...Object.fromEntries(PLAN_TIERS.flatMap((t) => [[`target_${t}`, i.targets[t]], [`done_${t}`, i.completed[t]]])),
      note: i.note,
    })),
  );
  return workbook;
}
