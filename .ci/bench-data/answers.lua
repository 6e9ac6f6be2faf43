-- wrk: answers posted by many members at once (see .ci/bench-writes).
-- Each request is one member's answer (a session cookie taken at random)
-- with words of its own, so auto-moderation's repeat check stays out of it.
local cookies = {}
for line in io.lines(os.getenv("BENCH_COOKIES")) do
  cookies[#cookies + 1] = line
end
local topic = os.getenv("BENCH_TOPIC")
local letters = "abcdefghijklmnopqrstuvwxyz"
local n = 0

local function word()
  local w = {}
  for i = 1, math.random(3, 9) do
    local k = math.random(#letters)
    w[i] = letters:sub(k, k)
  end
  return table.concat(w)
end

function setup(thread)
  n = n + 1
  thread:set("id", n)
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
end

function request()
  local words = {}
  for i = 1, 16 do
    words[i] = word()
  end
  local body = "topic_id=" .. topic .. "&answer=" .. table.concat(words, "+")
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept"] = "application/json",
    ["Cookie"] = cookies[math.random(#cookies)],
  }
  return wrk.format("POST", "/api/answer", headers, body)
end
