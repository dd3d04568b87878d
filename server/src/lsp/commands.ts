// Custom requests behind the client's commands (Insert Section…, Fix All, Create SECURITY.md and its
// profile pick). The
// server computes edits and text; the client owns the commands and applies the edits, so the server
// advertises no executeCommandProvider and two clients never register the same command.
import {
  ErrorCodes,
  ResponseError,
  type Connection,
  type TextDocuments,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { autoFix, fixAll } from '../core/edits';
import { insertHeadedBlockEdit, insertSectionEdit } from '../core/insertSection';
import { POLICY_TEMPLATE_KINDS, policyTemplate } from '../core/policyTemplates';
import { EXTRA_BLOCKS, isProfileId, PROFILE_IDS, PROFILES, sectionsAskedFor } from '../core/profiles';
import { sectionInfo, SECTIONS } from '../core/sections';
import type { PolicyFacts } from '../core/policyTemplates';
import type { SectionId } from '../core/types';
import { versionsTable } from '../core/versionRows';
import type { DocumentStore } from './documentStore';
import { manifestKind, projectVersion } from '../facts/projectVersion';
import {
  FIX_ALL_REQUEST,
  INSERT_SECTION_REQUEST,
  NEW_POLICY_REQUEST,
  PROFILES_REQUEST,
  SECTIONS_REQUEST,
  type FixAllParams,
  type InsertSectionParams,
  type NewPolicyParams,
  type ProfileEntry,
  type SectionEntry,
  type SectionsParams,
  type SectionsResult,
} from '../protocol/requests';
import { toWorkspaceEdit } from './workspaceEdit';
import { isPolicyUri } from '../config/workspace';

export function registerCommandRequests(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  store: DocumentStore,
): void {
  const policy = (uri: unknown): TextDocument | undefined => {
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'uri must be a string');
    const document = documents.get(uri);
    return document && isPolicyUri(uri) ? document : undefined;
  };
  const isStale = (document: TextDocument, version: unknown): boolean =>
    typeof version === 'number' && version !== document.version;

  connection.onRequest(SECTIONS_REQUEST, async (params: SectionsParams): Promise<SectionsResult> => {
    const document = policy(params?.uri);
    if (!document) return null;
    // The profiles are in the analysis context (the document's settings).
    const profiles = (await store.analysis(document))?.context.profiles;
    const doc = store.parsed(document);
    const offers = sectionsAskedFor(doc, { profiles });
    const asked = offers.map((offer): SectionEntry => {
      const controls = offer.controls.map((c) => c.label);
      if (offer.kind === 'block')
        return {
          id: offer.block.id,
          title: offer.title,
          purpose: offer.controls.map((c) => c.summary).join(' '),
          present: false,
          controls,
        };
      return {
        id: offer.section,
        title: offer.title,
        purpose: sectionInfo(offer.section).purpose,
        present: false,
        controls,
      };
    });
    const rest = SECTIONS.filter(
      (section) => !offers.some((o) => o.kind === 'section' && o.section === section.id),
    ).map((section): SectionEntry => {
      const heading = doc.headings.find((h) => h.section === section.id);
      const entry = { id: section.id, title: section.title, purpose: section.purpose, present: heading !== undefined };
      return heading
        ? { ...entry, range: { start: document.positionAt(heading.start), end: document.positionAt(heading.end) } }
        : entry;
    });
    return [...asked, ...rest];
  });

  connection.onRequest(INSERT_SECTION_REQUEST, async (params: InsertSectionParams): Promise<WorkspaceEdit | null> => {
    const id = params?.sectionId;
    const block = EXTRA_BLOCKS.find((b) => b.id === id);
    if (!SECTIONS.some((s) => s.id === id) && !block) {
      const known = [...SECTIONS, ...EXTRA_BLOCKS].map((s) => s.id);
      throw new ResponseError(
        ErrorCodes.InvalidParams,
        `unknown section id ${JSON.stringify(id)} (known: ${known.join(', ')})`,
      );
    }
    const document = policy(params.uri);
    if (!document || isStale(document, params.version)) return null;
    const version = document.version;
    // The analysis context knows the project version: a versions table gets real rows, as SEC015's fix does.
    const analysis = await store.analysis(document);
    if (document.version !== version) return null;
    const doc = store.parsed(document);
    if (block) return toWorkspaceEdit(document, [insertHeadedBlockEdit(doc, block.title, block.body, block.after)]);
    const sectionId = id as SectionId;
    const body = sectionId === 'supported-versions' ? versionsTable(analysis?.context.projectVersion) : undefined;
    return toWorkspaceEdit(document, [insertSectionEdit(doc, sectionId, body)]);
  });

  connection.onRequest(FIX_ALL_REQUEST, async (params: FixAllParams): Promise<WorkspaceEdit | null> => {
    const document = policy(params?.uri);
    if (!document || isStale(document, params.version)) return null;
    const version = document.version;
    const analysis = await store.analysis(document);
    // Disabled for this document, or nothing Fix All would touch.
    if (!analysis || document.version !== version || !analysis.findings.some((f) => autoFix(f) !== undefined))
      return null;
    const edit = fixAll(document.getText(), analysis.context);
    return edit ? toWorkspaceEdit(document, [edit]) : null;
  });

  // `github` adds nothing to a new policy: the pick offers the others.
  connection.onRequest(PROFILES_REQUEST, (): ProfileEntry[] =>
    PROFILES.filter((p) => p.controls.length > 0).map((p) => ({
      id: p.id,
      title: p.title,
      description: p.description,
    })),
  );

  connection.onRequest(NEW_POLICY_REQUEST, (params: NewPolicyParams): string => {
    if (!POLICY_TEMPLATE_KINDS.includes(params?.template)) {
      throw new ResponseError(
        ErrorCodes.InvalidParams,
        `unknown template ${JSON.stringify(params?.template)} (known: ${POLICY_TEMPLATE_KINDS.join(', ')})`,
      );
    }
    const profiles = params.profiles ?? [];
    if (!Array.isArray(profiles) || !profiles.every(isProfileId)) {
      throw new ResponseError(
        ErrorCodes.InvalidParams,
        `profiles must be a list of ${PROFILE_IDS.join(', ')} (got ${JSON.stringify(params.profiles)})`,
      );
    }
    const facts = factsOf(params.facts);
    const kind = typeof params.manifest?.name === 'string' ? manifestKind(params.manifest.name) : undefined;
    const version =
      facts.projectVersion ??
      (kind && typeof params.manifest?.text === 'string' ? projectVersion(kind, params.manifest.text) : undefined);
    return policyTemplate(params.template, version ? { ...facts, projectVersion: version } : facts, profiles);
  });
}

/** Only well-formed facts reach the template: a wrong type is dropped, never printed into the policy. */
function factsOf(raw: unknown): PolicyFacts {
  if (typeof raw !== 'object' || raw === null) return {};
  const { projectName, projectVersion, repository } = raw as Record<string, unknown>;
  const repo = repository as Record<string, unknown> | null | undefined;
  const validRepo =
    typeof repo === 'object' &&
    repo !== null &&
    typeof repo['host'] === 'string' &&
    typeof repo['owner'] === 'string' &&
    typeof repo['name'] === 'string';
  return {
    ...(typeof projectName === 'string' ? { projectName } : {}),
    ...(typeof projectVersion === 'string' ? { projectVersion } : {}),
    ...(validRepo
      ? { repository: { host: repo['host'] as string, owner: repo['owner'] as string, name: repo['name'] as string } }
      : {}),
  };
}
