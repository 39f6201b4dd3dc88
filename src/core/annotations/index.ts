// Reviewer annotations without an editor: parse, validate, write, anchor, follow edits, merge.
export { SIDECAR_VERSION, parseSidecar, type ParseResult, type ParseOptions, type SidecarError, type Migration } from './parseSidecar';
export { validateSidecar, type ValidationError } from './validateSidecar';
export { serializeSidecar, compareAnnotations, annotationKey } from './serializeSidecar';
export { textHash } from './textHash';
export { makeQuoteSelector, rangeText, CONTEXT_LENGTH } from './quoteSelector';
export { createAnnotation, newAnnotationId, type IdGenerator, type NewAnnotationFields } from './createAnnotation';
export { emptySidecar, upsertAnnotation, deleteAnnotation } from './editSidecar';
export { anchorAnnotation, anchorAll, DEFAULT_MIN_SCORE, type AnchorOptions } from './anchor';
export { shiftRange, applyEdits, followEdits, type TextChange, type TextSource, type EditResult } from './liveEdits';
export { retarget, sidecarForText } from './retarget';
export { mergeSidecars, type MergeConflict, type MergeResult } from './mergeSidecars';
export { offsetConverter, utf16ToCodePoint, codePointToUtf16, type OffsetConverter } from './codePoints';
