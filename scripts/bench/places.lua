-- Place suggestions as people type them: each request is one line of the file named by
-- PLACES_QUERIES (written by scripts/bench-places.sh: beginnings of names drawn from the
-- whole gazetteer, a fifth of them with two letters swapped), taken in turn.
local queries = {}
local n = 0
init = function()
  for line in io.lines(os.getenv("PLACES_QUERIES")) do
    queries[#queries + 1] = line
  end
end
request = function()
  n = n % #queries + 1
  return wrk.format("GET", "/api/v1/places?kind=any&q=" .. queries[n])
end
