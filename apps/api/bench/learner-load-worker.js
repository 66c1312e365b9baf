// One autocannon load in a child process where every connection is a different learner: each
// client gets its own bearer token (round robin over the tokens sent), and the request path may
// name the learner's own class and lesson. Forked with IPC by learner-bench.ts.
const autocannon = require('autocannon');

process.once('message', ({ url, connections, duration, tokens, method, body }) => {
  let next = 0;
  const options = {
    url,
    connections,
    duration,
    method: method || 'GET',
    body,
    headers: body ? { 'content-type': 'application/json' } : {},
    setupClient: (client) => {
      const token = tokens[next++ % tokens.length];
      client.setHeaders({ authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) });
    },
  };
  autocannon(options, (err, result) => {
    const message = err ? { error: String(err.stack || err) } : { result: JSON.parse(JSON.stringify(result)) };
    process.send(message, () => process.exit(0));
  });
});
