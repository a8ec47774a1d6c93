## catalog: la página de inicio, la búsqueda, la página de un alojamiento (su estancia,
## su calendario y sus normas), la página sin conexión, y los mensajes de la búsqueda y
## de la estancia.

catalog-check-in = Llegada
catalog-check-out = Salida
catalog-adults = Adultos
catalog-children = Niños
catalog-infants = Bebés
catalog-pets = Mascotas
catalog-nights = { $count ->
    [one] 1 noche
   *[other] { $count } noches
}
catalog-list-separator = {", "}

## La página de inicio.

catalog-home-description = Encuentra y reserva casas, cabañas y apartamentos para tu próximo viaje en Haven.
catalog-home-title = Alójate en un lugar que sientas como tuyo
catalog-home-lead = Casas, cabañas y apartamentos en ciudades, montañas y en la costa, con anfitriones que viven allí.
catalog-home-search-label = ¿Adónde? Escribe un lugar o describe el viaje
catalog-home-search-placeholder = Prueba: cabaña para 6 cerca de Aspen en marzo, 5 noches
catalog-home-picks = Elegidos para ti
catalog-home-featured = Alojamientos destacados
catalog-home-empty = Todavía no hay alojamientos publicados. Vuelve pronto.

## La página de búsqueda.

catalog-search-title = Buscar alojamientos
catalog-search-title-place = Alojamientos en { $place }
catalog-search-description = Busca casas, cabañas y apartamentos por lugar, fechas, huéspedes y precio.
catalog-search-button = Buscar
catalog-search-searching = Buscando…
catalog-search-check = Revisa la búsqueda:
catalog-search-where = Dónde, o describe tu viaje
catalog-search-where-placeholder = Lisboa, o: 2 adultos en Lisboa el próximo fin de semana
catalog-search-filters = Filtros
catalog-search-min-price = Precio mínimo por noche
catalog-search-max-price = Precio máximo por noche
catalog-search-type = Tipo de alojamiento
catalog-search-any-type = Cualquier tipo
catalog-search-bedrooms = Dormitorios
catalog-search-rating = Valoración de los huéspedes
catalog-search-any = Cualquiera
catalog-search-at-least = { $count }+
catalog-search-amenities = Servicios
catalog-search-instant-only = Solo reserva inmediata
catalog-search-sort = Ordenar por
catalog-search-count = { $count ->
    [0] Ningún alojamiento coincide
    [one] 1 alojamiento
   *[other] { $count } alojamientos
}
catalog-search-results-heading = Resultados
catalog-search-results = Resultados de la búsqueda
catalog-search-pages = Páginas
catalog-search-previous = ← Anterior
catalog-search-next = Siguiente →
catalog-search-page = Página { $page } de { $pages }

catalog-sort-recommended = Recomendados
catalog-sort-rating = Valoración de los huéspedes
catalog-sort-price-asc = Precio: de menor a mayor
catalog-sort-price-desc = Precio: de mayor a menor
catalog-sort-newest = Más recientes
catalog-sort-distance = Distancia

## La búsqueda como etiquetas que se pueden quitar.

catalog-chips-label = Tu búsqueda
catalog-chip-remove = Quitar { $label }
catalog-chips-unused = No se usó en la búsqueda: { $words }
catalog-chips-unused-word = «{ $word }»
catalog-chip-dates = { $check_in } – { $check_out }
catalog-chip-adults = { $count ->
    [one] 1 adulto
   *[other] { $count } adultos
}
catalog-chip-children = { $count ->
    [one] 1 niño
   *[other] { $count } niños
}
catalog-chip-infants = { $count ->
    [one] 1 bebé
   *[other] { $count } bebés
}
catalog-chip-pets = { $count ->
    [one] 1 mascota
   *[other] { $count } mascotas
}
catalog-chip-price-range = { $min }–{ $max } por noche
catalog-chip-price-from = Desde { $min } por noche
catalog-chip-price-up-to = Hasta { $max } por noche
catalog-chip-bedrooms = { $count }+ dormitorios
catalog-chip-beds = { $count }+ camas
catalog-chip-bathrooms = { $count }+ baños
catalog-chip-instant-book = Reserva inmediata
catalog-chip-stars = { $count }+ estrellas

