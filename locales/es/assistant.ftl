## assistant
## El asistente de viaje: qué hacer cerca de una estancia, estancias parecidas, la guía del
## anfitrión, el plan del viaje, «Elegidos para ti» y el historial de búsquedas.

## Tipos de lugar y cómo es un lugar
assistant-category-food = Comida y bebida
assistant-category-museum = Museos
assistant-category-sight = Lugares de interés
assistant-category-outdoors = Aire libre
assistant-category-nightlife = Vida nocturna
assistant-category-shopping = Compras
assistant-category-family = Para niños
assistant-category-wellness = Bienestar
assistant-category-culture = Cultura y espectáculos
assistant-origin-guidebook = Recomendado por el anfitrión
assistant-origin-haven = Lista de Haven
assistant-price-free = Gratis
assistant-price-inexpensive = € (económico)
assistant-price-very-expensive = €€€€ (muy caro)
assistant-indoors = Interior
assistant-outdoors = Al aire libre
assistant-good-for-children = Apto para niños
assistant-km = { $km } km
assistant-km-away = a { $km } km
assistant-km-from-home = a { $km } km del alojamiento

## Horarios
assistant-hours-as-listed = Horario según la fuente: { $hours }
assistant-hours-unknown = Horario desconocido
assistant-hours-always-open = Abierto las 24 horas
assistant-hours-days = { $days } { $times }
assistant-hours-days-closed = { $days } cerrado
assistant-hours-days-all-day = { $days } abierto las 24 horas
assistant-hours-closed = cerrado
assistant-hours-open-all-day = abierto las 24 horas
assistant-hours-error = { $problem } Escribe el horario así: «Mo-Fr 09:00-17:00; Sa 10:00-14:00», o 24/7.
assistant-hours-empty = El horario está vacío.
assistant-hours-too-long = El horario no puede superar los { $max } caracteres.
assistant-hours-empty-rule = Hay una regla vacía entre dos «;».
assistant-hours-not-a-day = «{ $text }» no es un día (Mo, Tu, We, Th, Fr, Sa, Su).
assistant-hours-not-a-time = «{ $text }» no es una hora del día (HH:MM, de 00:00 a 24:00).
assistant-hours-no-times = Una regla indica días pero no horas.
assistant-hours-not-a-range = «{ $text }» no es un intervalo de horas.
assistant-hours-closes-before-opening = { $open }–{ $close } cierra antes de abrir: termina el día a las 24:00.
assistant-hours-too-many = Como máximo { $max } intervalos al día.
assistant-hours-overlap = Dos intervalos se solapan.

## De dónde vienen los lugares y el tiempo
assistant-source-guidebook = La guía del anfitrión
assistant-source-haven = La lista de lugares de Haven
assistant-source-open-meteo = Previsión de Open-Meteo
assistant-source-typical-weather = Clima habitual: { $station }
assistant-source-narrative = Texto: { $model }
assistant-source-unavailable = { $source }: no disponible

## La página del alojamiento
assistant-things-to-do = Qué hacer cerca
assistant-things-sources = Fuente: { $sources }. Los horarios cambian: compruébalos antes de ir.
assistant-similar-heading = Estancias parecidas cerca
assistant-similar-list = Estancias parecidas

