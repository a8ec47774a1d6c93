## Les prix dans la devise du lecteur, et le choix de la devise.

price-approx = ≈ { $amount }
footer-currency = Prix en
footer-currency-own = Celle de chaque logement
footer-rates-bundled = Les prix convertis sont approximatifs, aux taux de change du { $date } fournis avec Haven (pas en temps réel).
footer-rates-ecb = Les prix convertis sont approximatifs, aux taux de référence de la Banque centrale européenne du { $date }.
