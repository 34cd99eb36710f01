export { LANGUAGE_NAMES } from './lib/language-switch/language-names';
export { FormAlert, type AlertMessage } from './lib/form-alert/form-alert.component';
export { FieldErrorMessage } from './lib/field-error/field-error.component';
export { lhValidators, fieldProblem, applyServerFieldErrors, textRule } from './lib/forms/field-validators';
export { apiErrorMessage, type ApiErrorLike } from './lib/forms/api-error-message';
export { formSubmission, type FormSubmission, type SubmitError } from './lib/forms/form-submission';
export { splitAuthors, maxLengthRule, finishedOnRule } from './lib/forms/field-validators';
export { DateTimePipe } from './lib/date-time/date-time.pipe';
export { downloadTextFile } from './lib/download/download-text-file';
