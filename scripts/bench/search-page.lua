local cities = { "Lisbon", "Porto", "Paris", "London", "Tokyo", "Rome", "Berlin", "Sydney" }
local today = os.time()
math.randomseed(17)
request = function()
  local start = math.random(3, 60)
  local path = string.format("/search?q=%s&check_in=%s&check_out=%s&adults=2&max_price=400&amenities=wifi",
    cities[math.random(#cities)], os.date("!%Y-%m-%d", today + start * 86400), os.date("!%Y-%m-%d", today + (start + 3) * 86400))
  return wrk.format("GET", path)
end
