## hosting
## Los anuncios del anfitrión: «Tus anuncios», el editor por pasos, el gestor de fotos y
## lo que dice el servidor de un formulario de anuncio.

## Tus anuncios

hosting-listings-title = Tus anuncios
hosting-create = Crear un anuncio
hosting-listings-deleted = El anuncio se ha eliminado.
hosting-listings-empty = Todavía no tienes anuncios. Crea uno: solo lleva unos minutos.
hosting-status-listed = Publicado
hosting-status-paused = En pausa
hosting-listing-summary = { $city }, { $country } · { $price } por noche · { $photos ->
    [one] { $photos } foto
   *[other] { $photos } fotos
}{ $upcoming ->
    [0] {""}
    [one] {" · "}{ $upcoming } estancia próxima
   *[other] {" · "}{ $upcoming } estancias próximas
}
hosting-action-edit = Editar
hosting-action-photos = Fotos
hosting-action-calendar = Calendario
hosting-action-guidebook = Guía
hosting-pause = Pausar
hosting-list = Publicar
hosting-pause-named = Pausar { $title }
hosting-list-named = Publicar { $title }
hosting-delete-open = Eliminar…
hosting-delete-warning = Los huéspedes dejarán de encontrarlo. Las estancias pasadas conservan su historial.
hosting-delete-named = Eliminar { $title }

## El editor

hosting-edit-title = Editar tu anuncio
hosting-edit-named = Editar «{ $title }»
hosting-steps = Pasos
hosting-step-heading = { $number }. { $title }
hosting-step-basics = Lo básico
hosting-step-location = Ubicación
hosting-step-capacity = Huéspedes y habitaciones
hosting-step-amenities = Servicios
hosting-step-rules = Normas de la casa
hosting-step-pricing = Precios
hosting-step-booking = Ajustes de reserva
hosting-saved = Guardado.
hosting-save = Guardar
hosting-save-continue = Guardar y continuar
hosting-create-listing = Crear anuncio
hosting-discard-changes = Descartar los cambios sin guardar
hosting-discard-draft = Descartar este borrador
hosting-choose = Elige…

hosting-field-title = Título
hosting-field-title-hint = Lo primero que ven los huéspedes: de 5 a 120 caracteres.
hosting-field-property-type = Tipo de alojamiento
hosting-field-description = Descripción
hosting-field-description-hint = El espacio, el barrio, lo que lo hace especial (al menos 20 caracteres).

hosting-place-choices = ¿A qué lugar te refieres?
hosting-field-city = Localidad o ciudad
hosting-field-city-hint = Escribe su nombre y elígelo de la lista, p. ej., «Elvas, Portalegre, Portugal».
hosting-field-address = Dirección
hosting-field-address-hint = Se comparte con los huéspedes cuando reservan.
hosting-where-exactly = Dónde exactamente
hosting-where-exactly-hint = Haz clic en el mapa o escribe grados decimales. Deja ambos vacíos para usar el centro de la ciudad.
hosting-field-latitude = Latitud
hosting-field-longitude = Longitud
hosting-map-label = Sitúa el anuncio en el mapa

hosting-field-guests = Huéspedes
hosting-field-guests-hint = Adultos y niños; los bebés son una norma de la casa.
hosting-field-bedrooms = Dormitorios
hosting-field-bedrooms-hint = 0 para un estudio.
hosting-field-beds = Camas
hosting-field-bathrooms = Baños
hosting-field-bathrooms-hint = En intervalos de 0.5: 1.5 es un baño completo y un aseo.

hosting-amenities-legend = Lo que pueden usar los huéspedes

hosting-field-check-in = Llegada a partir de
hosting-field-check-in-hint = Hora local, como 15:00.
hosting-field-check-out = Salida antes de
hosting-field-check-out-hint = Hora local, como 11:00.
hosting-field-infants = Bebés permitidos
hosting-field-infants-hint = Menores de 2 años; no cuentan como huéspedes.
hosting-allowed = Se permite
hosting-allowed-pets = Mascotas
hosting-allowed-smoking = Fumar
hosting-allowed-events = Eventos y fiestas
hosting-field-house-rules = Cualquier otra cosa que deban saber los huéspedes

hosting-field-currency = Moneda
hosting-currency-usd = Dólar estadounidense (USD)
hosting-currency-eur = Euro (EUR)
hosting-currency-gbp = Libra esterlina (GBP)
hosting-field-price = Precio por noche
hosting-field-price-hint = Como 120 o 120.50.
hosting-field-weekend-price = Noches de viernes y sábado
hosting-field-weekend-price-hint = Opcional: déjalo vacío para usar el precio por noche.
hosting-field-cleaning-fee = Tarifa de limpieza
hosting-field-cleaning-fee-hint = Una vez por estancia. Opcional.
hosting-field-weekly-discount = Descuento semanal (%)
hosting-field-weekly-discount-hint = Para estancias de 7 noches o más.
hosting-field-monthly-discount = Descuento mensual (%)
hosting-field-monthly-discount-hint = Para estancias de 28 noches o más.

