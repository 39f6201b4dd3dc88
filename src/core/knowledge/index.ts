// The knowledge base: built-in data, users' files merged over it, and the recogniser that finds
// its entries in text. Pure functions on data: no editor, no file system.
export type { KnowledgeBase, KnowledgeEntry, KnowledgeError, KnowledgeRole, KnowledgeType } from './types';
export { KNOWLEDGE_TYPES } from './types';
export { builtinKnowledge, mergeKnowledge } from './builtin';
export { validateKnowledgeFile } from './validate';
export { buildIndex, type KnowledgeIndex } from './buildIndex';
export { recognizeKnown, type TypoMemo } from './recognize';
export { resolveContextual, documentContext, type DocumentContext } from './contextual';
