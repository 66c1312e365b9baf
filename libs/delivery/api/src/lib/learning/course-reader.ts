import { Injectable } from '@nestjs/common';
import { CourseContent, type LessonContent, type OutlineModule } from '@cds/catalogue/api';

/** A version's outline with what the learning pages ask of it, worked out once. */
export interface VersionOutline {
  versionId: number;
  title: string;
  modules: OutlineModule[];
  /** Lesson ids in reading order, across modules. */
  order: number[];
  /** lesson id → its place in `order` and its module's title. */
  lessons: Map<number, { index: number; title: string; minutes: number; moduleTitle: string }>;
}

/** A small map that forgets its oldest entries past `max` (insertion order; a hit moves an entry to the end). */
class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V) {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }

  delete(key: K) {
    this.map.delete(key);
  }
}

/**
 * Course content for the learning pages, read only through the catalogue's `CourseContent` and
 * kept in memory: a class always runs a published version, and published versions never change,
 * so a version's outline and its lessons can be kept for the life of the process. Two hundred
 * learners opening the same lesson cost the database one read of it. Drafts are never kept.
 * Concurrent misses share one read (the promise is what is kept).
 */
@Injectable()
export class CourseReader {
  private readonly outlines = new BoundedCache<number, Promise<VersionOutline | null>>(200);
  private readonly lessonContents = new BoundedCache<string, Promise<LessonContent | null>>(500);

  constructor(private readonly content: CourseContent) {}

  outline(versionId: number): Promise<VersionOutline | null> {
    const cached = this.outlines.get(versionId);
    if (cached) return cached;
    const loading = this.loadOutline(versionId);
    this.outlines.set(versionId, loading);
    // A failed read, or a draft, is not kept.
    loading.then(
      (o) => o === null && this.outlines.delete(versionId),
      () => this.outlines.delete(versionId),
    );
    return loading;
  }

  /** A lesson of a version (HTML, files), or null when the lesson is not part of it. */
  async lesson(versionId: number, lessonId: number): Promise<LessonContent | null> {
    const outline = await this.outline(versionId);
    if (!outline?.lessons.has(lessonId)) return null;
    const key = `${versionId}:${lessonId}`;
    const cached = this.lessonContents.get(key);
    if (cached) return cached;
    const loading = this.content.lesson(versionId, lessonId);
    this.lessonContents.set(key, loading);
    loading.then(
      (l) => l === null && this.lessonContents.delete(key),
      () => this.lessonContents.delete(key),
    );
    return loading;
  }

  private async loadOutline(versionId: number): Promise<VersionOutline | null> {
    const [version, modules] = await Promise.all([this.content.version(versionId), this.content.outline(versionId)]);
    if (!version || version.state === 'draft') return null;
    const order: number[] = [];
    const lessons = new Map<number, { index: number; title: string; minutes: number; moduleTitle: string }>();
    for (const m of modules) {
      for (const l of m.lessons) {
        lessons.set(l.id, { index: order.length, title: l.title, minutes: l.minutes, moduleTitle: m.title });
        order.push(l.id);
      }
    }
    return { versionId, title: version.title, modules, order, lessons };
  }
}
