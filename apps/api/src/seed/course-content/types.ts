import type { CourseVersionState, SeatFunction, TopicArea } from '@cds/contracts';

/** A lesson of the demo catalogue, in Markdown as a trainer would write it. */
export interface SeedLesson {
  title: string;
  /** Estimated minutes of study. */
  minutes: number;
  markdown: string;
  videoUrl?: string;
  /** The year the lesson was written: versions published before it leave it out. */
  since?: number;
}

export interface SeedModule {
  title: string;
  lessons: SeedLesson[];
}

/** One version of a demo course: its state, when it was made (and published), and its content. */
export interface SeedVersion {
  state: CourseVersionState;
  /** 'YYYY-MM-DD': the day it was published (drafts: null, opened a few days before the seed runs). */
  on: string | null;
  modules: SeedModule[];
}

export interface SeedCourse {
  code: string;
  title: string;
  topicArea: TopicArea;
  summary: string;
  hours: number;
  seatFunctions: SeatFunction[];
  /** Oldest first; at most one published and one draft. */
  versions: SeedVersion[];
}

/** The content as it stood in `year`: lessons written later are left out, and so are modules left empty. */
export function asOf(modules: SeedModule[], year: number): SeedModule[] {
  return modules
    .map((m) => ({ ...m, lessons: m.lessons.filter((l) => (l.since ?? 0) <= year) }))
    .filter((m) => m.lessons.length > 0);
}

/** A search for videos on YouTube: an honest external link that does not pretend to be one particular video. */
export const youtubeSearch = (terms: string) => `https://www.youtube.com/results?search_query=${encodeURIComponent(terms)}`;