## La guía del anfitrión
assistant-guidebook-title = Guía
assistant-guidebook-back = ← Editar el alojamiento
assistant-guidebook-heading = Guía: { $title }
assistant-guidebook-about = Los lugares que recomiendas. Los huéspedes los ven en la página de tu alojamiento, marcados como tus recomendaciones, y el planificador de viajes los pone primero en sus planes.
assistant-guidebook-added = Añadido a tu guía.
assistant-guidebook-empty = Aún no hay lugares: añade el primero abajo.
assistant-guidebook-list = Tu guía
assistant-guidebook-remove = Quitar
assistant-guidebook-remove-place = Quitar: { $name }
assistant-guidebook-add-heading = Añadir un lugar
assistant-guidebook-name = Nombre
assistant-guidebook-name-hint = Tal como aparece en el letrero, p. ej. «Café A Brasileira».
assistant-guidebook-category = Tipo de lugar
assistant-guidebook-latitude = Latitud
assistant-guidebook-latitude-hint = Empieza en la ubicación de tu alojamiento: cámbiala por la del lugar (cualquier mapa la muestra).
assistant-guidebook-longitude = Longitud
assistant-guidebook-hours = Horario
assistant-guidebook-hours-hint = Por ejemplo «Mo-Fr 09:00-17:00; Sa 10:00-14:00», «Tu-Su 10:00-18:00», o 24/7 si siempre está abierto.
assistant-guidebook-duration = Visita habitual (minutos)
assistant-guidebook-price = Precio
assistant-guidebook-indoor = Interior (bueno para un día de lluvia)
assistant-guidebook-tip = Tu consejo
assistant-guidebook-tip-hint = Por qué te gusta, qué pedir, cuándo ir: hasta { $max } caracteres.
assistant-guidebook-add = Añadir a la guía
assistant-guidebook-error-name = Dale al lugar un nombre de 1 a { $max } caracteres.
assistant-guidebook-error-category = Elige qué tipo de lugar es.
assistant-guidebook-error-latitude = Indica la latitud en grados, de -{ $max } a { $max }.
assistant-guidebook-error-longitude = Indica la longitud en grados, de -{ $max } a { $max }.
assistant-guidebook-error-duration = Indica una visita habitual en minutos, de { $min } a { $max }.
assistant-guidebook-error-price = Elige un nivel de precio de gratis (0) a 4.
assistant-guidebook-error-tip = El consejo no puede superar los { $max } caracteres.
assistant-guidebook-error-full = Una guía admite como máximo { $max } lugares: quita uno primero.

