## places
## Sugerencias de lugares mientras se escribe el nombre de una localidad.

places-suggestions = Sugerencias
places-region-in = Región · { $country }
places-country = País
places-error-too-long = Escribe como máximo { $max } caracteres.
