import { sectionAt, type PolicyDocument } from '../document';
import { once } from '../memo';
import type { Rule } from '../rule';
import { templateSentences, type Sentence } from '../templateText';
import { editable, templateTextFix, type TemplateGroup } from '../templateTextFix';
import type { Fix } from '../types';

export const rule: Rule = {
  id: 'SEC020',
  name: 'template-text',
  description: "Sentences of GitHub's default SECURITY.md template are still in the policy.",
  defaultSeverity: 'error',
  kind: 'text',
  check(doc, ctx) {
    const found = templateSentences(doc);
    for (const group of groupBySection(doc, found)) {
      // Built when a code action or Fix All first reads it, once for the whole section.
      const fix = once(() => templateTextFix(doc, group));
      for (const sentence of group.sentences) {
        const { start, end } = sentence;
        const text = doc.text.slice(start, end).replace(/\s+/g, ' ');
        const quoted = text.length > 60 ? `${text.slice(0, 59)}…` : text;
        ctx.report({
          start,
          end,
          message: `"${quoted}" is an instruction from GitHub's SECURITY.md template; replace it with your project's own text.`,
          ...(editable(doc, sentence) ? { fixes: () => withFix(fix()) } : {}),
        });
      }
    }
  },
};

function groupBySection(doc: PolicyDocument, sentences: readonly Sentence[]): TemplateGroup[] {
  const groups: TemplateGroup[] = [];
  for (const sentence of sentences) {
    const heading = sectionAt(doc, sentence.start);
    const section = heading?.section ?? 'reporting';
    const group = groups.find((g) => g.heading === heading && g.section === section);
    if (group) group.sentences.push(sentence);
    else groups.push({ section, ...(heading ? { heading } : {}), sentences: [sentence] });
  }
  return groups;
}

const withFix = (fix: Fix | undefined): readonly Fix[] | undefined => (fix ? [fix] : undefined);
