## places
## Suggesting places as a person types a town's name.

# The suggestions list's name for screen readers.
places-suggestions = Suggestions
# Under a region's name in the suggestions: the country it is in.
places-region-in = Region · { $country }
# Under a country's name in the suggestions.
places-country = Country
places-error-too-long = Type at most { $max } characters.
