export { GradingService } from './grading.service';
export { ResultsService } from './results.service';
