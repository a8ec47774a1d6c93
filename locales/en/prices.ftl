## Prices in the reader's display currency, and the currency picker.

# A price converted into the reader's currency: approximate, never what is charged.
price-approx = ≈ { $amount }
footer-currency = Prices in
footer-currency-own = Each listing’s own
footer-rates-bundled = Converted prices are approximate, at the exchange rates of { $date } that Haven ships (not live).
footer-rates-ecb = Converted prices are approximate, at the European Central Bank’s reference rates of { $date }.
