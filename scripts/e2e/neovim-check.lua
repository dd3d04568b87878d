-- Run by neovim-check.mjs: `nvim --headless --clean -c "luafile neovim-check.lua"`, in a throwaway
-- workspace holding policy/SECURITY.md. Loads the README's Neovim example (extracted by the script,
-- with the server path filled in), opens the policy, and checks what the server sends: diagnostics
-- (with the example's settings applied), a quick fix (applied), section completions. Exits 0 or 1.
local setup = assert(os.getenv('SECURITY_POLICY_SETUP'), 'SECURITY_POLICY_SETUP not set')
local DEADLINE_MS = 15000

-- print() in headless Neovim writes to stderr without a line end.
local function say(message)
  io.stdout:write(message .. '\n')
end

local function check(ok, message)
  if not ok then error(message, 2) end
end

local function run()
  dofile(setup)
  vim.cmd('edit policy/SECURITY.md')
  local bufnr = vim.api.nvim_get_current_buf()
  check(vim.bo[bufnr].filetype == 'markdown', 'filetype is ' .. vim.bo[bufnr].filetype)

  -- 1. Diagnostics, as the server publishes them (raw LSP, before Neovim's conversion).
  local published
  local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    if result and result.uri == vim.uri_from_bufnr(bufnr) then published = result end
    return default_handler(err, result, ctx, config)
  end
  -- The example attaches on FileType, which already fired for this buffer before the handler was
  -- wrapped; the server publishes again on every change, so wait for a publication after one.
  check(vim.wait(DEADLINE_MS, function() return #vim.lsp.buf_get_clients(bufnr) > 0 end, 20), 'no client attached to the buffer')
  vim.wait(DEADLINE_MS, function() return published ~= nil end, 20)
  if not published then
    vim.api.nvim_buf_set_lines(bufnr, -1, -1, false, {})
    vim.api.nvim_buf_set_lines(bufnr, -2, -1, false, {})
    check(vim.wait(DEADLINE_MS, function() return published ~= nil end, 20), 'no diagnostics published')
  end
  local function describe(diagnostics)
    local out = {}
    for _, d in ipairs(diagnostics) do
      local r = d.range
      table.insert(out, string.format('%s %d %d:%d-%d:%d', d.code, d.severity, r.start.line, r.start.character, r['end'].line, r['end'].character))
    end
    table.sort(out)
    return table.concat(out, ', ')
  end
  -- The example's settings reach the server: SEC001 (policy/ is the wrong place) is off and SEC013 is
  -- an error instead of a warning. Severities: 1 error, 2 warning.
  local expected = 'SEC011 1 0:0-0:17, SEC013 1 0:0-0:17, SEC015 2 0:0-0:17, SEC022 1 5:6-5:26'
  check(vim.wait(DEADLINE_MS, function() return describe(published.diagnostics) == expected end, 20),
    'diagnostics: got ' .. describe(published.diagnostics) .. ', expected ' .. expected)
  say('diagnostics: ' .. describe(published.diagnostics))

  -- 2. A quick fix for SEC015, resolved if the server defers its edit, applied to the buffer.
  local sec015
  for _, d in ipairs(published.diagnostics) do if d.code == 'SEC015' then sec015 = d end end
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = sec015.range,
    context = { diagnostics = { sec015 }, only = { 'quickfix' } },
  }, DEADLINE_MS)
  local action, client_id
  for id, response in pairs(responses or {}) do
    for _, a in ipairs(response.result or {}) do
      if a.title == 'Insert the "Supported Versions" section' then action, client_id = a, id end
    end
  end
  check(action ~= nil, 'no "Insert the Supported Versions section" code action: ' .. vim.inspect(responses))
  if not action.edit then
    local resolved = vim.lsp.buf_request_sync(bufnr, 'codeAction/resolve', action, DEADLINE_MS)
    action = resolved and resolved[client_id] and resolved[client_id].result or action
  end
  check(action.edit ~= nil, 'the code action has no edit')
  vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
  local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  local want = table.concat({
    '# Security Policy', '', '## Supported Versions', '', '| Version | Supported |', '| ------- | --------- |',
    '| [your supported versions] | ✅ |', '| [your unsupported versions] | ❌ |', '', '## Reporting a Vulnerability', '',
    'Please do not open public issues for security problems.', 'Email security@example.com with the details.', '',
    '## Disclosure Policy', '', 'We publish an advisory once a fix is released.',
  }, '\n')
  check(text == want, 'text after the quick fix:\n' .. text)
  say('code action: applied "' .. action.title .. '"')

  -- 3. Section completions after "## " on a new last line: missing sections first.
  vim.api.nvim_buf_set_lines(bufnr, -1, -1, false, { '## ' })
  local line = vim.api.nvim_buf_line_count(bufnr) - 1
  local completion = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = line, character = 3 },
  }, DEADLINE_MS)
  local items = {}
  for _, response in pairs(completion or {}) do
    local result = response.result or {}
    for _, item in ipairs(result.items or result) do table.insert(items, item) end
  end
  table.sort(items, function(a, b) return (a.sortText or a.label) < (b.sortText or b.label) end)
  local labels = {}
  for _, item in ipairs(items) do table.insert(labels, item.label) end
  local got = table.concat(labels, ', ')
  local want_labels = 'What to Include in a Report, Response Timeline, Scope, Safe Harbor, Bug Bounty, Acknowledgments, '
    .. 'Encrypted Communication, Security Team, Supported Versions, Reporting a Vulnerability, Disclosure Policy'
  check(got == want_labels, 'completion labels: ' .. got)
  say('completion: ' .. #items .. ' sections, missing first')
end

local ok, err = pcall(run)
if ok then
  say('neovim check: passed')
  vim.cmd('qall!')
else
  io.stderr:write('neovim check FAILED: ' .. tostring(err) .. '\n')
  vim.cmd('cquit 1')
end
