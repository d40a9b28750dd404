/** A problem with the article or the data that stops `npm run add`; nothing is written. */
export class AddError extends Error {}