hosting-booking-mode = Cómo reservan los huéspedes
hosting-booking-mode-instant = Reserva inmediata: las estancias se confirman al momento
hosting-booking-mode-request = Solicitud de reserva: aceptas cada estancia en un plazo de 24 horas
hosting-field-min-nights = Estancia mínima (noches)
hosting-field-max-nights = Estancia máxima (noches)
hosting-field-cancellation = Política de cancelación
hosting-policy-flexible = Flexible: reembolso total hasta el día antes de la llegada
hosting-policy-moderate = Moderada: reembolso total hasta 5 días antes de la llegada
hosting-policy-strict = Estricta: reembolso total hasta 14 días antes de la llegada, la mitad hasta 7
hosting-field-advance-notice = Antelación (días)
hosting-field-advance-notice-hint = De 0 a 30: con cuánta antelación puede empezar una estancia.
hosting-field-preparation = Noches de preparación
hosting-field-preparation-hint = De 0 a 7 noches libres tras cada estancia.

## El gestor de fotos

hosting-photos-title = Fotos de tu anuncio
hosting-photos-heading = Fotos de «{ $title }»
hosting-photos-created = Tu anuncio está creado. Añade fotos y luego publícalo para que los huéspedes puedan encontrarlo.
hosting-photos-added = { $count ->
    [one] { $count } foto añadida.
   *[other] { $count } fotos añadidas.
}
hosting-photos-too-many = Es una foto de más: un anuncio puede tener 20.
hosting-photos-upload-failed = No se ha podido subir.
hosting-photos-status-listed = Este anuncio está <strong>publicado</strong>: los huéspedes pueden encontrarlo y reservarlo.
hosting-photos-status-paused = Este anuncio está <strong>en pausa</strong>: los huéspedes no pueden encontrarlo.
hosting-photos-pause = Pausar el anuncio
hosting-photos-list = Publicarlo
hosting-photos-add = Añadir fotos
hosting-photos-add-hint = JPEG, PNG o WebP, de al menos 640 × 480 píxeles y hasta 10 MB cada una; hasta 20 fotos.
hosting-photos-alt = Descríbelas (para quienes usan lectores de pantalla)
hosting-photos-upload = Subir
hosting-photos-empty = Aún no hay fotos. Los huéspedes reservan lo que pueden ver: añade unas cuantas.
hosting-photos-edit-details = Editar los detalles
hosting-photos-back = Volver a tus anuncios
hosting-photos-preview = Verlo como los huéspedes
hosting-photo-cover = Foto de portada
hosting-photo-number = Foto { $number }
hosting-photo-resizing = {" · "}redimensionando…
hosting-photo-make-cover = Poner de portada
hosting-photo-move-earlier = Mover antes
hosting-photo-move-later = Mover después
hosting-photo-delete = Eliminar
hosting-photo-make-cover-named = Poner de portada: foto { $number }
hosting-photo-move-earlier-named = Mover antes: foto { $number }
hosting-photo-move-later-named = Mover después: foto { $number }
hosting-photo-delete-named = Eliminar: foto { $number }

## Lo que dice el servidor de un anuncio

hosting-not-found-listing = Anuncio
hosting-not-found-photo = Foto
hosting-error-unknown-step = Paso desconocido.
hosting-error-check-step = Revisa primero el paso «{ $step }».
hosting-error-needs-photo = Añade al menos una foto antes de publicarlo.
hosting-error-upcoming-stays = { $count ->
    [one] Este anuncio tiene { $count } estancia próxima: cancélala antes de eliminarlo.
   *[other] Este anuncio tiene { $count } estancias próximas: cancélalas antes de eliminarlo.
}
hosting-error-too-many-photos = Un anuncio puede tener como máximo { $max } fotos.

hosting-error-give-title = Escribe un título.
hosting-error-give-description = Escribe una descripción.
hosting-error-give-address = Escribe la dirección.
hosting-error-choose-property-type = Elige un tipo de alojamiento.
hosting-error-choose-currency = Elige una moneda.
hosting-error-choose-booking-mode = Elige cómo reservan los huéspedes.
hosting-error-choose-cancellation-policy = Elige una política de cancelación.
hosting-error-too-short = Usa al menos { $min } caracteres.
hosting-error-too-long = Usa como máximo { $max } caracteres (ahora hay { $len }).
hosting-error-control-characters = Quita los caracteres de control.
hosting-error-give-number = Escribe un número.
hosting-error-number-range = Usa un número del { $lo } al { $hi }.
hosting-error-whole-number = Usa un número entero, como 2.
hosting-error-amount-too-large = Es más de lo que acepta Haven (1.000.000).
hosting-error-amount = Usa un importe como 120 o 120.50.
hosting-error-time = Usa una hora como 15:00 (en punto o y media).
hosting-error-degrees = Usa grados decimales entre -{ $limit } y { $limit }.
hosting-error-city-missing = Escribe el nombre de la localidad y elígela de la lista.
hosting-error-city-unknown = Elige de la lista la localidad a la que te refieres o revisa cómo está escrita.
hosting-error-both-coordinates = Indica las dos coordenadas o ninguna.
hosting-error-too-far = Ese punto está a más de { $km } km de { $city }: revisa las coordenadas o la ciudad.
hosting-error-bathrooms = Usa un número en intervalos de 0.5, como 1 o 1.5.
hosting-error-price-zero = El precio por noche debe ser mayor que cero.
hosting-error-give-price = Indica un precio por noche.
hosting-error-weekend-price-zero = Déjalo vacío para usar el precio por noche.
hosting-error-max-below-min = La estancia máxima debe ser al menos igual a la mínima.
