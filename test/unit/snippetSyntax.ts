// A strict parser of VS Code's snippet grammar (https://code.visualstudio.com/docs/editor/userdefinedsnippets#_grammar),
// for testing snippet bodies and completion snippets. Where VS Code silently takes a malformed
// construct as text (a lone `$`, an unescaped `}`, an unknown variable), this parser throws, so a
// typo in a template fails a test instead of inserting odd text.
//
//   any         ::= tabstop | placeholder | choice | variable | text
//   tabstop     ::= '$' int | '${' int '}' | '${' int transform '}'
//   placeholder ::= '${' int ':' any '}'
//   choice      ::= '${' int '|' text (',' text)* '|}'
//   variable    ::= '$' var | '${' var '}' | '${' var ':' any '}' | '${' var transform '}'
//   transform   ::= '/' regex '/' (format | text)+ '/' options
// Escapes: `\$`, `\}`, `\\` in text; also `\,` and `\|` in choices.

export type SnippetNode =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'tabstop'; readonly index: number }
  | { readonly type: 'placeholder'; readonly index: number; readonly children: readonly SnippetNode[] }
  | { readonly type: 'choice'; readonly index: number; readonly options: readonly string[] }
  | { readonly type: 'variable'; readonly name: string; readonly children?: readonly SnippetNode[] };

/** The variables VS Code resolves; any other name would become a placeholder named after it. */
export const KNOWN_VARIABLES: ReadonlySet<string> = new Set([
  'TM_SELECTED_TEXT',
  'TM_CURRENT_LINE',
  'TM_CURRENT_WORD',
  'TM_LINE_INDEX',
  'TM_LINE_NUMBER',
  'TM_FILENAME',
  'TM_FILENAME_BASE',
  'TM_DIRECTORY',
  'TM_DIRECTORY_BASE',
  'TM_FILEPATH',
  'RELATIVE_FILEPATH',
  'CLIPBOARD',
  'WORKSPACE_NAME',
  'WORKSPACE_FOLDER',
  'CURSOR_INDEX',
  'CURSOR_NUMBER',
  'CURRENT_YEAR',
  'CURRENT_YEAR_SHORT',
  'CURRENT_MONTH',
  'CURRENT_MONTH_NAME',
  'CURRENT_MONTH_NAME_SHORT',
  'CURRENT_DATE',
  'CURRENT_DAY_NAME',
  'CURRENT_DAY_NAME_SHORT',
  'CURRENT_HOUR',
  'CURRENT_MINUTE',
  'CURRENT_SECOND',
  'CURRENT_SECONDS_UNIX',
  'CURRENT_TIMEZONE_OFFSET',
  'RANDOM',
  'RANDOM_HEX',
  'UUID',
  'BLOCK_COMMENT_START',
  'BLOCK_COMMENT_END',
  'LINE_COMMENT',
]);

export class SnippetSyntaxError extends Error {}

