## calendar_sync
## Sincronización con otros sitios (/host/listings/:id/calendar/sync): la dirección de
## exportación, los calendarios importados y cómo fueron sus sincronizaciones, y los
## conflictos con reservas.

calendar-sync-title = Sincronización de calendarios
calendar-sync-back = ← Calendario
calendar-sync-heading = Sincronizar con otros sitios

## Exportar.

calendar-sync-export-heading = Exportar: tu calendario de Haven
# «Reserved» y «Not available» son los títulos de los eventos del archivo, en inglés.
calendar-sync-export-intro = Pega esta dirección en la importación de calendarios de cada uno de los otros sitios en los que se anuncia este alojamiento. Muestra las noches reservadas como «Reserved» y las noches que bloqueaste como «Not available», sin nombres de huéspedes. Mantenla en privado: cualquiera que la tenga puede ver qué noches están ocupadas.
calendar-sync-export-regenerated = Ya tienes una dirección nueva. La anterior ha dejado de funcionar: da la nueva a tus otros sitios.
calendar-sync-export-address = Dirección del calendario (iCalendar)
calendar-sync-export-download = Descargar el calendario
calendar-sync-export-regenerate = Crear una dirección nueva
calendar-sync-export-regenerate-hint = Hazlo si la dirección ha llegado a quien no debía: la anterior deja de funcionar al instante.

## Conflictos.

calendar-sync-conflicts = Conflictos ({ $count })
calendar-sync-conflicts-none = Ningún evento importado coincide con una reserva de Haven.
calendar-sync-conflicts-intro = Estos eventos de otros sitios se solapan con estancias reservadas en Haven.
calendar-sync-conflict = { $feed } indica del { $from } al { $to }, noches que ocupa la { $booking }. La reserva las conserva: resuélvelo en el otro sitio o cancela aquí.
calendar-sync-conflict-booking = reserva { $id }
calendar-sync-conflict-dismiss = Descartar
calendar-sync-conflict-dismiss-label = Descartar: { $feed } del { $from } al { $to }
calendar-sync-conflict-dismissed = Descartado.

## Calendarios importados.

calendar-sync-import-heading = Importar: calendarios de otros sitios
calendar-sync-import-intro = Haven lee cada uno de ellos cada 15 minutos. Sus eventos bloquean noches aquí, para que los huéspedes no puedan reservarlas; tus propios bloqueos y las reservas de Haven nunca cambian por ellos.
calendar-sync-import-empty = Aún no has importado ningún calendario.
calendar-sync-never = nunca
calendar-sync-last-sync = Última sincronización: { $when }
calendar-sync-last-sync-syncing = Última sincronización: { $when } · hay una sincronización en curso
calendar-sync-sync-now = Sincronizar ahora
calendar-sync-sync-now-label = Sincronizar ahora: { $name }
calendar-sync-remove = Quitar
calendar-sync-remove-label = Quitar: { $name }
calendar-sync-add-heading = Importar un calendario
calendar-sync-field-name = Nombre
calendar-sync-field-name-hint = Cómo lo llamas, p. ej. «Airbnb» o «Vrbo».
calendar-sync-field-url = Dirección del calendario
calendar-sync-field-url-hint = La dirección de exportación del otro sitio (iCal, .ics), que empieza por https://.
calendar-sync-add = Importar calendario

## Cómo fue la última sincronización.

calendar-sync-status-pending = Esperando su primera sincronización.
calendar-sync-status-updated = { $nights ->
    [one] Sincronizado: bloquea { $nights } noche a partir de hoy.
   *[other] Sincronizado: bloquea { $nights } noches a partir de hoy.
}
calendar-sync-status-unchanged = { $nights ->
    [one] Sin cambios desde la última sincronización: bloquea { $nights } noche a partir de hoy.
   *[other] Sin cambios desde la última sincronización: bloquea { $nights } noches a partir de hoy.
}
calendar-sync-status-failed = La última sincronización falló.

## Errores.