## El plan del viaje
assistant-pace-relaxed = Tranquilo: dos cosas al día
assistant-pace-moderate = Moderado: tres cosas al día
assistant-pace-packed = Intenso: tres cosas, más alejadas
assistant-travel-walking = A pie (hasta { $km } km al día)
assistant-travel-transit = En transporte público (hasta { $km } km al día)
assistant-slot-morning = Mañana
assistant-slot-afternoon = Tarde
assistant-slot-evening = Noche
assistant-plan-heading = Tus días
assistant-plan-intro = Planifica cada día de tu estancia: lugares cerca de tu alojamiento, abiertos cuando los visites, y los de aire libre en los días con mejor tiempo.
assistant-plan-narrative-note = Escrito por un modelo de lenguaje a partir del plan de abajo, que no puede cambiar.
assistant-plan-ics = Añade estos días a tu calendario (.ics)
assistant-plan-dropped = Descartados a petición tuya: { $places }.
assistant-plan-dropped-unknown = Un lugar que ya no aparece
assistant-plan-sources = Horas locales ({ $time_zone }). Fuente: { $sources }. Los horarios cambian: compruébalos antes de ir.
assistant-plan-change = Cambiar lo que incluye el plan
assistant-plan-wishes = Tus preferencias
assistant-plan-interests = ¿Qué te gusta?
assistant-plan-pace = Ritmo
assistant-plan-travel = Cómo te desplazas
assistant-plan-kids = Con niños: solo lugares aptos para ellos
assistant-plan-again = Hacer un plan nuevo
assistant-plan-submit = Planificar mis días
assistant-choose-pace = Elige un ritmo.
assistant-choose-travel = Elige cómo te desplazas.
assistant-day-arrival = { $date } · llegada
assistant-day-departure = { $date } · salida
assistant-day-free = Tiempo libre.
assistant-day-travel = Unos { $km } km ida y vuelta.
assistant-weather-forecast = Previsión
assistant-weather-typical = Habitual en { $month }
assistant-weather = { $label }: { $high }° / { $low }°C
assistant-weather-rain-chance = { $label }: { $high }° / { $low }°C, { $chance } % de probabilidad de lluvia
assistant-weather-rain-days = { $days ->
    [one] { $label }: { $high }° / { $low }°C, llueve { $days } día al mes
   *[other] { $label }: { $high }° / { $low }°C, llueve { $days } días al mes
}
assistant-stop-when = { $slot } { $start }–{ $end }
assistant-stop-pinned = · fijado
assistant-stop-open = Abierto ese día: { $hours }
assistant-stop-pin = Fijar
assistant-stop-unpin = Soltar
assistant-stop-drop = Descartar
assistant-stop-pin-label = Fijar { $name } aquí
assistant-stop-unpin-label = Soltar { $name }
assistant-stop-drop-label = Descartar { $name } del plan
assistant-plan-error-cancelled = Esta reserva no se va a realizar, así que no hay viaje que planificar.
assistant-plan-error-pin-gone = Un lugar fijado ({ $key }) ya no está cerca de esta estancia o no tiene horario conocido: suéltalo.
assistant-plan-error-too-many-pins = Fija como máximo { $max } lugares.
assistant-plan-error-too-many-dropped = Descarta como máximo { $max } lugares.
assistant-plan-error-pin-date = Las fechas de los lugares fijados van en formato AAAA-MM-DD, no «{ $date }».
assistant-plan-error-not-in-stay = { $date } no es un día de esta estancia.
assistant-plan-error-pin-key = Un lugar fijado se indica por su `key`.
assistant-plan-error-dropped-key = Los lugares descartados se indican por su `key`.
assistant-plan-error-dates = la salida ({ $check_out }) no es posterior a la llegada ({ $check_in })
assistant-plan-error-too-long = una estancia de { $nights } noches supera el máximo de { $max }
assistant-plan-error-stay-location = la ubicación del alojamiento no es válida
assistant-plan-error-unknown = la actividad fijada { $activity } no se conoce
assistant-plan-error-location = la actividad fijada { $activity } tiene una ubicación no válida
assistant-plan-error-locked-dropped = la actividad { $activity } está fijada y descartada a la vez
assistant-plan-error-outside-stay = la actividad { $activity } está fijada el { $date }, fuera de la estancia
assistant-plan-error-slot-unavailable = la actividad { $activity } está fijada en la franja «{ $slot }» del { $date }, que ese día no tiene
assistant-plan-error-slot-taken = hay más de una actividad fijada en la franja «{ $slot }» del { $date }
assistant-plan-error-locked-twice = la actividad { $activity } está fijada más de una vez
assistant-plan-error-closed = la actividad { $activity } no se puede visitar en la franja «{ $slot }» del { $date }
assistant-plan-error-unreachable = no se puede llegar a tiempo a todas las actividades fijadas del { $date }
assistant-plan-error-too-far = las actividades fijadas del { $date } suman { $km } km, más que el límite de { $limit } km

## «Elegidos para ti» en la página de inicio
assistant-picks-saved-and-booked = Por los alojamientos que has guardado y reservado
assistant-picks-near-searches = Populares cerca de tus búsquedas: { $places }

## El historial de búsquedas de la página de la cuenta
assistant-history-heading = Historial de búsquedas
assistant-history-about = Mientras esté activado, Haven guarda los lugares que buscas (los { $kept } más recientes), solo para sugerirte alojamientos en la página de inicio, en «Elegidos para ti». Nadie más los ve. Al desactivarlo se borran, y también al eliminar tu cuenta.
assistant-history-count = { $count ->
    [one] { $count } búsqueda guardada.
   *[other] { $count } búsquedas guardadas.
}
assistant-history-keep = Guardar mis búsquedas para sugerirme alojamientos
assistant-history-save = Guardar
assistant-history-clear = Borrar mi historial de búsquedas
assistant-history-saved = Tu elección se ha guardado.
assistant-history-cleared = Tu historial de búsquedas se ha borrado.
