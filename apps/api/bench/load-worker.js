// Runs one autocannon load in a child process (forked with IPC), so the load generator does not
// share the API's event loop. (In a worker thread autocannon returns raw histograms instead.)
// `manyAddresses: true` gives every request its own X-Forwarded-For address (10.x.y.z), as when
// the public verifies certificates from many phones; the API must trust the proxy header then.
const autocannon = require('autocannon');

process.once('message', ({ manyAddresses, ...options }) => {
  let n = 0;
  const vary = manyAddresses
    ? {
        requests: [
          {
            setupRequest: (req) => {
              n++;
              return { ...req, headers: { ...req.headers, 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` } };
            },
          },
        ],
      }
    : {};
  autocannon({ ...options, ...vary }, (err, result) => {
    const message = err ? { error: String(err.stack || err) } : { result: JSON.parse(JSON.stringify(result)) };
    process.send(message, () => process.exit(0));
  });
});
