/** Distinct operation names with their own series; the web app sends about 70. */
export const MAX_OPERATION_NAMES = 200;
/** Longer names are someone's experiment, not an app's operation. */
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/** The API's codes are a short list (DESIGN.md); outside production other codes pass through, so bound them too. */
export const MAX_ERROR_CODES = 40;
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,59}$/;

export const isOperationName = (value: string): boolean => OPERATION_NAME.test(value);
export const isErrorCode = (value: string): boolean => ERROR_CODE.test(value);
