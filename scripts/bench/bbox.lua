-- Random map-area searches (about 20 × 20 km around a demo city) with dates and guests.
local centres = { {38.72, -9.14}, {48.86, 2.35}, {51.51, -0.13}, {40.71, -74.01}, {35.68, 139.69},
  {41.39, 2.17}, {41.90, 12.50}, {52.52, 13.40}, {-33.87, 151.21}, {13.76, 100.50} }
local today = os.time()
math.randomseed(13)
local function day(offset)
  return os.date("!%Y-%m-%d", today + offset * 86400)
end
request = function()
  local c = centres[math.random(#centres)]
  local d = 0.09 + math.random() * 0.05
  local start = math.random(3, 60)
  local path = string.format(
    "/api/v1/listings?bbox=%.4f,%.4f,%.4f,%.4f&check_in=%s&check_out=%s&adults=%d",
    c[2] - d, c[1] - d, c[2] + d, c[1] + d, day(start), day(start + math.random(2, 7)),
    math.random(1, 4))
  return wrk.format("GET", path)
end
