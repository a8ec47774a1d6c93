## reviews
## Las reseñas de un alojamiento, las de una estancia en la página del viaje, el formulario
## de reseña, el progreso del anfitrión hacia la insignia y lo que las reseñas cuentan.

reviews-heading = Reseñas
reviews-load-failed = No se pudieron cargar las reseñas: { $error }
reviews-count = { $count ->
    [0] Aún no hay reseñas
    [one] 1 reseña
   *[other] { $count } reseñas
}
reviews-pages = Páginas de reseñas
reviews-newer = Reseñas más recientes
reviews-older = Reseñas anteriores
reviews-page-of = Página { $page } de { $pages }
reviews-stayed = Se alojó en { $month }
reviews-stars = { $stars ->
    [one] 1 estrella de 5
   *[other] { $stars } estrellas de 5
}
reviews-response-from = Respuesta de { $name }

## Las categorías de la valoración.
reviews-category-overall = General
reviews-category-cleanliness = Limpieza
reviews-category-accuracy = Veracidad
reviews-category-check-in = Llegada
reviews-category-communication = Comunicación
reviews-category-location = Ubicación
reviews-category-value = Calidad-precio
reviews-category-house-rules = Normas de la casa

## Denunciar una reseña.
reviews-report = Denunciar
reviews-report-why = ¿Por qué?
reviews-report-details = Detalles (opcional)
reviews-report-send = Enviar denuncia
reviews-report-sent = Gracias: se ha enviado la denuncia.
reviews-report-spam = Spam o publicidad
reviews-report-offensive = Ofensiva o de odio
reviews-report-not-a-stay = No trata de una estancia real
reviews-report-private = Revela información privada
reviews-report-other = Otro motivo

## Las reseñas de una estancia en la página del viaje.
reviews-about-guest = Lo que dicen los anfitriones de este huésped
reviews-mine-in = Tu reseña está enviada. Se publicará cuando { $other ->
    [host] tu anfitrión
   *[guest] tu huésped
} haya escrito la suya, o cuando se cierre el plazo.
reviews-mine-in-until = Tu reseña está enviada. Se publicará cuando { $other ->
    [host] tu anfitrión
   *[guest] tu huésped
} haya escrito la suya, o cuando se cierre el plazo el { $day }.
reviews-theirs-in = { $other ->
    [host] Tu anfitrión
   *[guest] Tu huésped
} ha valorado esta estancia. Escribe tu reseña para verla: las dos se publican a la vez.
reviews-write = Escribe tu reseña
reviews-write-until = hasta el { $day }
reviews-from = { $other ->
    [host] De tu anfitrión
   *[guest] De tu huésped
}
reviews-respond = Responder públicamente
reviews-respond-post = Publicar respuesta
reviews-yours = Tu reseña

## El formulario de reseña (/trips/:id/review).
reviews-form-title = Escribe una reseña
reviews-form-done = Ya has valorado esta estancia.
reviews-form-closed = Esta estancia no se puede valorar: las reseñas se abren a la salida y se cierran { $days } días después.
reviews-form-back = Volver al viaje
reviews-form-guest-title = ¿Qué tal tu estancia?
reviews-form-guest-intro = Tu anfitrión no verá tu reseña hasta que haya escrito la suya o se cierre el plazo.
reviews-form-host-title = ¿Qué tal tu huésped?
reviews-form-host-intro = Tu huésped no verá tu reseña hasta que haya escrito la suya o se cierre el plazo.
reviews-form-text = Tu reseña
reviews-form-text-hint = Se muestra públicamente, como texto sin formato; hasta { $max } caracteres.
reviews-form-note = Una nota privada para tu anfitrión (opcional)
reviews-form-note-hint = Solo la lee tu anfitrión; hasta { $max } caracteres.
reviews-form-stars = { $stars ->
    [one] 1 estrella
   *[other] { $stars } estrellas
}
reviews-form-submit = Enviar reseña

## Lo que una reseña no puede ser.
reviews-error-plain-text = Usa texto sin formato.
reviews-error-too-long = No superes los { $max } caracteres.
reviews-error-stars-range = Valora de 1 a 5 estrellas.
reviews-error-stars-missing = Elige una valoración de 1 a 5.
reviews-error-other-role = { $role ->
    [guest] Un huésped no valora esto.
   *[host] Un anfitrión no valora esto.
}
reviews-error-no-text = Escribe unas palabras sobre la estancia.
reviews-error-host-note = Solo un huésped puede dejar una nota privada.
reviews-error-no-response = Escribe tu respuesta.
reviews-error-not-over = Una estancia se puede valorar cuando ha terminado.
reviews-error-closed = El plazo para valorar esta estancia ha terminado.
reviews-error-already = Ya has valorado esta estancia.
reviews-error-responded = Esta reseña ya tiene tu respuesta.
reviews-error-no-page = No existe esa página de reseñas.
reviews-error-report-reason = Elige por qué denuncias esta reseña.

## El progreso del anfitrión hacia la insignia.
reviews-standing-earned = Eres { $badge }
reviews-standing-progress = Tu progreso hacia { $badge }
reviews-standing-period = En los últimos 365 días, revisado cada noche.
reviews-standing-criterion = Criterio
reviews-standing-you = Tú
reviews-standing-status = Estado
reviews-standing-met = ✓ Cumplido
reviews-standing-not-yet = Aún no
reviews-standing-stays = Al menos { $stays } estancias (o { $stays_long } estancias que sumen { $nights_long } noches)
reviews-standing-stays-you = { $stays ->
    [one] 1 estancia
   *[other] { $stays } estancias
}, { $nights ->
    [one] 1 noche
   *[other] { $nights } noches
}
reviews-standing-rating = Valoración general de { $rating } o más
reviews-standing-rating-you = { $count ->
    [one] { $rating } de 1 reseña
   *[other] { $rating } de { $count } reseñas
}
reviews-standing-no-reviews = Aún no hay reseñas
reviews-standing-response = Responde al { $rate } % de los mensajes y solicitudes en 24 horas
reviews-standing-percent = { $rate } %
reviews-standing-nothing-to-answer = Aún no hay nada que responder
reviews-standing-cancellations = Cancela menos del { $rate } % de las reservas
reviews-standing-cancellations-you = { $bookings ->
    [one] { $cancelled } de 1 reserva
   *[other] { $cancelled } de { $bookings } reservas
}

## Avisos (la campana y los correos).
reviews-notice-of-you = Tienes una reseña nueva
reviews-notice-of-you-body = Ya es pública una reseña de tu estancia en { $listing }.
reviews-notice-yours-public = Tu reseña es pública
reviews-notice-yours-public-body = Tu reseña de la estancia en { $listing } ya es pública.
reviews-notice-due = ¿Qué tal la estancia?
reviews-notice-due-body = Valora tu estancia en { $listing }: { $days ->
    [one] queda 1 día
   *[other] quedan { $days } días
}. Ninguno de los dos ve la reseña del otro hasta que ambas estén escritas.