## Qué falla en una búsqueda.

catalog-search-error-destination = Acorta el destino a { $max } caracteres.
catalog-search-error-currency = Elige USD, EUR o GBP.
catalog-search-error-price-negative = { $bound ->
    [min] Precio mínimo: no puede ser negativo.
   *[max] Precio máximo: no puede ser negativo.
}
catalog-search-error-price-malformed = { $bound ->
    [min] Precio mínimo: escribe un importe como 120 o 99.50.
   *[max] Precio máximo: escribe un importe como 120 o 99.50.
}
catalog-search-error-price-too-large = { $bound ->
    [min] Precio mínimo: como máximo 1.000.000 por noche.
   *[max] Precio máximo: como máximo 1.000.000 por noche.
}
catalog-search-error-price-order = El precio mínimo es superior al máximo.
catalog-search-error-type = «{ $value }» no es un tipo de alojamiento que Haven conozca.
catalog-search-error-amenity = «{ $value }» no es un servicio que Haven conozca.
catalog-search-error-bathrooms = Indica un número de baños de 0 a { $max }.
catalog-search-error-instant = La reserva inmediata es true o false.
catalog-search-error-rating = La valoración mínima es un número de estrellas de 1 a 5, como 4 o 4.5.
catalog-search-error-sort = Ordena por recommended, rating, price_asc, price_desc, newest o distance.
catalog-search-error-distance = Para ordenar por distancia hace falta una zona del mapa o un punto con un radio.
catalog-search-error-whole = Usa un número entero del 1 al { $max }.
catalog-search-error-depth = Esa página está demasiado lejos: acota la búsqueda para ver estos resultados.
catalog-search-error-area-and-point = Busca en una zona del mapa o alrededor de un punto, no ambas cosas.
catalog-search-error-area-format = La zona del mapa se escribe west,south,east,north, en grados.
catalog-search-error-area-outside = La zona del mapa está fuera del mundo: las longitudes van de -180 a 180 y las latitudes de -90 a 90.
catalog-search-error-area-empty = La zona del mapa está vacía: south debe ser menor que north, y west distinto de east.
catalog-search-error-radius = El radio debe ser mayor que 0 y de { $max } km como máximo.
catalog-search-error-point-format = El punto se escribe con lat (-90 a 90), lng (-180 a 180) y radius_km, en números.
catalog-search-error-point-partial = Una búsqueda alrededor de un punto necesita lat, lng y radius_km juntos.

## Cuando nada coincide: el cambio que encontraría algo.

catalog-relax-dates = Prueba otras fechas: no hay nada libre todas las noches de esta estancia.
catalog-relax-price = Prueba a ampliar el rango de precios.
catalog-relax-amenities = Prueba con menos servicios.
catalog-relax-property-type = Prueba con más tipos de alojamiento.
catalog-relax-instant-book = Prueba a incluir alojamientos que responden a solicitudes, no solo los de reserva inmediata.
catalog-relax-rooms = Prueba con menos dormitorios, camas o baños.
catalog-relax-rating = Prueba con una valoración mínima más baja.
catalog-relax-guests = Prueba con menos huéspedes: aquí ningún alojamiento tiene cabida para todos.
catalog-relax-area = Prueba a alejar o mover el mapa.
catalog-relax-destination = Todavía no hay nada publicado allí: prueba con una ciudad cercana o con un país.
catalog-relax-filters = Prueba a quitar algunos filtros.

## Quién viaja y las fechas de una estancia.

