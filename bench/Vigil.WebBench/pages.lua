-- wrk script: rotates over the dashboard paths of one page kind (PAGE=triage or PAGE=search) and prints
-- latency percentiles in milliseconds. Requests carry the bearer token given with -H.
local kind = os.getenv("PAGE") or "triage"
local paths = {}
if kind == "triage" then
  paths = { "/triage", "/triage", "/triage", "/triage?p=1", "/triage?p=2", "/triage?p=5" }
else
  paths = {
    "/search?q=%D8%A7%D9%84%D9%8A%D9%88%D9%86%D8%A7%D9%86",                 -- اليونان (Greece, ar)
    "/search?q=%D9%82%D8%A7%DB%8C%D9%82",                                   -- قایق (boat, fa)
    "/search?q=%D0%93%D0%B5%D1%80%D0%BC%D0%B0%D0%BD%D0%B8%D1%8E",           -- Германию (ru)
    "/search?q=boat",
    "/search?q=safe+trip&category=smuggling_offer",
    "/search?q=Yunanistan&p=1",
  }
end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  local ms = function(us) return string.format("%.1f", us / 1000) end
  io.write(string.format("RESULT page=%s requests=%d errors=%d non2xx=%d rps=%.1f p50=%s p90=%s p95=%s p99=%s max=%s\n",
    kind, summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.requests / (summary.duration / 1e6),
    ms(latency:percentile(50)), ms(latency:percentile(90)), ms(latency:percentile(95)), ms(latency:percentile(99)), ms(latency.max)))
end
