import type { QuizSelection } from '@cds/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { shuffled } from '../questions';
import { Question, QuestionVersion } from '../bank/question.entity';

/** The current version of every question of a course's bank. */
export function currentVersions(db: DataSource | EntityManager, courseId: number): Promise<QuestionVersion[]> {
  return db
    .getRepository(QuestionVersion)
    .createQueryBuilder('v')
    .innerJoin(Question, 'q', 'q.current_version_id = v.id')
    .where('q.course_id = :courseId', { courseId })
    .orderBy('q.id', 'ASC')
    .getMany();
}

const sameTag = (a: string, b: string) => a.normalize('NFC').toLocaleLowerCase('vi') === b.normalize('NFC').toLocaleLowerCase('vi');

/** Why a selection cannot be drawn from this pool: a fixed question not in the bank, or a tag with too few questions. */
export type DrawProblem = { code: 'assessment.quiz_question_not_in_bank'; params: { id: number } } | { code: 'assessment.quiz_tag_short'; params: { tag: string; count: number; available: number } };

export function selectionProblems(selection: QuizSelection, pool: QuestionVersion[]): DrawProblem[] {
  if (selection.kind === 'fixed') {
    const ids = new Set(pool.map((v) => v.questionId));
    return selection.questionIds.filter((id) => !ids.has(id)).map((id) => ({ code: 'assessment.quiz_question_not_in_bank', params: { id } }));
  }
  // Draws take questions in turn, never one twice: count what is left for each draw.
  const used = new Set<number>();
  const problems: DrawProblem[] = [];
  for (const draw of selection.draws) {
    const free = pool.filter((v) => !used.has(v.questionId) && v.tags.some((t) => sameTag(t, draw.tag)));
    free.slice(0, draw.count).forEach((v) => used.add(v.questionId));
    if (free.length < draw.count) problems.push({ code: 'assessment.quiz_tag_short', params: { tag: draw.tag, count: draw.count, available: free.length } });
  }
  return problems;
}

/** The questions of one attempt, in the quiz's order (fixed) or drawn at random by tag; shuffled when the quiz says so. */
export function drawQuestions(selection: QuizSelection, pool: QuestionVersion[], shuffle: boolean, random: () => number): QuestionVersion[] {
  let picked: QuestionVersion[];
  if (selection.kind === 'fixed') {
    const byId = new Map(pool.map((v) => [v.questionId, v] as const));
    picked = selection.questionIds.map((id) => byId.get(id)).filter((v): v is QuestionVersion => v !== undefined);
  } else {
    const used = new Set<number>();
    picked = [];
    for (const draw of selection.draws) {
      const free = pool.filter((v) => !used.has(v.questionId) && v.tags.some((t) => sameTag(t, draw.tag)));
      for (const v of shuffled(free, random).slice(0, draw.count)) {
        used.add(v.questionId);
        picked.push(v);
      }
    }
  }
  return shuffle ? shuffled(picked, random) : picked;
}

export const questionCountOf = (selection: QuizSelection) => (selection.kind === 'fixed' ? selection.questionIds.length : selection.draws.reduce((s, d) => s + d.count, 0));

/** A bounded map, oldest out first: the in-memory caches of attempts (versions, rendered Markdown, attempt shapes, pools). */
export class Bounded<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(private readonly max: number) {}
  get(key: K): V | undefined {
    return this.entries.get(key);
  }
  set(key: K, value: V) {
    if (this.entries.size >= this.max && !this.entries.has(key)) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, value);
  }
  delete(key: K) {
    this.entries.delete(key);
  }
}

/**
 * Question versions never change once written, so every process may keep them: an attempt's
 * questions are read from memory after the first learner loads them (bounded, oldest out first).
 */
export class VersionCache {
  private readonly entries = new Bounded<number, QuestionVersion>(5_000);

  async get(db: DataSource | EntityManager, ids: number[]): Promise<Map<number, QuestionVersion>> {
    const out = new Map<number, QuestionVersion>();
    const missing: number[] = [];
    for (const id of new Set(ids)) {
      const hit = this.entries.get(id);
      if (hit) out.set(id, hit);
      else missing.push(id);
    }
    if (missing.length) {
      for (const v of await db.getRepository(QuestionVersion).findBy({ id: In(missing) })) {
        out.set(v.id, v);
        this.put(v);
      }
    }
    return out;
  }

  put(v: QuestionVersion) {
    this.entries.set(v.id, v);
  }
}
