// The shape of knowledge-base entries (schemas/knowledge.schema.json describes the same format).
import type { EntityType } from '../model';

export const KNOWLEDGE_TYPES = ['person', 'country', 'place', 'organization', 'weapon', 'event'] as const;
export type KnowledgeType = (typeof KNOWLEDGE_TYPES)[number] & EntityType;

export interface KnowledgeRole {
  title: string;
  /** Id of the country or organisation. */
  of: string;
  /** YYYY or YYYY-MM-DD. */
  from: string;
  /** Absent while the role is held. */
  to?: string;
}

export interface KnowledgeEntry {
  id: string;
  /** Canonical name. */
  name: string;
  type: KnowledgeType;
  aliases: string[];
  description?: string;
  roles?: KnowledgeRole[];
  related?: string[];
  wikidata?: string;
  /** "Iranian", "North Koreans": mentions of this entry. */
  demonyms?: string[];
  /** Id of the capital (a place entry). */
  capital?: string;
  /** For capitals: the country whose government the name can stand for. */
  metonymFor?: string;
  /** Weapons: "MRBM", "midget submarine". */
  class?: string;
  /** Weapons: id of the country of origin. */
  origin?: string;
  /** Ambiguous short forms ("Moon", "Kim") matched only with supporting context. */
  contextAliases?: string[];
}

export interface KnowledgeBase {
  entries: KnowledgeEntry[];
  byId: Map<string, KnowledgeEntry>;
}

export interface KnowledgeError {
  /** File the entry came from, e.g. ".policylens/knowledge.json". */
  source: string;
  index?: number;
  id?: string;
  /** JSON path of the problem, e.g. "entries[3].type". */
  path: string;
  message: string;
}
