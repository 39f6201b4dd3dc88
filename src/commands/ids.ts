// Every command id in one place. package.json contributes exactly these (a unit test checks
// both directions); code refers to them only through this table.
export const CommandIds = {
  showOutput: 'policyLens.showOutput',
  revealRange: 'policyLens.revealRange',
  nextClaim: 'policyLens.nextClaim',
  previousClaim: 'policyLens.previousClaim',
  nextUnreviewedClaim: 'policyLens.nextUnreviewedClaim',
  nextMention: 'policyLens.nextMention',
  previousMention: 'policyLens.previousMention',
  find: 'policyLens.find',
  toggleEntities: 'policyLens.toggleEntities',
  toggleClaims: 'policyLens.toggleClaims',
  groupClaimsByType: 'policyLens.groupClaimsByType',
  groupClaimsByReview: 'policyLens.groupClaimsByReview',
  refresh: 'policyLens.refresh',
  openSample: 'policyLens.openSample',
  annotateSelection: 'policyLens.annotateSelection',
  setVerdict: 'policyLens.setVerdict',
  editNote: 'policyLens.editNote',
  editTags: 'policyLens.editTags',
  acceptSuggestion: 'policyLens.acceptSuggestion',
  rejectSuggestion: 'policyLens.rejectSuggestion',
  deleteAnnotation: 'policyLens.deleteAnnotation',
  reattachOrphan: 'policyLens.reattachOrphan',
  openSidecar: 'policyLens.openSidecar',
  addToKnowledge: 'policyLens.addToKnowledge',
  exportReview: 'policyLens.exportReview',
  exportWorkspaceReview: 'policyLens.exportWorkspaceReview',
  importAnnotations: 'policyLens.importAnnotations',
} as const;

export type CommandId = (typeof CommandIds)[keyof typeof CommandIds];
