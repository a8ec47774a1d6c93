## places
## Suggestions de lieux pendant la saisie du nom d’une ville.

places-suggestions = Suggestions
places-region-in = Région · { $country }
places-country = Pays
places-error-too-long = Saisissez { $max } caractères au maximum.
