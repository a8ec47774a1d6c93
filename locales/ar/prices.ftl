## الأسعار بعملة القارئ، واختيار العملة.

price-approx = ≈ { $amount }
footer-currency = الأسعار بـ
footer-currency-own = عملة كل مكان إقامة
footer-rates-bundled = الأسعار المحوّلة تقريبية، بأسعار الصرف ليوم { $date } المرفقة مع Haven (ليست مباشرة).
footer-rates-ecb = الأسعار المحوّلة تقريبية، بالأسعار المرجعية للبنك المركزي الأوروبي ليوم { $date }.