catalog-count-not-whole = { $field ->
    [adults] Indica el número de adultos con un número entero.
    [guests] Indica el número de huéspedes con un número entero.
    [children] Indica el número de niños con un número entero.
    [infants] Indica el número de bebés con un número entero.
    [pets] Indica el número de mascotas con un número entero.
    [bedrooms] Indica el número de dormitorios con un número entero.
    [beds] Indica el número de camas con un número entero.
   *[other] Indica un número entero.
}
catalog-count-negative = { $field ->
    [adults] El número de adultos no puede ser negativo.
    [guests] El número de huéspedes no puede ser negativo.
    [children] El número de niños no puede ser negativo.
    [infants] El número de bebés no puede ser negativo.
    [pets] El número de mascotas no puede ser negativo.
    [bedrooms] El número de dormitorios no puede ser negativo.
    [beds] El número de camas no puede ser negativo.
   *[other] El número no puede ser negativo.
}
catalog-count-too-many = { $field ->
    [adults] Como máximo { $max } adultos.
    [guests] Como máximo { $max } huéspedes.
    [children] Como máximo { $max } niños.
    [infants] Como máximo { $max } bebés.
    [pets] Como máximo { $max } mascotas.
    [bedrooms] Como máximo { $max } dormitorios.
    [beds] Como máximo { $max } camas.
   *[other] Como máximo { $max }.
}
catalog-guests-adult-needed = Tiene que venir al menos un adulto.
catalog-dates-missing = Elige las fechas de llegada y de salida.
catalog-dates-order = La salida tiene que ser posterior a la llegada.
catalog-dates-too-long = Una estancia puede durar como máximo { $max } noches.
catalog-dates-check-in-format = Escribe la fecha de llegada como AAAA-MM-DD.
catalog-dates-check-out-format = Escribe la fecha de salida como AAAA-MM-DD.
catalog-dates-check-in-missing = Elige también una fecha de llegada.
catalog-dates-check-out-missing = Elige también una fecha de salida.
catalog-dates-past = La llegada no puede ser en el pasado.
catalog-dates-too-far = La llegada puede ser, como mucho, dentro de dos años.

## Las normas de un alojamiento para una estancia.

catalog-rule-max-guests = { $count ->
    [one] Este alojamiento admite como máximo 1 huésped.
   *[other] Este alojamiento admite como máximo { $count } huéspedes.
}
catalog-rule-max-infants = { $count ->
    [one] Este alojamiento tiene sitio como máximo para 1 bebé.
   *[other] Este alojamiento tiene sitio como máximo para { $count } bebés.
}
catalog-rule-no-pets = Aquí no se admiten mascotas.
catalog-rule-min-nights = { $count ->
    [one] La estancia mínima aquí es de 1 noche.
   *[other] La estancia mínima aquí es de { $count } noches.
}
catalog-rule-max-nights = { $count ->
    [one] La estancia máxima aquí es de 1 noche.
   *[other] La estancia máxima aquí es de { $count } noches.
}
catalog-rule-notice = { $count ->
    [one] Este anfitrión necesita un día de antelación: la llegada puede ser mañana o más adelante.
   *[other] Este anfitrión necesita { $count } días de antelación antes de la llegada.
}
catalog-rule-window = { $count ->
    [one] Este alojamiento acepta reservas con 1 día de antelación como máximo.
   *[other] Este alojamiento acepta reservas con { $count } días de antelación como máximo.
}

## La página de un alojamiento.

catalog-listing-place = { $city }, { $country }
catalog-listing-place-state = { $city }, { $state }, { $country }
catalog-listing-hosted-by = { $kind } · Anfitrión: { $host }
catalog-capacity = { $guests ->
        [one] 1 huésped
       *[other] { $guests } huéspedes
    } · { $bedrooms ->
        [0] Estudio
        [one] 1 dormitorio
       *[other] { $bedrooms } dormitorios
    } · { $beds ->
        [one] 1 cama
       *[other] { $beds } camas
    } · { $baths ->
        [one] 1 baño
       *[other] { $baths } baños
    }
