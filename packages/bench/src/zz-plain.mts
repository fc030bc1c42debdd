import { createServer } from 'node:http'
import { timeSequentialRequests } from './http/sequential-requests.ts'

const server = createServer((req, res) => {
  const c: Buffer[] = []
  req.on('data', (d) => c.push(d))
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('{"total":0}')
  })
})
server.listen(0, '127.0.0.1', async () => {
  const port = (server.address() as { port: number }).port
  for (let r = 0; r < 3; r++) {
    const s = await timeSequentialRequests(port, ['{"a":1}'], 1)
    console.log('plain sequential p50', s.p50.toFixed(3), 'p99', s.p99.toFixed(2), 'n', s.n)
  }
  server.close()
  process.exit(0)
})
