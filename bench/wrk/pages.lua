-- wrk script for the pages of web.BenchmarkLoad, so that wrk and the Go load test measure the
-- same requests on the same database:
--   TIZIM_PAGE=search (the default): /people?q=<father's name> <number>, "Tohti 123", one of the
--     24 father's names of the load database and a number below 997;
--   TIZIM_PAGE=person: /people/ID of a public person (ids 1, 6, 11, ... are public), among
--     TIZIM_PEOPLE (default 1,000,000).
-- The session cookie, if any, comes from the environment (TIZIM_COOKIE=__Host-tizim=...).
-- Run by bench/wrk/run.sh.

local fathers = {"Tohti", "Qurban", "Niyaz", "Rozi", "Hoshur", "Emet", "Yasin", "Kerim",
  "Sidiq", "Osman", "Islam", "Abliz", "Semet", "Nasir", "Hesen", "Haji", "Mamut", "Turdi",
  "Sawut", "Ghopur", "Ismayil", "Tahir", "Yusup", "Jappar"}

local cookie = os.getenv("TIZIM_COOKIE")
local page = os.getenv("TIZIM_PAGE") or "search"
local people = tonumber(os.getenv("TIZIM_PEOPLE") or "1000000")
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

function init(args)
  math.randomseed(seed * 7919)
  if cookie and cookie ~= "" then
    wrk.headers["Cookie"] = cookie
  end
end

function request()
  if page == "person" then
    return wrk.format("GET", "/people/" .. tostring(1 + 5 * math.random(0, math.floor(people / 5) - 1)))
  end
  local q = fathers[math.random(#fathers)] .. "+" .. tostring(math.random(0, 996))
  return wrk.format("GET", "/people?q=" .. q)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests %d, non-2xx/3xx %d, socket errors %d\n", summary.requests,
    e.status, e.connect + e.read + e.write + e.timeout))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%g %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