catalog-listing-about = Acerca de este alojamiento
catalog-listing-amenities = Lo que ofrece este lugar
catalog-listing-price = Precio
catalog-listing-price-night = { $price } noche
catalog-listing-cleaning-fee = Tarifa de limpieza
catalog-listing-guests = Huéspedes
catalog-listing-up-to = hasta { $count }
catalog-listing-min-stay = Estancia mínima
catalog-listing-instant = Reserva inmediata: no hace falta esperar al anfitrión.

catalog-host-heading = Conoce a tu anfitrión: { $name }
catalog-host-since = Anfitrión en Haven desde { $year } · { $count ->
    [one] 1 alojamiento
   *[other] { $count } alojamientos
}
catalog-host-badge = Experiencia, valoraciones excelentes y respuestas rápidas.
catalog-host-contact = Contactar

catalog-where-heading = Dónde te alojarás
catalog-where-map = Mapa de la zona de { $city }
catalog-where-note = En { $place }. El mapa sombrea el barrio, no la dirección exacta.

catalog-rules-heading = Normas de la casa
catalog-rules-check-in = Llegada a partir de las { $time }
catalog-rules-check-out = Salida antes de las { $time }
catalog-rules-pets = Se admiten mascotas
catalog-rules-no-pets = No se admiten mascotas
catalog-rules-smoking = Se permite fumar
catalog-rules-no-smoking = No se permite fumar
catalog-rules-events = Se permiten eventos
catalog-rules-no-events = No se permiten fiestas ni eventos
catalog-rules-infants = { $count ->
    [0] No se admiten bebés
    [one] Sitio para 1 bebé
   *[other] Sitio para { $count } bebés
}
catalog-rules-policy = Política de cancelación: { $policy }
catalog-policy-flexible = Flexible
catalog-policy-flexible-rule = Reembolso completo si cancelas al menos un día antes de la llegada; sin reembolso el mismo día.
catalog-policy-moderate = Moderada
catalog-policy-moderate-rule = Reembolso completo si cancelas al menos 5 días antes de la llegada; la mitad de la estancia (sin la tarifa de servicio) entre 1 y 4 días antes; sin reembolso el mismo día.
catalog-policy-strict = Estricta
catalog-policy-strict-rule = Reembolso completo si cancelas al menos 14 días antes de la llegada; la mitad de la estancia (sin la tarifa de servicio) entre 7 y 13 días antes; sin reembolso a partir de entonces.

## La estancia en la página de un alojamiento.

catalog-stay-label = Tu estancia
catalog-stay-check-price = Ver precio
catalog-stay-pricing = Calculando el precio…
catalog-stay-choose-dates = Elige las fechas para ver el total.
catalog-quote-label = Precio de tu estancia
catalog-quote-nights-at = { $price } × { $nights ->
    [one] 1 noche
   *[other] { $nights } noches
}
catalog-quote-weekly-discount = Descuento semanal
catalog-quote-monthly-discount = Descuento mensual
catalog-quote-service-fee = Tarifa de servicio de Haven
catalog-quote-taxes = Impuestos
catalog-quote-total = Total
catalog-quote-per-night = Precio por noche
catalog-quote-taken = Algunas de esas noches ya están ocupadas. Prueba otras fechas.

catalog-reserve-label = Reservar esta estancia
catalog-reserve-message = Mensaje para el anfitrión (opcional)
catalog-reserve-sign-in = { $link } para reservar.
catalog-reserve-sign-in-link = Entra
catalog-reserve-instant = Reservar
catalog-reserve-request = Solicitar reserva
catalog-reserve-instant-note = Se reserva al momento. El cobro se hace al reservar.
catalog-reserve-request-note = El anfitrión responde en menos de 24 horas. Solo se te cobra si acepta.

## El calendario de un alojamiento, que también sirve para elegir las fechas.

