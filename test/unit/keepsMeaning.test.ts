// The one check of the fixes that edit around what they change (server/src/core/keepsMeaning.ts):
// what the edits leave alone keeps its visibility (restored line breaks, suppression comments) or
// its blocks and inline nodes (template text replaced).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPolicyDocument } from '../../server/src/core/document';
import { keepsStructure, reparsedKeepingVisibility } from '../../server/src/core/keepsMeaning';
import type { TextEdit } from '../../server/src/core/types';

const at = (text: string, before: string, newText: string, removed = ''): TextEdit => {
  const start = text.indexOf(before);
  return { start, end: start + removed.length, newText };
};

describe('keepsMeaning', () => {
  it('visibility: a new heading is fine, but not when the indented line after it becomes code', () => {
    const text = '# Policy\n\nWrite to us. Mail\n    security@example.com\n';
    const doc = createPolicyDocument(text);
    const heading = reparsedKeepingVisibility(doc, [at(text, 'Write', '## Contact\n\n')]);
    assert.equal(heading?.headings.map((h) => h.text).join('|'), 'Policy|Contact');
    assert.equal(reparsedKeepingVisibility(doc, [at(text, '    security', '## Contact\n\n')]), undefined);
  });

  it('visibility: an edit that hides nothing new and shows nothing new is kept, edits in any order', () => {
    const text = '# Policy\n\n`code` and text\n';
    const doc = createPolicyDocument(text);
    const edits = [at(text, ' text', ' plain'), at(text, 'and', 'or', 'and')];
    assert.ok(reparsedKeepingVisibility(doc, edits));
  });

  it('structure: text in place of text keeps the words around it; breaking a link or opening a fence does not', () => {
    const text = '# Policy\n\nBefore [the link text](https://example.com) after.\n\nNext paragraph.\n';
    const doc = createPolicyDocument(text);
    assert.equal(keepsStructure(doc, [at(text, 'Before', 'Earlier', 'Before')]), true);
    // Emphasis is the sentence's markup, not the author's structure: "Before" may come to stand in it.
    assert.equal(keepsStructure(doc, [at(text, 'Before', '*'), at(text, ' [the', '*')]), true);
    assert.equal(keepsStructure(doc, [at(text, 'link text', 'link\n\ntext', 'link text')]), false);
    assert.equal(keepsStructure(doc, [at(text, 'Before', '```\n')]), false);
  });
});
