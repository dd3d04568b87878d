// Entry point of the bundled server. `createConnection` picks the transport from argv
// (--node-ipc inside VS Code, --stdio for other editors and the protocol tests, --socket=N).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);

// Over --stdio, stdout carries the protocol: a stray console.log would corrupt it.
console.log = connection.console.log.bind(connection.console);
console.info = connection.console.info.bind(connection.console);
console.warn = connection.console.warn.bind(connection.console);
console.error = connection.console.error.bind(connection.console);
console.debug = connection.console.log.bind(connection.console);

startServer(connection);
