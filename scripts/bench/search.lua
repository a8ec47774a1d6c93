-- Random searches with dates + guests + price range + one amenity + a city
-- (the issue's benchmark shape). Dates fall within the next 60 days.
local cities = { "Lisbon", "Porto", "Paris", "London", "New York", "Tokyo", "Kyoto", "Barcelona",
  "Rome", "Berlin", "Amsterdam", "Sydney", "Cape Town", "Mexico City", "Bangkok", "Seoul",
  "Reykjavik", "Athens", "Dubai", "Vancouver" }
local amenities = { "wifi", "kitchen", "washer", "free_parking", "air_conditioning", "pool" }
local today = os.time()
math.randomseed(11)
local function day(offset)
  return os.date("!%Y-%m-%d", today + offset * 86400)
end
request = function()
  local start = math.random(3, 60)
  local nights = math.random(2, 7)
  local min = math.random(0, 150)
  local path = string.format(
    "/api/v1/listings?q=%s&check_in=%s&check_out=%s&adults=%d&min_price=%d&max_price=%d&amenities=%s",
    cities[math.random(#cities)]:gsub(" ", "+"), day(start), day(start + nights),
    math.random(1, 4), min, min + math.random(100, 500), amenities[math.random(#amenities)])
  return wrk.format("GET", path)
end