catalog-calendar-heading = Disponibilidad
catalog-calendar-loading = Cargando el calendario…
catalog-calendar-unavailable = El calendario no está disponible en este momento.
catalog-calendar-rule-up-to = { $max ->
    [one] Estancias de hasta 1 noche.
   *[other] Estancias de hasta { $max } noches.
}
catalog-calendar-rule = Estancias de { $min } a { $max } noches.
catalog-calendar-taken = Las noches tachadas están ocupadas.
catalog-calendar-choose-check-in = Elige el día de llegada.
catalog-calendar-choose-check-out = Ahora elige el día de salida.
catalog-calendar-day = { $date }, { $state ->
    [available] disponible
    [unavailable] no disponible
   *[past] ya pasado
}
catalog-calendar-arrive = Llegar el { $date }
catalog-calendar-leave = Salir el { $date }
catalog-calendar-selected = { $choice }, seleccionado
catalog-calendar-more = Mostrar los próximos diez meses

## La página sin conexión.

catalog-offline-title = Sin conexión
catalog-offline-heading = No tienes conexión
catalog-offline-lead = Haven no puede conectarse a internet en este momento, y esta página no se guardó en este dispositivo.
catalog-offline-saved = Las páginas que ya abriste, como tus viajes y los alojamientos que consultaste, se siguen abriendo sin conexión.
catalog-offline-trips = Tus viajes
catalog-offline-home = Inicio
catalog-offline-retry = Reintentar

## Tipos de alojamiento y servicios.

catalog-type-apartment = Apartamento
catalog-type-house = Casa
catalog-type-condo = Condominio
catalog-type-loft = Loft
catalog-type-villa = Villa
catalog-type-cabin = Cabaña
catalog-type-cottage = Casa de campo
catalog-type-townhouse = Casa adosada
catalog-type-bungalow = Bungaló
catalog-type-chalet = Chalé
catalog-type-guesthouse = Casa de huéspedes
catalog-type-tiny-home = Minicasa
catalog-type-home = Alojamiento

catalog-amenity-wifi = Wi-Fi
catalog-amenity-kitchen = Cocina
catalog-amenity-washer = Lavadora
catalog-amenity-dryer = Secadora
catalog-amenity-air-conditioning = Aire acondicionado
catalog-amenity-heating = Calefacción
catalog-amenity-dedicated-workspace = Zona de trabajo
catalog-amenity-tv = Televisión
catalog-amenity-free-parking = Aparcamiento gratuito en el alojamiento
catalog-amenity-paid-parking = Aparcamiento de pago
catalog-amenity-pool = Piscina
catalog-amenity-hot-tub = Jacuzzi
catalog-amenity-ev-charger = Cargador para coches eléctricos
catalog-amenity-gym = Gimnasio
catalog-amenity-bbq-grill = Barbacoa
catalog-amenity-patio = Patio o balcón
catalog-amenity-fireplace = Chimenea
catalog-amenity-crib = Cuna
catalog-amenity-high-chair = Trona
catalog-amenity-self-check-in = Llegada autónoma
catalog-amenity-smoke-alarm = Detector de humo
catalog-amenity-carbon-monoxide-alarm = Detector de monóxido de carbono
catalog-amenity-first-aid-kit = Botiquín
catalog-amenity-fire-extinguisher = Extintor
catalog-amenity-pets-allowed = Se admiten mascotas
catalog-amenity-beach-access = Acceso a la playa
catalog-amenity-lake-access = Acceso al lago
catalog-amenity-ski-in-out = Acceso directo a las pistas
catalog-amenity-waterfront = Junto al agua
catalog-amenity-mountain-view = Vistas a la montaña
catalog-amenity-ocean-view = Vistas al mar
catalog-amenity-city-view = Vistas al perfil de la ciudad
catalog-amenity-breakfast = Desayuno
catalog-amenity-long-term-stays = Se admiten estancias largas
catalog-amenity-luggage-dropoff = Se puede dejar el equipaje
catalog-quote-charged = Se te cobrará { $amount } ({ $currency }), en la moneda del alojamiento.
catalog-rules-time-zone = Los horarios son la hora local del alojamiento ({ $zone })
catalog-search-did-you-mean = ¿Quisiste decir { $place }?
