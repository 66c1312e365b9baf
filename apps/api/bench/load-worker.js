// Runs one autocannon load in a child process (forked with IPC), so the load generator does not
// share the API's event loop. (In a worker thread autocannon returns raw histograms instead.)
const autocannon = require('autocannon');

process.once('message', (options) => {
  autocannon(options, (err, result) => {
    const message = err ? { error: String(err.stack || err) } : { result: JSON.parse(JSON.stringify(result)) };
    process.send(message, () => process.exit(0));
  });
});
