import type { AnalysisContext, SectionId } from './types';

export const DEFAULT_REQUIRED_SECTIONS: readonly SectionId[] = ['reporting', 'supported-versions'];

export function requiresSection(context: AnalysisContext, id: SectionId): boolean {
  return (context.requiredSections ?? DEFAULT_REQUIRED_SECTIONS).includes(id);
}
