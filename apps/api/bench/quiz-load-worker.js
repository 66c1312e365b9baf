// Drives N learners through one timed quiz, as the browser does: start (or resume) the attempt
// (the answer holds its questions), save an answer every few seconds, and submit around the
// deadline (a few reload the page on the way, a few abandon it and leave it to the server).
// Latency is measured per request kind. Forked with IPC by quiz-bench.ts; the API runs in the
// parent process.
const http = require('node:http');

process.once('message', async (job) => {
  const { base, classId, quizId, learners, rampMs, saveEveryMs, abandonShare, reloadShare } = job;
  // Each learner is a browser of its own: its own keep-alive connections (at most six, as browsers do).
  const agents = learners.map(() => new http.Agent({ keepAlive: true, maxSockets: 6 }));
  const url = new URL(base);
  const latencies = { open: [], start: [], load: [], save: [], submit: [] };
  const errors = { open: 0, start: 0, load: 0, save: 0, submit: 0 };
  const statuses = {};
  const confirmed = new Set();
  const connects = [];
  const openNew = [];
  let lateRefused = 0;

  function call(kind, method, path, token, body, agent) {
    return new Promise((resolve) => {
      const payload = body ? JSON.stringify(body) : undefined;
      const t0 = process.hrtime.bigint();
      const req = http.request(
        { agent, host: url.hostname, port: url.port, method, path, headers: { authorization: `Bearer ${token}`, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) } },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const ms = Number(process.hrtime.bigint() - t0) / 1e6;
            latencies[kind].push(ms);
            if (kind === 'open' && !req.reusedSocket) openNew.push(ms);
            statuses[`${kind} ${res.statusCode}`] = (statuses[`${kind} ${res.statusCode}`] || 0) + 1;
            let json = null;
            try {
              json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            } catch {
              json = null;
            }
            resolve({ status: res.statusCode, json });
          });
        },
      );
      // A new connection: how long the TCP connect itself takes (loopback; the reference for "open").
      req.on('socket', (socket) => {
        if (socket.connecting) socket.once('connect', () => connects.push(Number(process.hrtime.bigint() - t0) / 1e6));
      });
      req.on('error', () => {
        errors[kind]++;
        resolve({ status: 0, json: null });
      });
      if (payload) req.write(payload);
      req.end();
    });
  }
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const answerFor = (q, i) => {
    switch (q.type) {
      case 'single_choice':
        return { type: q.type, optionId: q.options[i % q.options.length].id };
      case 'multiple_choice':
        return { type: q.type, optionIds: q.options.slice(0, 1 + (i % 2)).map((o) => o.id) };
      case 'true_false':
        return { type: q.type, value: i % 2 === 0 };
      case 'short_answer':
        return { type: q.type, text: i % 2 ? 'phishing' : 'fishing' };
      case 'numeric':
        return { type: q.type, text: String(2 + (i % 3)) };
      case 'matching':
        return { type: q.type, matches: Object.fromEntries(q.prompts.map((p, k) => [p.id, q.choices[(k + i) % q.choices.length]])) };
      default:
        return { type: 'essay', text: `Bài làm thử tải số ${i}: phân quyền truy cập, đặt mật khẩu cho tệp, sao lưu định kỳ.` };
    }
  };

  async function learner(token, index) {
    await sleep(Math.random() * rampMs);
    // Opening the quiz page: the browser's first request on its connection (the app's health, as a reference).
    const agent = agents[index];
    await call('open', 'GET', '/api/health', token, undefined, agent);
    const started = await call('start', 'POST', `/api/classes/${classId}/quizzes/${quizId}/attempts`, token, undefined, agent);
    if (started.status !== 201) return;
    // The start answers with the attempt, questions included: the page shows it without reading it again.
    const view = started.json;
    const attemptId = view.id;
    const deadline = Date.now() + (new Date(view.deadlineAt).getTime() - new Date(view.serverNow).getTime());
    // Submit a few seconds before the deadline; some learners close the page instead, and some
    // reload it once on the way (a dropped link, a phone that put the tab to sleep): the page reads the attempt.
    const abandons = Math.random() < abandonShare;
    const submitAt = deadline - 1000 - Math.random() * 9000;
    let reloadAt = Math.random() < reloadShare ? Date.now() + Math.random() * (submitAt - Date.now()) : Infinity;
    let seq = 0;
    let next = Date.now() + Math.random() * saveEveryMs;
    while (next < (abandons ? deadline : submitAt)) {
      if (reloadAt < next) {
        await sleep(Math.max(0, reloadAt - Date.now()));
        reloadAt = Infinity;
        const loaded = await call('load', 'GET', `/api/attempts/${attemptId}`, token, undefined, agent);
        if (loaded.status !== 200) return;
      }
      await sleep(Math.max(0, next - Date.now()));
      const q = view.questions[seq % view.questions.length];
      seq++;
      const res = await call('save', 'POST', `/api/attempts/${attemptId}/answers`, token, { answers: [{ slot: q.slot, seq, answer: answerFor(q.question, index + seq) }] }, agent);
      if (res.status === 200) confirmed.add(`${attemptId}:${q.slot}`);
      else if (res.status === 409) lateRefused++;
      next += saveEveryMs;
    }
    if (abandons) return;
    await sleep(Math.max(0, submitAt - Date.now()));
    await call('submit', 'POST', `/api/attempts/${attemptId}/submit`, token, undefined, agent);
  }

  const t0 = Date.now();
  const cpu0 = process.cpuUsage();
  await Promise.all(learners.map((token, i) => learner(token, i)));
  const cpu = process.cpuUsage(cpu0);
  const pct = (xs, p) => {
    if (!xs.length) return null;
    const s = [...xs].sort((a, b) => a - b);
    return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] * 10) / 10;
  };
  const kinds = {};
  // The first request on a new connection: the TCP handshake is quick (connect), the wait is for
  // the server to take the connection up while it is busy with the others.
  kinds.firstOnNew = { count: openNew.length, p50: pct(openNew, 50), p95: pct(openNew, 95), p99: pct(openNew, 99), max: pct(openNew, 100), errors: 0 };
  kinds.connect = { count: connects.length, p50: pct(connects, 50), p95: pct(connects, 95), p99: pct(connects, 99), max: pct(connects, 100), errors: 0 };
  for (const [kind, xs] of Object.entries(latencies)) kinds[kind] = { count: xs.length, p50: pct(xs, 50), p95: pct(xs, 95), p99: pct(xs, 99), max: pct(xs, 100), errors: errors[kind] };
  process.send({ kinds, statuses, confirmed: confirmed.size, lateRefused, seconds: (Date.now() - t0) / 1000, driverCpu: (cpu.user + cpu.system) / 1e6 }, () => process.exit(0));
});