calendar-sync-too-many = Un alojamiento puede importar como máximo { $max } calendarios.
calendar-sync-already-imported = Este alojamiento ya importa ese calendario.

## La dirección de un calendario.

calendar-sync-url-too-long = Esa dirección es demasiado larga.
calendar-sync-url-unreadable = Pega la dirección completa del calendario, que empieza por https:// o http://.
calendar-sync-url-webcal = No se puede leer esa dirección webcal://.
calendar-sync-url-scheme = Solo se pueden importar direcciones http:// y https://.
calendar-sync-url-credentials = No incluyas el nombre de usuario ni la contraseña en la dirección.
calendar-sync-url-no-host = La dirección no tiene nombre de servidor.
calendar-sync-url-private = Esa dirección está en una red privada: Haven solo importa calendarios públicos.

## Por qué falló una sincronización.

calendar-sync-fail-client = Haven no pudo iniciar la descarga; lo volverá a intentar.
calendar-sync-fail-timeout = Sin respuesta de { $host } en { $limit }.
calendar-sync-fail-redirect-nowhere = El calendario de { $host } redirigió sin indicar adónde.
calendar-sync-fail-redirect-refused = El calendario de { $host } redirigió a una dirección que Haven no sigue: { $reason }
calendar-sync-fail-status = El calendario de { $host } respondió { $status } { $reason }.
calendar-sync-fail-status-code = El calendario de { $host } respondió { $status }.
calendar-sync-fail-redirects = El calendario de { $host } redirigió más de { $max } veces.
calendar-sync-fail-too-large = El calendario de { $host } ocupa más de { $limit }.
calendar-sync-fail-private = { $host } está en una red privada: Haven solo importa calendarios públicos.
calendar-sync-fail-slow = { $host } no respondió a tiempo.
calendar-sync-fail-connect = No se pudo conectar con { $host }.
calendar-sync-fail-broke-off = La descarga desde { $host } se interrumpió.
calendar-sync-fail-fetch = No se pudo obtener el calendario de { $host }.
calendar-sync-fail-unreadable = No es un archivo iCalendar que Haven pueda leer.
calendar-sync-fail-not-ical = No es un archivo iCalendar: no empieza por BEGIN:VCALENDAR.
calendar-sync-fail-unbalanced = No es un archivo iCalendar: sus líneas BEGIN y END no coinciden.
calendar-sync-fail-line = No es un archivo iCalendar: la línea { $line } no es una línea de calendario («{ $text }»).
calendar-sync-fail-event-no-start = El evento «{ $event }» no tiene inicio (DTSTART).
calendar-sync-fail-event-start = El evento «{ $event }» tiene un inicio (DTSTART) que no se puede leer.
calendar-sync-fail-event-end = El evento «{ $event }» tiene un final (DTEND) que no se puede leer.
calendar-sync-fail-event-duration = El evento «{ $event }» tiene una duración (DURATION) que no se puede leer.
calendar-sync-fail-event-rule = El evento «{ $event }» tiene una regla de repetición (RRULE:{ $rule }) que no se puede leer.
calendar-sync-fail-event-rule-often = El evento «{ $event }» tiene una regla de repetición (RRULE:{ $rule }) que se repite más de una vez al día.
calendar-sync-fail-event-rule-until = El evento «{ $event }» tiene una regla de repetición (RRULE:{ $rule }) con un UNTIL que no se puede leer.
calendar-sync-fail-event-rule-invalid = El evento «{ $event }» tiene una regla de repetición (RRULE:{ $rule }) que no es válida: { $detail }.
calendar-sync-fail-too-many-events = El calendario tiene más de { $max } eventos en los próximos dos años.
calendar-sync-seconds = { $count ->
    [one] { $count } segundo
   *[other] { $count } segundos
}
calendar-sync-milliseconds = { $count } milisegundos
calendar-sync-mib = { $count } MiB
calendar-sync-kib = { $count } KiB
calendar-sync-bytes = { $count } bytes