export function parseSnippet(source: string): SnippetNode[] {
  let at = 0;
  const fail = (message: string): never => {
    throw new SnippetSyntaxError(`${message} at ${at} in ${JSON.stringify(source)}`);
  };

  /** Nodes up to an unescaped `}` (when nested) or the end. */
  function sequence(nested: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text) nodes.push({ type: 'text', value: text });
      text = '';
    };
    while (at < source.length) {
      const c = source[at]!;
      if (c === '\\') {
        const next = source[at + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          at += 2;
        } else {
          text += c;
          at++;
        }
      } else if (c === '$') {
        flush();
        nodes.push(dollar());
      } else if (c === '}') {
        if (nested) break;
        fail('unescaped "}"');
      } else {
        text += c;
        at++;
      }
    }
    flush();
    return nodes;
  }

  function dollar(): SnippetNode {
    at++; // $
    const int = /^\d+/.exec(source.slice(at));
    if (int) {
      at += int[0].length;
      return { type: 'tabstop', index: Number(int[0]) };
    }
    const name = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(source.slice(at));
    if (name) {
      at += name[0].length;
      return variable(name[0]);
    }
    if (source[at] !== '{') return fail('"$" that starts no tab stop or variable (escape it as "\\$")');
    at++; // {
    const index = /^\d+/.exec(source.slice(at));
    if (index) {
      at += index[0].length;
      const n = Number(index[0]);
      const c = source[at];
      if (c === '}') {
        at++;
        return { type: 'tabstop', index: n };
      }
      if (c === ':') {
        at++;
        const children = sequence(true);
        close();
        return { type: 'placeholder', index: n, children };
      }
      if (c === '|') {
        at++;
        return { type: 'choice', index: n, options: choiceOptions() };
      }
      if (c === '/') {
        transform();
        close();
        return { type: 'tabstop', index: n };
      }
      return fail('expected "}", ":", "|" or "/" after a tab stop number');
    }
    const varName = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(source.slice(at));
    if (!varName) return fail('expected a tab stop number or a variable name after "${"');
    at += varName[0].length;
    const c = source[at];
    if (c === '}') {
      at++;
      return variable(varName[0]);
    }
    if (c === ':') {
      at++;
      const children = sequence(true);
      close();
      return variable(varName[0], children);
    }
    if (c === '/') {
      transform();
      close();
      return variable(varName[0]);
    }
    return fail('expected "}", ":" or "/" after a variable name');
  }

  function variable(name: string, children?: SnippetNode[]): SnippetNode {
    if (!KNOWN_VARIABLES.has(name)) fail(`unknown variable ${name}`);
    return children ? { type: 'variable', name, children } : { type: 'variable', name };
  }

  function close(): void {
    if (source[at] !== '}') fail('unterminated "${"');
    at++;
  }

  function choiceOptions(): string[] {
    const options: string[] = [];
    let option = '';
    while (at < source.length) {
      const c = source[at]!;
      if (c === '\\' && /[$}\\,|]/.test(source[at + 1] ?? '')) {
        option += source[at + 1];
        at += 2;
      } else if (c === ',') {
        options.push(option);
        option = '';
        at++;
      } else if (c === '|' && source[at + 1] === '}') {
        options.push(option);
        at += 2;
        return options;
      } else {
        option += c;
        at++;
      }
    }
    return fail('unterminated choice');
  }

  /** `/regex/format/options`: checked for shape, not used. */
  function transform(): void {
    for (let part = 0; part < 2; part++) {
      at++; // '/'
      while (at < source.length && source[at] !== '/') at += source[at] === '\\' ? 2 : 1;
      if (source[at] !== '/') fail('unterminated transform');
    }
    at++;
    const options = /^[gimsuy]*/.exec(source.slice(at))![0];
    at += options.length;
  }

  const nodes = sequence(false);
  checkTabStops(nodes, fail);
  return nodes;
}

/** One default per tab stop: two placeholders with the same number must agree (they mirror each other). */
function checkTabStops(nodes: readonly SnippetNode[], fail: (message: string) => never): void {
  const defaults = new Map<number, string>();
  const visit = (list: readonly SnippetNode[]): void => {
    for (const node of list) {
      if (node.type === 'placeholder') {
        const value = expandNodes(node.children, new Map());
        const seen = defaults.get(node.index);
        if (seen !== undefined && seen !== value) fail(`tab stop ${node.index} has two defaults`);
        defaults.set(node.index, value);
        visit(node.children);
      }
    }
  };
  visit(nodes);
}

/** The text VS Code inserts when every tab stop keeps its default (choices: the first option). */
export function expandSnippet(source: string, variables: ReadonlyMap<string, string> = new Map()): string {
  const nodes = parseSnippet(source);
  const defaults = new Map<number, string>();
  const collect = (list: readonly SnippetNode[]): void => {
    for (const node of list) {
      if (node.type === 'placeholder') {
        defaults.set(node.index, expandNodes(node.children, variables));
        collect(node.children);
      } else if (node.type === 'choice') defaults.set(node.index, node.options[0] ?? '');
    }
  };
  collect(nodes);
  return expandNodes(nodes, variables, defaults);
}

function expandNodes(
  nodes: readonly SnippetNode[],
  variables: ReadonlyMap<string, string>,
  defaults = new Map<number, string>(),
): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.value;
        case 'tabstop':
          return defaults.get(node.index) ?? '';
        case 'placeholder':
          return expandNodes(node.children, variables, defaults);
        case 'choice':
          return node.options[0] ?? '';
        case 'variable':
          return variables.get(node.name) ?? (node.children ? expandNodes(node.children, variables, defaults) : '');
      }
    })
    .join('');
}
