## errors
## Lo que salió mal, tal como lo muestran las páginas (`AppError`), y las etiquetas de los tipos que comparten todas las partes.

error-not-found = No se ha encontrado: { $what }.
error-not-found-listing = No se ha encontrado el alojamiento.
error-not-found-saved-listing = No se ha encontrado el alojamiento guardado.
error-not-found-booking = No se ha encontrado la reserva.
error-not-found-photo = No se ha encontrado la foto.
error-not-found-review = No se ha encontrado la reseña.
error-not-found-conversation = No se ha encontrado la conversación.
error-not-found-calendar = No se ha encontrado el calendario.
error-not-found-calendar-feed = No se ha encontrado el calendario importado.
error-not-found-conflict = No se ha encontrado el conflicto.
error-not-found-guidebook-place = No se ha encontrado el lugar de la guía.
error-not-found-plan = No se ha encontrado el plan.
error-not-found-plan-stop = No se ha encontrado la parada del plan.
error-not-found-payout = No se ha encontrado el pago.
error-not-found-account = No se ha encontrado la cuenta.
error-not-found-user = No se ha encontrado el usuario.
error-unauthorized = Inicia sesión para continuar.
error-forbidden = No tienes permiso para hacer eso.
error-email-unverified = Primero verifica tu dirección de correo electrónico: sigue el enlace que te enviamos o pide uno nuevo en la página de tu cuenta.
error-check-form = Revisa el formulario.
error-rate-limited = { $seconds ->
    [one] Demasiados intentos. Espera { $seconds } segundo y vuelve a intentarlo.
   *[other] Demasiados intentos. Espera { $seconds } segundos y vuelve a intentarlo.
}
error-unavailable = Haven tiene problemas para acceder a su base de datos. Vuelve a intentarlo en un momento.
error-internal = Algo ha fallado por nuestra parte. Vuelve a intentarlo.
error-transport = No se ha podido conectar con Haven: { $detail }
error-invalid-request = Solicitud no válida: { $detail }

## Importes escritos (precios, tarifas)
error-amount-negative = Un importe no puede ser negativo.
error-amount-malformed = Escribe un importe como 120 o 99,50.
error-amount-too-large = Escribe como máximo { $max }.

## Sincronización de calendarios
error-feed-name-missing = Ponle un nombre al calendario, p. ej. «Airbnb».
error-feed-name-too-long = Usa como máximo { $max } caracteres, en una sola línea.

## Los pasos y opciones del editor de alojamientos
label-step-basics = Lo básico
label-step-location = Ubicación
label-step-capacity = Huéspedes y habitaciones
label-step-amenities = Servicios
label-step-rules = Normas de la casa
label-step-pricing = Precios
label-step-booking = Ajustes de reserva
label-policy-flexible = Flexible: reembolso total hasta el día antes de la llegada
label-policy-moderate = Moderada: reembolso total hasta 5 días antes de la llegada
label-policy-strict = Estricta: reembolso total hasta 14 días antes de la llegada, la mitad hasta 7
