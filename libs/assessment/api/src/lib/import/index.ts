export { parseGift } from './gift-parse';
export { exportGift, escapeGift, hasMarkdown } from './gift-export';
export { parseAiken } from './aiken-parse';
