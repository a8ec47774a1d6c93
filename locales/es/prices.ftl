## Precios en la moneda de quien lee, y el selector de moneda.

price-approx = ≈ { $amount }
footer-currency = Precios en
footer-currency-own = La de cada alojamiento
footer-rates-bundled = Los precios convertidos son aproximados, al tipo de cambio del { $date } que incluye Haven (no en tiempo real).
footer-rates-ecb = Los precios convertidos son aproximados, a los tipos de referencia del Banco Central Europeo del { $date }.
